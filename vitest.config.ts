import { defineConfig } from "vitest/config";

/**
 * The projects `npm test` runs, in two groups one after the other:
 * - group 0, three test files at a time: unit (pure code and files, no servers; `npm run
 *   test:unit` starts in about a second), integration (real PostgreSQL and Redis, started or
 *   borrowed once per run by test/support/global-setup.ts, the Gmail emulator, the web app,
 *   the CLI) and the Gmail emulator package's own tests (packages/gmail-emulator/vitest.config.ts);
 * - group 1, "faults", one at a time: the tests that stop workers, servers and processes in
 *   the middle of their work and wait for a timed recovery (lock expiry, a hung request).
 *
 * Why three: most integration tests wait on sockets, child processes and Chromium rather than
 * compute, so two files at a time left a two-core machine half idle. Session 21 on this
 * two-core machine: the whole suite took about 450 s at two, 315 s at three, 307 s at four,
 * where waits sized for an ordinary load began to run out. The fault tests overran their
 * timers at four, and once on Node 22 at two beside each other (two of them start worker
 * processes through tsx), so they run afterwards, alone: about 70 s in all.
 */
const FAULT_TESTS = ["test/e2e/fault-*.test.ts", "test/e2e/send-crash.test.ts", "test/e2e/emulator-restart.test.ts"];
/** A project of tests on the run's real PostgreSQL and Redis. */
const withServices = (test: {
  name: string;
  include: string[];
  exclude?: string[];
  maxWorkers?: number;
  sequence?: { groupOrder: number };
}) => ({
  extends: true as const,
  test: { ...test, globalSetup: ["test/support/global-setup.ts"] },
});

export default defineConfig({
  test: {
    pool: "forks",
    maxWorkers: 3,
    reporters: ["default", "./test/support/summary-reporter.ts"],
    // Integration tests talk to real servers and spawn the Prisma CLI.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Global setup has no timeout of its own: the first run on a new machine may spend a minute
    // installing PostgreSQL and Redis with apt-get.
    teardownTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      withServices({
        name: "integration",
        include: ["test/integration/**/*.test.ts", "test/e2e/**/*.test.ts"],
        exclude: FAULT_TESTS,
      }),
      withServices({ name: "faults", include: FAULT_TESTS, maxWorkers: 1, sequence: { groupOrder: 1 } }),
      "packages/gmail-emulator",
    ],
  },
});
