import type { Server } from "node:http";
import { createServer, type Socket } from "node:net";
import { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/dev/ports.js";
import { type AppDeps, createApp } from "../../src/http/app.js";
import { SESSION_COOKIE, SIGN_IN_COOKIE, cookieName } from "../../src/http/cookies.js";
import { PUSH_LIMIT, SIGN_IN_LIMIT, clientKey } from "../../src/http/rate-limits.js";
import { BrowserSession } from "../support/browser-session.js";
import { uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { redisUrl } from "../support/services.js";

const PUSH_TOKEN = "push-secret-token";
/** pino's numeric levels. */
const LEVEL = { debug: 20, info: 30, warn: 40 } as const;

interface LogRecord {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/**
 * A web app of its own on the product's database, queue and Gmail emulator, with what the
 * product's start does not (yet) pass: a logger to read, and Redis for the rate limits. Two
 * of them on one Redis prefix stand for two web processes.
 */
async function startWebApp(product: RunningProduct, extra: Partial<AppDeps> = {}) {
  const { services } = product;
  const logs: LogRecord[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => logs.push(JSON.parse(line) as LogRecord) });
  const app = createApp({
    prisma: services.prisma,
    cipher: services.cipher,
    jobs: services.jobs,
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
async function producerRedis(url = redisUrl(), { waitUntilReady = true } = {}): Promise<Redis> {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  redis.on("error", () => undefined);
  if (waitUntilReady) await new Promise((resolve) => redis.once("ready", resolve));
  return redis;
}

/** A client address of its own for each use, sent the way a proxy on loopback would. */
let clients = 0;
const someClient = () => `198.51.100.${(clients += 1)}`;
const from = (client: string) => ({ "x-forwarded-for": client });

const startSignIn = (url: string, client: string) =>
  fetch(`${url}/auth/google`, { headers: from(client), redirect: "manual" });
const push = (url: string, client: string, query = "") =>
  fetch(`${url}/gmail/push${query}`, {
    method: "POST",
    headers: { ...from(client), "content-type": "application/json" },
    body: "{}",
  });

async function times(count: number, request: () => Promise<Response>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await request()).status);
  return statuses;
}

/** Directives of a Content-Security-Policy header, in any order and spacing. */
function directives(policy: string | null): string[] {
  return (policy ?? "")
    .split(";")
    .map((directive) => directive.trim().replace(/\s+/g, " "))
    .filter(Boolean)
    .sort();
}

describe("HTTP hardening of the web app", () => {
  let product: RunningProduct;
  beforeAll(async () => {
    product = await startProduct({ emulator: { mailboxes: {} }, workers: false });
  });
  afterAll(async () => {
    await product?.stop();
  });

  describe("a body the parsers refuse is the client's error: its 4xx, a plain message, no stack in the log", () => {
    let web: Awaited<ReturnType<typeof startWebApp>>;
    beforeAll(async () => {
      web = await startWebApp(product);
    });
    afterAll(async () => {
      await web?.close();
    });

    const form = { "content-type": "application/x-www-form-urlencoded" };
    const json = { "content-type": "application/json" };
    it.each([
      {
        refused: "a 20 KB form",
        path: "/sync",
        headers: form,
        body: `_csrf=${"x".repeat(20 * 1024)}`,
        status: 413,
        type: "entity.too.large",
        level: "info" as const,
        message: "The request is larger than SafeIntro accepts.",
      },
      {
        refused: "a form of 1001 fields",
        path: "/sync",
        headers: form,
        body: "a=1&".repeat(1001),
        status: 413,
        type: "parameters.too.many",
        level: "info" as const,
        message: "The form has more fields than SafeIntro accepts.",
      },
      {
        refused: "a 70 KB push",
        path: "/gmail/push",
        headers: json,
        body: JSON.stringify({ message: { data: "x".repeat(70 * 1024) } }),
        status: 413,
        type: "entity.too.large",
        level: "info" as const,
        message: "The request is larger than SafeIntro accepts.",
      },
      {
        refused: "broken JSON",
        path: "/gmail/push",
        headers: json,
        body: '{"message":',
        status: 400,
        type: "entity.parse.failed",
        level: "debug" as const,
        message: "The request could not be read.",
      },
      {
        refused: "JSON in Latin-1",
        path: "/gmail/push",
        headers: { "content-type": "application/json; charset=latin1" },
        body: "{}",
        status: 415,
        type: "charset.unsupported",
        level: "debug" as const,
        message: "The request's character set is not supported. Send UTF-8.",
      },
      {
        refused: "an unknown content encoding",
        path: "/sync",
        headers: { ...form, "content-encoding": "compress" },
        body: "a=1",
        status: 415,
        type: "encoding.unsupported",
        level: "debug" as const,
        message: "The request's content encoding is not supported.",
      },
    ])("$refused: $status", async ({ path, headers, body, status, type, level, message }) => {
      web.logs.length = 0;
      const response = await fetch(`${web.url}${path}`, { method: "POST", headers, body });
      expect(response.status).toBe(status);
      // Pub/Sub reads JSON; a browser gets the problem page.
      if (path === "/gmail/push") expect(await response.json()).toEqual({ error: message });
      else expect(await response.text()).toContain(message.replaceAll("'", "&#39;"));

      expect(web.logs.filter((record) => record.level >= LEVEL.warn)).toEqual([]);
      const refusals = web.logs.filter((record) => record.msg === "request body refused");
      expect(refusals).toEqual([expect.objectContaining({ level: LEVEL[level], type, status, path })]);
      expect(refusals[0]).not.toHaveProperty("err");
      expect(JSON.stringify(refusals[0])).not.toContain("    at ");
    });
  });

  describe("security headers", () => {
    const POLICY = [
      "base-uri 'none'",
      "default-src 'none'",
      "form-action 'self' https://accounts.google.com",
      "frame-ancestors 'none'",
      "style-src 'unsafe-inline'",
    ];

    it("every answer, page, error or health check, carries the policy, and plain HTTP no HSTS", async () => {
      for (const path of ["/", "/no-such-page", "/healthz"]) {
        const response = await fetch(`${product.url}${path}`);
        expect(directives(response.headers.get("content-security-policy"))).toEqual(POLICY);
        expect(response.headers.get("referrer-policy")).toBe("no-referrer");
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        expect(response.headers.get("x-frame-options")).toBe("DENY");
        expect(response.headers.get("cache-control")).toBe("no-store");
        expect(response.headers.get("x-powered-by")).toBeNull();
        expect(response.headers.get("strict-transport-security")).toBeNull();
      }
    });
  });

  describe("served over HTTPS (secure cookies)", () => {
    const PUBLIC_URL = "https://safeintro.example";
    const SESSION = cookieName({ secure: true }, SESSION_COOKIE);
    const SIGN_IN = cookieName({ secure: true }, SIGN_IN_COOKIE);
    let secure: RunningProduct;
    const address = uniqueAddress();
    beforeAll(async () => {
      secure = await startProduct({ emulator: { mailboxes: { [address]: [] } }, env: { PUBLIC_URL }, workers: false });
    });
    afterAll(async () => {
      await secure?.stop();
    });

    it("sends HSTS", async () => {
      const response = await fetch(`${secure.url}/`);
      expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000");
    });

    it("names the sign-in and session cookies __Host- (Secure, Path=/, no Domain), and reads them by that name only", async () => {
      expect([SESSION, SIGN_IN]).toEqual(["__Host-si_session", "__Host-si_signin"]);
      const browser = new BrowserSession();
      const host = new URL(secure.url).host;
      const start = await browser.request(`${secure.url}/auth/google`);
      expect(start.status).toBe(303);
      const signInCookie = start.headers.getSetCookie().find((line) => line.startsWith(`${SIGN_IN}=`));
      expect(signInCookie).toMatch(
        new RegExp(`^${SIGN_IN}=[\\w-]{43}; Max-Age=600; Path=/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax$`),
      );
      expect(browser.cookie(host, SIGN_IN)).toMatch(/^[\w-]{43}$/);

      // Google sends the browser back to PUBLIC_URL; this test's browser takes it to where the app listens.
      const answer = new URL(secure.emulator.authorize(start.headers.get("location") ?? "", { account: address }));
      const callback = await browser.request(`${secure.url}${answer.pathname}${answer.search}`);
      expect(callback.status).toBe(303);
      const cookies = callback.headers.getSetCookie();
      expect(cookies).toContainEqual(
        expect.stringMatching(
          new RegExp(`^${SIGN_IN}=; Path=/; Expires=Thu, 01 Jan 1970 [^;]+; HttpOnly; Secure; SameSite=Lax$`),
        ),
      );
      const sessionCookie = cookies.filter((line) => line.startsWith(`${SESSION}=`)).at(-1);
      expect(sessionCookie).toMatch(
        new RegExp(`^${SESSION}=[\\w-]{43}; Max-Age=\\d+; Path=/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax$`),
      );
      expect(cookies.join("\n")).not.toMatch(/Domain=/i);

      const token = browser.cookie(host, SESSION);
      expect(token).toMatch(/^[\w-]{43}$/);
      const signedIn = await browser.request(`${secure.url}/`);
      expect(signedIn.body).toContain(`<dd id="connected-address">${address}</dd>`);
      // The bare name, as a plain-HTTP page could plant it, signs nobody in.
      const bare = await fetch(`${secure.url}/`, { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
      expect(await bare.text()).not.toContain(address);
    });
  });

  describe("rate limits, counted in Redis under the app's prefix", () => {
    const prefix = () => product.services.prefix;
    const redisClients: Redis[] = [];
    const webApps: Array<Awaited<ReturnType<typeof startWebApp>>> = [];
    const webProcess = async (redis: Redis) => {
      redisClients.push(redis);
      const web = await startWebApp(product, { rateLimits: { redis, prefix: prefix() } });
      webApps.push(web);
      return web;
    };
    afterAll(async () => {
      await Promise.all(webApps.map((web) => web.close()));
      for (const redis of redisClients) redis.disconnect();
    });

    it(`sign-in: ${SIGN_IN_LIMIT.points} starts per client in ${SIGN_IN_LIMIT.durationSeconds / 60} minutes, across web processes`, async () => {
      const first = await webProcess(await producerRedis());
      const second = await webProcess(await producerRedis());
      const client = someClient();
      expect(await times(SIGN_IN_LIMIT.points, () => startSignIn(first.url, client))).toEqual(
        Array(SIGN_IN_LIMIT.points).fill(303),
      );

      // The second process has never seen this client: only the shared count can refuse it.
      for (const web of [second, first]) {
        const refused = await startSignIn(web.url, client);
        expect(refused.status).toBe(429);
        const retryAfter = Number(refused.headers.get("retry-after"));
        expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= SIGN_IN_LIMIT.durationSeconds).toBe(
          true,
        );
        expect(refused.headers.get("content-type")).toMatch(/^text\/html/);
        expect(await refused.text()).toContain(SIGN_IN_LIMIT.message);
        // Refused before anything was written: no attempt cookie, no way on to Google.
        expect(refused.headers.get("location")).toBeNull();
        expect(refused.headers.getSetCookie()).toEqual([]);
      }
      expect((await startSignIn(first.url, someClient())).status).toBe(303);

      const redis = redisClients[0];
      const key = `${prefix()}:ratelimit:signin:${client}`;
      expect(await redis?.get(key)).toBe(String(SIGN_IN_LIMIT.points + 2));
      expect(await redis?.ttl(key)).toBeGreaterThan(0);
      // Logged once, by the process that refused first; not once per refused request.
      expect([...second.logs, ...first.logs].filter((record) => record.msg === "rate limit reached")).toEqual([
        expect.objectContaining({ level: LEVEL.info, limit: "signin", client }),
      ]);
    });

    it("believes X-Forwarded-For only from the proxies TRUST_PROXY names", async () => {
      // The test connects from loopback: trusted by default, not when only a range it is not in is trusted.
      const untrusting = await startWebApp(product, {
        rateLimits: { redis: await producerRedis(), prefix: prefix() },
        trustProxy: "10.0.0.0/8",
      });
      webApps.push(untrusting);
      const statuses: number[] = [];
      for (let i = 0; i <= SIGN_IN_LIMIT.points; i++)
        statuses.push((await startSignIn(untrusting.url, someClient())).status);
      // Every "client" is the same loopback peer now: the last start is refused.
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.slice(0, -1)).toEqual(Array(SIGN_IN_LIMIT.points).fill(303));
    });

    it("counts an IPv6 /64 as one client", async () => {
      const web = await webProcess(await producerRedis());
      const network = "2001:db8:1:2";
      const addresses = Array.from({ length: SIGN_IN_LIMIT.points }, (_, i) => `${network}:${(i + 1).toString(16)}::1`);
      const statuses: number[] = [];
      for (const address of addresses) statuses.push((await startSignIn(web.url, address)).status);
      expect(statuses).toEqual(Array(SIGN_IN_LIMIT.points).fill(303));
      expect((await startSignIn(web.url, `${network}:ffff:ffff:ffff:ffff`)).status).toBe(429);
      expect((await startSignIn(web.url, "2001:db8:ffff:ffff::1")).status).toBe(303);
      expect(clientKey("2001:DB8:0:1:2:3:4:5")).toBe("2001:db8:0:1::/64");
      expect(clientKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
      expect(clientKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
    });

    it(`Gmail push: ${PUSH_LIMIT.points} a minute per client, counted before the token check`, async () => {
      const web = await webProcess(await producerRedis());
      const client = someClient();
      // Unauthenticated pushes count too: they are what a flood would be made of.
      expect(new Set(await times(PUSH_LIMIT.points, () => push(web.url, client)))).toEqual(new Set([401]));
      const refused = await push(web.url, client, `?token=${PUSH_TOKEN}`);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= PUSH_LIMIT.durationSeconds).toBe(true);
      expect(await refused.json()).toEqual({ error: PUSH_LIMIT.message });
      // Another client's genuine push goes through (to the schema check: "{}" is no notification).
      expect((await push(web.url, someClient(), `?token=${PUSH_TOKEN}`)).status).toBe(400);
    });

    it("with Redis down, sign-in still starts, and each process still counts on its own", async () => {
      const web = await webProcess(
        await producerRedis(`redis://127.0.0.1:${await freePort()}`, { waitUntilReady: false }),
      );
      const client = someClient();
      expect(await times(SIGN_IN_LIMIT.points, () => startSignIn(web.url, client))).toEqual(
        Array(SIGN_IN_LIMIT.points).fill(303),
      );
      expect((await startSignIn(web.url, client)).status).toBe(429);
    });

    it("with a Redis that stopped answering, sign-in still starts", async () => {
      const silent = await silentRedis();
      try {
        const web = await webProcess(await producerRedis(silent.url));
        const started = await startSignIn(web.url, someClient());
        expect(started.status).toBe(303);
        // The counter's script went out and was never answered.
        expect(silent.commandsLeftUnanswered).toContainEqual(expect.stringMatching(/^eval(sha)?$/i));
      } finally {
        await silent.close();
      }
    });
  });
});

/**
 * A server that answers just enough of Redis's protocol for ioredis to call the connection
 * ready (CLIENT SETINFO, INFO), then never answers again: a network path gone silent.
 */
async function silentRedis() {
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
