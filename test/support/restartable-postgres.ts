import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureServerBinaries, postgresRunAsUser } from "../../src/dev/binaries.js";
import { freePort } from "../../src/dev/ports.js";
import { migrateDeploy } from "../../src/dev/prisma-cli.js";

/**
 * A private, migrated PostgreSQL that a test can stop and start again on the same port and
 * data, as an outage of the database server (pg_ctl stop -m fast ends every connection).
 */
export interface RestartablePostgres {
  url: string;
  stop(): void;
  start(): void;
}

export async function startRestartablePostgres(): Promise<RestartablePostgres & { close(): void }> {
  const { postgresBinDir } = ensureServerBinaries({ postgres: true, redis: false });
  const runAs = postgresRunAsUser();
  const dir = mkdtempSync(path.join(tmpdir(), "safeintro-pg-outage-"));
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  const run = (command: string, args: string[]) => {
    const program = path.join(postgresBinDir, command);
    const result = runAs
      ? spawnSync("runuser", ["-u", runAs, "--", program, ...args], { encoding: "utf8", cwd: dir })
      : spawnSync(program, args, { encoding: "utf8", cwd: dir });
    if (result.status !== 0) throw new Error(`${command} failed:\n${result.stdout}${result.stderr}`);
  };
  if (runAs) execFileSync("chown", ["-R", runAs, dir]);
  run("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
  const options = `-k "${dir}" -h 127.0.0.1 -p ${port} -F`;
  const start = () =>
    run("pg_ctl", ["start", "-D", dataDir, "-l", path.join(dir, "postgres.log"), "-w", "-s", "-o", options]);
  const stop = () => run("pg_ctl", ["stop", "-D", dataDir, "-m", "fast", "-w", "-s"]);
  start();
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  await migrateDeploy(url);
  return {
    url,
    start,
    stop,
    close() {
      spawnSync(runAs ? "runuser" : path.join(postgresBinDir, "pg_ctl"), [
        ...(runAs ? ["-u", runAs, "--", path.join(postgresBinDir, "pg_ctl")] : []),
        "stop",
        "-D",
        dataDir,
        "-m",
        "immediate",
        "-s",
      ]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
