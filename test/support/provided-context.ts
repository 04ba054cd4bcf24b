// What the global setup hands to test files through vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    /** A freshly created, migrated database used by this run only. */
    databaseUrl: string;
    redisUrl: string;
    /** Put every Redis key under this prefix (BullMQ: `prefix: redisPrefix()`). */
    redisPrefix: string;
  }
}

export {};
