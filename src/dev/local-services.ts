import { ensureServerBinaries, postgresRunAsUser } from "./binaries.js";
import { createScratchDatabase, startPrivatePostgres } from "./postgres.js";
import { migrateDeploy } from "./prisma-cli.js";
import { deleteKeysWithPrefix, runKeyPrefix, startPrivateRedis } from "./redis.js";

export interface LocalServices {
  /** A fresh, migrated database of this run's own. */
  databaseUrl: string;
  redisUrl: string;
  /** Every Redis key of this run goes under it. */
  redisPrefix: string;
  /** One line saying where each service is. */
  description: string;
  /** What stop() removes, said for a person ("database … dropped, Redis keys under … deleted"). */
  removedOnStop: string;
  /** Stops what was started and drops what was created. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * PostgreSQL and Redis for tests, benchmarks and the demo, never touching anyone's data:
 * - DATABASE_URL / REDIS_URL given: a fresh uniquely named database on that server
 *   (dropped at the end), and a key prefix of this run's own on that Redis (deleted).
 * - Otherwise private servers on free loopback ports in temporary folders, from the
 *   installed binaries (installed with apt-get first when root on Debian or Ubuntu).
 */
export async function startLocalServices(
  env: { DATABASE_URL?: string; REDIS_URL?: string } = {},
  /** Names the scratch database and key prefix ("test", "demo", "bench"), so nobody mistakes one for another. */
  purpose = "test",
): Promise<LocalServices> {
  const cleanups: Array<() => unknown> = [];
  // Servers we started must not outlive the process, even when stop() is never called.
  const emergencyStops: Array<() => void> = [];
  const onExit = () => emergencyStops.forEach((stop) => stop());
  process.once("exit", onExit);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const errors: unknown[] = [];
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        errors.push(error);
      }
    }
    process.off("exit", onExit);
    if (errors.length > 0) throw new AggregateError(errors, "stopping the local services failed");
  };

  try {
    const userDatabase = env.DATABASE_URL || undefined;
    const userRedis = env.REDIS_URL || undefined;
    const binaries =
      userDatabase && userRedis ? undefined : ensureServerBinaries({ postgres: !userDatabase, redis: !userRedis });
    const started = (server: { url: string; stop: () => void }) => {
      emergencyStops.push(server.stop);
      cleanups.push(server.stop);
      return server.url;
    };
    const [postgresServerUrl, redisUrl] = await Promise.all([
      userDatabase ?? startPrivatePostgres(binaries?.postgresBinDir ?? "", postgresRunAsUser()).then(started),
      userRedis ?? startPrivateRedis(binaries?.redisServer ?? "").then(started),
    ]);
    const database = await createScratchDatabase(postgresServerUrl, `safeintro_${purpose}`);
    cleanups.push(database.drop);
    await migrateDeploy(database.url);
    const redisPrefix = runKeyPrefix(purpose);
    if (userRedis) cleanups.push(() => deleteKeysWithPrefix(redisUrl, redisPrefix));
    const databaseName = new URL(database.url).pathname.slice(1);
    const description =
      `PostgreSQL ${userDatabase ? "from DATABASE_URL" : "private"} at ${new URL(database.url).host}` +
      ` (database ${databaseName}, migrated); Redis ${userRedis ? "from REDIS_URL" : "private"}` +
      ` at ${new URL(redisUrl).host} (prefix ${redisPrefix})`;
    const removedOnStop = whatStopRemoves(userDatabase ? databaseName : undefined, userRedis ? redisPrefix : undefined);
    return { databaseUrl: database.url, redisUrl, redisPrefix, description, removedOnStop, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** A borrowed server keeps running: only what this run made on it goes. */
function whatStopRemoves(borrowedDatabase: string | undefined, borrowedRedisPrefix: string | undefined): string {
  if (borrowedDatabase === undefined && borrowedRedisPrefix === undefined) {
    return "the private PostgreSQL and Redis are shut down and their files removed";
  }
  return [
    borrowedDatabase === undefined
      ? "the private PostgreSQL shut down and its files removed"
      : `database ${borrowedDatabase} dropped`,
    borrowedRedisPrefix === undefined
      ? "the private Redis shut down"
      : `Redis keys under ${borrowedRedisPrefix} deleted`,
  ].join(", ");
}
