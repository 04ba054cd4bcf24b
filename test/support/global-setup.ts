// Vitest global setup: one real PostgreSQL database and one real Redis for the whole run.
//
// - DATABASE_URL set: a fresh, uniquely named database is created on that server and dropped at
//   the end, so the database the URL names is never touched.
// - REDIS_URL set: every key the tests write is under a per-run prefix (BullMQ's `prefix`),
//   deleted at the end. A database index would collide with other users of the same index.
// - Unset: private servers on free loopback ports from the installed binaries, in temporary
//   folders removed at the end (installed with apt-get first when we are root on Debian/Ubuntu).
// Only the process environment is read, not `.env`.
import type { TestProject } from "vitest/node";
import { ensureServerBinaries, postgresRunAsUser } from "./binaries.js";
import { startPrivatePostgres, createScratchDatabase } from "./postgres.js";
import { migrateDeploy } from "./prisma-cli.js";
import { deleteKeysWithPrefix, runKeyPrefix, startPrivateRedis } from "./redis.js";
import "./provided-context.js";

const log = (message: string) => console.error(`[test services] ${message}`);
const fromEnv = (name: string) => process.env[name] || undefined;
const hostOf = (url: string) => new URL(url).host;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const startedAt = performance.now();
  const cleanups: Array<() => unknown> = [];
  // Servers we started must not outlive the run, even when teardown never runs.
  const emergencyStops: Array<() => void> = [];
  const onExit = () => emergencyStops.forEach((stop) => stop());
  process.once("exit", onExit);

  const teardown = async () => {
    const errors: unknown[] = [];
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        errors.push(error);
      }
    }
    process.off("exit", onExit);
    if (errors.length > 0) throw new AggregateError(errors, "test services teardown failed");
  };

  try {
    const userDatabase = fromEnv("DATABASE_URL");
    const userRedis = fromEnv("REDIS_URL");
    const binaries =
      userDatabase && userRedis ? undefined : ensureServerBinaries({ postgres: !userDatabase, redis: !userRedis });

    const [postgresServerUrl, redisUrl] = await Promise.all([
      userDatabase ??
        startPrivatePostgres(binaries!.postgresBinDir, postgresRunAsUser()).then((server) => {
          emergencyStops.push(server.stop);
          cleanups.push(server.stop);
          return server.url;
        }),
      userRedis ??
        startPrivateRedis(binaries!.redisServer).then((server) => {
          emergencyStops.push(server.stop);
          cleanups.push(server.stop);
          return server.url;
        }),
    ]);

    const database = await createScratchDatabase(postgresServerUrl);
    cleanups.push(database.drop);
    await migrateDeploy(database.url);

    const redisPrefix = runKeyPrefix();
    if (userRedis) cleanups.push(() => deleteKeysWithPrefix(redisUrl, redisPrefix));

    project.provide("databaseUrl", database.url);
    project.provide("redisUrl", redisUrl);
    project.provide("redisPrefix", redisPrefix);

    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    log(
      `PostgreSQL ${userDatabase ? "from DATABASE_URL" : "private"} at ${hostOf(database.url)}` +
        ` (database ${new URL(database.url).pathname.slice(1)}, migrated); Redis ${userRedis ? "from REDIS_URL" : "private"}` +
        ` at ${hostOf(redisUrl)} (prefix ${redisPrefix}); ready in ${seconds} s`,
    );
    return teardown;
  } catch (error) {
    await teardown().catch((teardownError: unknown) => log(`teardown after a failed setup: ${String(teardownError)}`));
    throw error;
  }
}
