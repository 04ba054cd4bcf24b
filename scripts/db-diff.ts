// Writes a new migration for the changes in prisma/schema.prisma since a git revision (HEAD by
// default), with `prisma migrate diff`: the offline-safe replacement for `prisma migrate dev`.
//
//   npm run db:diff -- <name> [--from <git-ref>]
//
// The Prisma CLI's JS schema engine connects to a PostgreSQL server even for a pure schema-to-schema
// diff (it changes nothing there): DATABASE_URL is used when set, otherwise a private throwaway
// server is started like the tests do.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureServerBinaries, postgresRunAsUser } from "../src/dev/binaries.js";
import { startPrivatePostgres } from "../src/dev/postgres.js";
import { projectRoot, runPrisma } from "../src/dev/prisma-cli.js";

const SCHEMA = "prisma/schema.prisma";
const MIGRATIONS = path.join(projectRoot, "prisma/migrations");

function fail(message: string): never {
  console.error(`db:diff: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: "string", default: "HEAD" } },
});
const name = positionals[0];
if (!name || !/^[a-z0-9_]+$/.test(name)) fail("usage: npm run db:diff -- <snake_case_name> [--from <git-ref>]");

const existing = existsSync(MIGRATIONS) ? readdirSync(MIGRATIONS).filter((d) => /^\d{14}_/.test(d)) : [];
const tmp = mkdtempSync(path.join(tmpdir(), "safeintro-db-diff-"));
const cleanups: Array<() => void> = [() => rmSync(tmp, { recursive: true, force: true })];
process.on("exit", () => cleanups.reverse().forEach((cleanup) => cleanup()));

let from: string[];
try {
  const previous = execFileSync("git", ["show", `${values.from}:${SCHEMA}`], {
    cwd: projectRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  writeFileSync(path.join(tmp, "schema.prisma"), previous);
  from = ["--from-schema-datamodel", path.join(tmp, "schema.prisma")];
  console.error(`db:diff: comparing ${SCHEMA} with its version at ${values.from}`);
} catch {
  if (existing.length > 0) fail(`${SCHEMA} is not in git at ${values.from}; pass --from <a revision that has it>.`);
  from = ["--from-empty"];
  console.error("db:diff: no committed schema and no migrations yet: diffing from an empty database");
}

let databaseUrl = process.env.DATABASE_URL || undefined;
if (!databaseUrl) {
  const { postgresBinDir } = ensureServerBinaries({ postgres: true, redis: false });
  const server = await startPrivatePostgres(postgresBinDir, postgresRunAsUser());
  cleanups.push(server.stop);
  databaseUrl = server.url;
}

const diff = await runPrisma(["migrate", "diff", ...from, "--to-schema-datamodel", SCHEMA, "--script"], databaseUrl);
if (diff.code !== 0) fail(`prisma migrate diff failed:\n${diff.stdout}${diff.stderr}`);
if (!/^\s*[A-Z]/m.test(diff.stdout)) {
  console.error(`db:diff: no schema changes since ${values.from}; nothing written.`);
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), diff.stdout);
console.error(`db:diff: wrote ${path.relative(projectRoot, dir)}/migration.sql — review it, then \`npm test\`.`);
