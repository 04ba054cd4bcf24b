// Vitest global setup: one real PostgreSQL database and one real Redis for the whole run,
// from src/dev/local-services.ts (DATABASE_URL / REDIS_URL when set, else private servers).
// Only the process environment is read, not `.env`.
import type { TestProject } from "vitest/node";
import { startLocalServices } from "../../src/dev/local-services.js";
import "./provided-context.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const startedAt = performance.now();
  const services = await startLocalServices({
    DATABASE_URL: process.env.DATABASE_URL,
    REDIS_URL: process.env.REDIS_URL,
  });
  project.provide("databaseUrl", services.databaseUrl);
  project.provide("redisUrl", services.redisUrl);
  project.provide("redisPrefix", services.redisPrefix);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.error(`[test services] ${services.description}; ready in ${seconds} s`);
  return services.stop;
}
