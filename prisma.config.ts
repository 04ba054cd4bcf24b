// Prisma CLI configuration. Offline-safe: the JS schema engine with a driver adapter means no
// engine download (README, "Development"). With a config file the CLI does not read `.env`
// itself, hence dotenv here (variables already set win, as for `safeintro serve`).
import "dotenv/config";
import { defineConfig } from "prisma/config";
// The CLI needs the 7.x adapter; the 6.19 one fails inside the CLI (prisma/orm#27403).
// The application's runtime uses @prisma/adapter-pg 6.19 (src/db/client.ts).
import { PrismaPg } from "adapter-pg-7";

// Prisma 6.19 warns, whenever the JS engine runs with an adapter, that the schema's datasource
// url "will NOT be used". It cannot be removed: without a url that resolves, the CLI tries to
// download its query engine. Said where the warning appears, once, just before it.
const URL_WARNING_NOTE =
  "Note: the WARNING below about the datasource url is expected: the adapter connects to the same DATABASE_URL, and schema.prisma keeps url only so that Prisma does not try to download an engine.\n";
let noted = false;

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
    // stderr: `migrate diff --script` output on stdout becomes a migration file (scripts/db-diff.ts).
    if (!noted) process.stderr.write(URL_WARNING_NOTE);
    noted = true;
    // allowExitOnIdle: the CLI never closes the pool, and would otherwise wait for pg's 10 s idle timeout.
    return new PrismaPg({ connectionString, allowExitOnIdle: true });
  },
});
