// The services the global setup started (or borrowed) for this run. See global-setup.ts.
import { inject } from "vitest";
import "./provided-context.js";

/** The run's own migrated PostgreSQL database. */
export const databaseUrl = (): string => inject("databaseUrl");

/** The run's Redis server; keys must go under redisPrefix(). */
export const redisUrl = (): string => inject("redisUrl");

/** The key prefix for this run (BullMQ's `prefix` option). */
export const redisPrefix = (): string => inject("redisPrefix");
