import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { GMAIL_QUEUE } from "../../src/queue/gmail-jobs.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  /** What it wrote, for a failing test to show. */
  output(): string;
  /** Resolves with how it ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * A worker in a process of its own, resolved once it has registered with the `gmail` queue:
 * `safeintro worker` itself (`cli`), or test/support/worker-child.ts (`short-locks`). It runs
 * in an empty folder, so that no `.env` of the checkout is read: its settings are `env`.
 */
export async function startWorkerProcess(
  kind: "cli" | "short-locks",
  env: Record<string, string>,
  queue: { connection: Redis; prefix: string },
): Promise<WorkerProcess> {
  const args =
    kind === "cli"
      ? [path.join(root, "bin/safeintro.js"), "worker"]
      : // tsx's loader by its full address: the process runs in a folder with no node_modules.
        ["--import", import.meta.resolve("tsx"), path.join(root, "test/support/worker-child.ts")];
  const cwd = mkdtempSync(path.join(tmpdir(), "safeintro-worker-"));
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  // The empty folder goes with the process: every run used to leave one behind in the temp folder.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      rmSync(cwd, { recursive: true, force: true });
      resolve({ code, signal });
    }),
  );
  const gmail = new Queue(GMAIL_QUEUE, { connection: queue.connection, prefix: queue.prefix });
  try {
    const startedAt = Date.now();
    // Its own workers are the only ones under this prefix.
    while ((await gmail.getWorkersCount()) === 0) {
      if (child.exitCode !== null) throw new Error(`the worker exited at start:\n${output}`);
      if (Date.now() - startedAt > 60_000) throw new Error(`the worker did not register within 60 s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await gmail.close();
  }
  return { child, output: () => output, exited };
}
