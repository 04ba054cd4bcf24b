// A private Redis server for one test run, and per-run key prefixes on any server.
import { spawn } from "node:child_process";
import { Redis } from "ioredis";
import { freePort } from "./ports.js";
import type { RunningService } from "./postgres.js";

async function waitUntilReady(url: string, exited: () => string | undefined, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = exited();
    if (reason) throw new Error(reason);
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on("error", () => {}); // connect() rejects too; without a listener ioredis logs it
    try {
      await client.connect();
      if ((await client.ping()) === "PONG") return;
    } catch {
      // not up yet
    } finally {
      client.disconnect();
    }
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on ${url} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `redis-server` as a child process on a free loopback port, without persistence. */
export async function startPrivateRedis(redisServer: string): Promise<RunningService> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(
      redisServer,
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    let exitReason: string | undefined;
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => (exitReason = `redis-server failed to start: ${error.message}`));
    child.on("exit", (code, signal) => (exitReason ??= `redis-server exited (${signal ?? code}): ${stderr}`));
    const stop = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    };
    const url = `redis://127.0.0.1:${port}`;
    try {
      await waitUntilReady(url, () => exitReason);
      return { url, stop };
    } catch (error) {
      stop();
      if (attempt >= 3) throw error;
    }
  }
}

/** A key prefix unique to this run: BullMQ's `prefix` option puts every key under it. */
export function runKeyPrefix(purpose = "test"): string {
  return `safeintro-${purpose}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Deletes every key under `prefix` (the run's leftovers on a server we do not own). */
export async function deleteKeysWithPrefix(url: string, prefix: string): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = "0";
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1000);
      cursor = next;
      if (keys.length > 0) await client.unlink(...keys);
    } while (cursor !== "0");
  } finally {
    client.disconnect();
  }
}
