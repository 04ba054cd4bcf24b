// A private PostgreSQL server for one test run, and throwaway databases on any server.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "./ports.js";

export interface RunningService {
  url: string;
  /** Idempotent; safe to call from an exit handler (synchronous). */
  stop(): void;
}

function asUser(user: string | undefined, command: string, args: string[]): [string, string[]] {
  return user ? ["runuser", ["-u", user, "--", command, ...args]] : [command, args];
}

/**
 * initdb into a temporary folder and start `postgres` on a free loopback port, trust auth, fsync
 * off. Runs as `runAs` when given (PostgreSQL refuses to run as root).
 */
export async function startPrivatePostgres(binDir: string, runAs: string | undefined): Promise<RunningService> {
  const dir = mkdtempSync(path.join(tmpdir(), "safeintro-pg-"));
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");
  const run = (command: string, args: string[]) => {
    const [cmd, argv] = asUser(runAs, path.join(binDir, command), args);
    return spawnSync(cmd, argv, { encoding: "utf8", cwd: dir });
  };
  let started = false;
  const stop = () => {
    if (started) run("pg_ctl", ["stop", "-D", dataDir, "-m", "immediate", "-s"]);
    started = false;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (runAs) execFileSync("chown", ["-R", runAs, dir]);
    const init = run("initdb", [
      "-D",
      dataDir,
      "-A",
      "trust",
      "-U",
      "postgres",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]);
    if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}${init.stderr}`);
    // A port can be taken between choosing and binding it: try a few.
    for (let attempt = 1; !started; attempt++) {
      const port = await freePort();
      const options = `-k "${dir}" -h 127.0.0.1 -p ${port} -F -c max_connections=200`;
      const result = run("pg_ctl", ["start", "-D", dataDir, "-l", logFile, "-w", "-t", "60", "-s", "-o", options]);
      if (result.status === 0) {
        started = true;
        return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop };
      }
      if (attempt >= 3) {
        let log = "";
        try {
          log = readFileSync(logFile, "utf8");
        } catch {
          // No log file: pg_ctl's own output above says why.
        }
        throw new Error(`PostgreSQL did not start:\n${result.stdout}${result.stderr}\n${log}`);
      }
    }
    throw new Error("unreachable");
  } catch (error) {
    stop();
    throw error;
  }
}

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates a uniquely named database on the server `serverUrl` points at, so tests never touch
 * the data of the database named in that URL. Needs the CREATEDB privilege.
 */
export async function createScratchDatabase(serverUrl: string, prefix = "safeintro_test"): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(serverUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        // FORCE (PostgreSQL 13+) ends connections a test may have leaked.
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
