import { defineConfig } from "vitest/config";

/**
 * Three projects, all run by `npm test`:
 * - unit: pure code and files, no servers (`npm run test:unit` starts in about a second);
 * - integration: real PostgreSQL and Redis (started or borrowed once per run by
 *   test/support/global-setup.ts), the Gmail emulator, the web app, the CLI;
 * - the Gmail emulator package's own tests (packages/gmail-emulator/vitest.config.ts).
 */
export default defineConfig({
  test: {
    pool: "forks",
    reporters: ["default", "./test/support/summary-reporter.ts"],
    // Integration tests talk to real servers and spawn the Prisma CLI.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Global setup has no timeout of its own: the first run on a new machine may spend a minute
    // installing PostgreSQL and Redis with apt-get.
    teardownTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts", "test/e2e/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
        },
      },
      "packages/gmail-emulator",
    ],
  },
});
