import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "packages/*/test/**/*.test.ts"],
    // Starts (or borrows) PostgreSQL and Redis once per run; see test/support/global-setup.ts.
    globalSetup: ["test/support/global-setup.ts"],
    pool: "forks",
    reporters: ["default", "./test/support/summary-reporter.ts"],
    // Integration tests talk to real servers and spawn the Prisma CLI.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Global setup has no timeout of its own: the first run on a new machine may spend a minute
    // installing PostgreSQL and Redis with apt-get.
    teardownTimeout: 30_000,
  },
});
