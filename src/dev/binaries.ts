// Finds the PostgreSQL and Redis server binaries, installing them with apt-get when that is
// possible (root on Debian/Ubuntu), or explains the three ways to provide them.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";

export interface ServerBinaries {
  /** Directory holding initdb, pg_ctl and postgres (of the same version). */
  postgresBinDir: string;
  redisServer: string;
}

const PACKAGES = ["postgresql", "redis-server"];

export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function findPostgresBinDir(): string | undefined {
  const initdb = onPath("initdb");
  // pg_ctl looks for `postgres` next to itself, so resolve symlinks to the real directory.
  if (initdb) return path.dirname(realpathSync(initdb));
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : path.join(root, versions[0], "bin");
}

function find(): Partial<ServerBinaries> {
  return { postgresBinDir: findPostgresBinDir(), redisServer: onPath("redis-server") };
}

/** True when this process may install Debian packages: root, on Debian or Ubuntu, with apt-get. */
export function canAptInstall(): boolean {
  if (process.getuid?.() !== 0 || !existsSync("/etc/os-release") || !onPath("apt-get")) return false;
  const osRelease = readFileSync("/etc/os-release", "utf8");
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
}

export function aptInstall(packages: readonly string[] = PACKAGES): void {
  console.error(`[test services] installing ${packages.join(" ")} with apt-get (once per machine)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  // Output goes to stderr so a failure is visible; the system cluster/service the packages may
  // start is never used by the tests.
  execFileSync("apt-get", ["update"], { stdio: ["ignore", 2, 2], env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...packages], {
    stdio: ["ignore", 2, 2],
    env,
  });
}

export const MISSING_SERVICES_MESSAGE = [
  "The tests, the demo and the sync benchmark need PostgreSQL and Redis. Provide them in one of three ways:",
  "  1. set DATABASE_URL and REDIS_URL to servers you run (a throwaway database is created and dropped; Redis keys use a per-run prefix);",
  "  2. install the server binaries, e.g. `apt-get install postgresql redis-server` (Debian/Ubuntu) or `brew install postgresql redis`;",
  "  3. run them as root on Debian/Ubuntu, and they install the packages with apt-get.",
].join("\n");

/** Locates both servers; `need` says which ones the run must start itself. */
export function ensureServerBinaries(need: { postgres: boolean; redis: boolean }): ServerBinaries {
  let found = find();
  const missing = () => (need.postgres && !found.postgresBinDir) || (need.redis && !found.redisServer);
  if (missing() && canAptInstall()) {
    aptInstall();
    found = find();
  }
  if (missing()) throw new Error(MISSING_SERVICES_MESSAGE);
  return { postgresBinDir: found.postgresBinDir ?? "", redisServer: found.redisServer ?? "" };
}

/** The unprivileged user to run PostgreSQL as when we are root (it refuses to run as root). */
export function postgresRunAsUser(): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const user of ["postgres", "nobody"]) {
    if (spawnSync("id", ["-u", user], { stdio: "ignore" }).status === 0) return user;
  }
  throw new Error("Running as root, but there is no `postgres` or `nobody` user to run PostgreSQL as.");
}
