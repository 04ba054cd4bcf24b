import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, SIGN_IN_COOKIE, cookieName } from "../../src/http/cookies.js";
import { BrowserSession } from "../support/browser-session.js";
import { uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

import { LEVEL, startWebApp } from "../support/web-app.js";

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
      "script-src 'self'",
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
});
