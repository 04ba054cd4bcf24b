// A web app of its own, for tests that need what the product's start does not pass: a logger
// to read, and Redis for the rate limits. Shared by http-hardening and rate-limits tests.
import type { Server } from "node:http";
import { createServer, type Socket } from "node:net";
import { Redis } from "ioredis";
import { pino } from "pino";
import { type AppDeps, createApp } from "../../src/http/app.js";
import type { RunningProduct } from "./product-harness.js";
import { redisUrl } from "./services.js";

export const PUSH_TOKEN = "push-secret-token";
/** pino's numeric levels. */
export const LEVEL = { debug: 20, info: 30, warn: 40 } as const;

export interface LogRecord {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/**
 * A web app of its own on the product's database, queue and Gmail emulator, with what the
 * product's start does not (yet) pass: a logger to read, and Redis for the rate limits. Two
 * of them on one Redis prefix stand for two web processes.
 */
export async function startWebApp(product: RunningProduct, extra: Partial<AppDeps> = {}) {
  const { services } = product;
  const logs: LogRecord[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => logs.push(JSON.parse(line) as LogRecord) });
  const app = createApp({
    prisma: services.prisma,
    cipher: services.cipher,
    jobs: services.jobs,
    analysis: services.analysis,
    logger,
    sessions: { secure: false, ttlMs: 60 * 60 * 1000 },
    google: {
      clientId: services.config.GOOGLE_CLIENT_ID,
      oauthClient: services.oauthClient,
      revokeToken: services.revokeToken,
    },
    push: { verifyBearer: null, verificationToken: PUSH_TOKEN },
    ...extra,
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening: Server = app.listen(0, "127.0.0.1", (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    url,
    logs,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A Redis connection like the web app's job producer: no offline queue, one retry. */
export async function producerRedis(url = redisUrl(), { waitUntilReady = true } = {}): Promise<Redis> {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  redis.on("error", () => undefined);
  if (waitUntilReady) await new Promise((resolve) => redis.once("ready", resolve));
  return redis;
}

/** A client address of its own for each use, sent the way a proxy on loopback would. */
let clients = 0;
export const someClient = () => `198.51.100.${(clients += 1)}`;
export const from = (client: string) => ({ "x-forwarded-for": client });

export const startSignIn = (url: string, client: string) =>
  fetch(`${url}/auth/google`, { headers: from(client), redirect: "manual" });
export const push = (url: string, client: string, query = "") =>
  fetch(`${url}/gmail/push${query}`, {
    method: "POST",
    headers: { ...from(client), "content-type": "application/json" },
    body: "{}",
  });

export async function times(count: number, request: () => Promise<Response>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await request()).status);
  return statuses;
}

/**
 * A server that answers just enough of Redis's protocol for ioredis to call the connection
 * ready (CLIENT SETINFO, INFO), then never answers again: a network path gone silent.
 */
export async function silentRedis() {
  const sockets = new Set<Socket>();
  const commandsLeftUnanswered: string[] = [];
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("data", (chunk) => {
      for (const [, name = ""] of chunk.toString("latin1").matchAll(/\*\d+\r\n\$\d+\r\n(\w+)\r\n/g)) {
        if (/^client$/i.test(name)) socket.write("+OK\r\n");
        else if (/^info$/i.test(name)) {
          const info = "# Server\r\nredis_version:7.2.0\r\nloading:0\r\n";
          socket.write(`$${Buffer.byteLength(info)}\r\n${info}\r\n`);
        } else commandsLeftUnanswered.push(name);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    url: `redis://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
    commandsLeftUnanswered,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
