/**
 * The sync benchmark's worker, in a child process, started as development or production
 * starts it, and its memory read from /proc.
 *   sources   `node bin/safeintro.js worker`: TypeScript through tsx
 *   compiled  `npm run worker`, after `npm run build`: plain node on dist/
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { type LocalServices, startLocalServices } from "../src/dev/local-services.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { GMAIL_QUEUE } from "../src/queue/gmail-jobs.js";

const root = fileURLToPath(new URL("../", import.meta.url));

export type WorkerBuild = "sources" | "compiled";

export interface WorkerProcess {
  /** The command that runs, as a person would type it. */
  command: string;
  child: ChildProcess;
  /** Resident memory now (VmRSS), in MB. */
  rssMb(): number;
  /** The most resident memory so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * The compiled worker runs the very command of package.json's `worker` script, with this
 * node, but not through npm: npm would be the child, and its memory what /proc shows.
 */
function compiledWorkerArgs(): string[] {
  const packageJson = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { scripts: Record<string, string> };
  const [program, ...args] = (packageJson.scripts.worker ?? "").split(/\s+/);
  if (program !== "node")
    throw new Error(`package.json's worker script should start with node: ${packageJson.scripts.worker}`);
  return args;
}

/** `npm run build`, with its output on standard error (standard output may carry --json). */
export function buildProduct(): void {
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", 2, 2] });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
}

function statusKb(pid: number | undefined, field: "VmRSS" | "VmHWM"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
}

/**
 * Starts the worker (the compiled one needs buildProduct() first) and resolves once it has
 * registered with the `gmail` queue: from then on it is idle until a job comes.
 */
export async function startWorkerProcess(
  which: WorkerBuild,
  env: Record<string, string>,
  queue: { redisUrl: string; prefix: string },
): Promise<WorkerProcess> {
  const args = which === "compiled" ? compiledWorkerArgs() : [`${root}bin/safeintro.js`, "worker"];
  const command =
    which === "compiled" ? `npm run worker (node ${args.join(" ")})` : "node bin/safeintro.js worker (tsx)";
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const worker: WorkerProcess = {
    command,
    child,
    rssMb: () => statusKb(child.pid, "VmRSS") / 1024,
    peakRssMb: () => statusKb(child.pid, "VmHWM") / 1024,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
  await untilRegistered(child, queue);
  return worker;
}

async function untilRegistered(child: ChildProcess, queue: { redisUrl: string; prefix: string }): Promise<void> {
  const connection = new Redis(queue.redisUrl, { maxRetriesPerRequest: null });
  const gmail = new Queue(GMAIL_QUEUE, { connection, prefix: queue.prefix });
  try {
    const startedAt = Date.now();
    while ((await gmail.getWorkersCount()) === 0) {
      if (child.exitCode !== null) throw new Error(`the worker exited at start (code ${child.exitCode})`);
      if (Date.now() - startedAt > 60_000) throw new Error("the worker did not register with the queue within 60 s");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await gmail.close();
    connection.disconnect();
  }
}

/**
 * What every benchmark with a worker process starts with: the build it runs (compiled:
 * npm run build first), then private PostgreSQL and Redis (or DATABASE_URL and REDIS_URL).
 */
export async function prepareBench(worker: WorkerBuild, say: (line: string) => void): Promise<LocalServices> {
  if (worker === "compiled") {
    say("npm run build…");
    buildProduct();
  }
  const local = await startLocalServices(
    { DATABASE_URL: process.env.DATABASE_URL, REDIS_URL: process.env.REDIS_URL },
    "bench",
  );
  say(local.description);
  return local;
}
