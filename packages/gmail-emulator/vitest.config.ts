import { defineConfig } from "vitest/config";

// The emulator's tests alone: in-memory mailboxes on ephemeral 127.0.0.1 ports, so no
// PostgreSQL or Redis (the root config's global setup is what starts those).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    pool: "forks",
    // Real HTTP servers, and Chromium for the consent page.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
