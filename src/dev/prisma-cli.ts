// Runs the project's Prisma CLI, as a user would, against a given database.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `prisma <args>` with DATABASE_URL set for the child only; never throws on a non-zero exit.
 * `doneWhen`: output that means the command has finished its work (see migrateDeploy).
 */
export function runPrisma(args: string[], databaseUrl: string, doneWhen?: RegExp): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let done = false;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (doneWhen && !done && doneWhen.test(stdout)) {
        done = true;
        child.kill("SIGTERM");
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: done ? 0 : (code ?? 1), stdout, stderr }));
  });
}

/** `prisma migrate deploy`; throws with the CLI's output when it fails. */
export async function migrateDeploy(databaseUrl: string): Promise<void> {
  // Prisma 6.19's WASM schema engine leaves a 10 s timer behind, so the CLI lingers for 10 s after
  // its last line. Once it has printed its verdict the work is committed: end it there. (If the
  // wording ever changes, this simply waits for the normal exit.)
  const finished = /All migrations have been successfully applied|No pending migrations to apply/;
  const result = await runPrisma(["migrate", "deploy"], databaseUrl, finished);
  if (result.code !== 0) {
    throw new Error(`prisma migrate deploy failed (exit ${result.code}):\n${result.stdout}${result.stderr}`);
  }
}
