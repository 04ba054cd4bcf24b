import { type ChildProcess, spawn } from "node:child_process";
import { Redis } from "ioredis";
import { ensureServerBinaries } from "../../src/dev/binaries.js";
import { freePort } from "../../src/dev/ports.js";

/**
 * A private redis-server without persistence, on a port of its own, that a test can kill
 * and start again on the same port: everything it held is then gone, as after a restart of
 * a Redis run without appendonly.
 */
export interface RestartableRedis {
  url: string;
  /** SIGKILL, and wait for it to be gone. */
  kill(): Promise<void>;
  /** Starts it again, empty, on the same port; resolves once it answers PING. */
  start(): Promise<void>;
}

export async function startRestartableRedis(): Promise<RestartableRedis & { close(): Promise<void> }> {
  const { redisServer } = ensureServerBinaries({ postgres: false, redis: true });
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      redisServer,
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"],
      { stdio: "ignore" },
    );
    await answers(url);
  };
  const kill = async () => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const gone = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGKILL");
    await gone;
  };
  await start();
  return { url, kill, start, close: kill };
}

async function answers(url: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on("error", () => undefined);
    try {
      await client.connect();
      if ((await client.ping()) === "PONG") return;
    } catch {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on ${url}`);
    } finally {
      client.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
