// Prisma CLI configuration. Offline-safe: the JS schema engine with a driver adapter means no
// engine download (see shared notes "prisma-offline"). With a config file the CLI does not read
// `.env` itself, hence dotenv here.
import "dotenv/config";
import { defineConfig } from "prisma/config";
// The CLI needs the 7.x adapter; the 6.19 one fails inside the CLI (prisma/orm#27403).
// The application's runtime uses @prisma/adapter-pg 6.19 (src/db/client.ts).
import { PrismaPg } from "adapter-pg-7";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set: the Prisma CLI needs it to reach PostgreSQL.");
    }
    // allowExitOnIdle: the CLI never closes the pool, and would otherwise wait for pg's 10 s idle timeout.
    return new PrismaPg({ connectionString, allowExitOnIdle: true });
  },
});
