// What the links in emails show, over HTTP: the question and its four answers on GET (which
// changes nothing), the unknown page for a tampered or made-up token, the expired page, and
// hostile names escaped on every page a link leads to.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { daysToMs, hashActionToken, TARGET_ACTIONS } from "../../src/links/index.js";
import type { Page } from "../support/browser-session.js";
import {
  answer,
  askedRequest,
  buttonsOf,
  CONNECTOR_NAME,
  connectorId,
  expectLinkHeaders,
  get,
  issue,
  prisma,
  product,
  RLO,
  snapshot,
  useLinksProduct,
} from "./action-links-harness.js";

describe("the links in emails, over HTTP", () => {
  useLinksProduct();

  it("shows the question and the four answers on GET, and changes nothing", async () => {
    const id = await askedRequest();
    const { token, paths } = await issue(id);
    const before = await snapshot(id);
    for (const path of [...Object.values<string>(paths), `/l/${token}`]) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      expectLinkHeaders(page);
      expect(page.body).toContain("Would you like an introduction to <bdi>Robin Requester</bdi>?");
      expect(page.body).toContain(`<bdi>${CONNECTOR_NAME}</bdi> asked you by email`);
      expect(buttonsOf(page.body).sort()).toEqual(TARGET_ACTIONS.map((action) => `${token} ${action}`).sort());
      expect(page.body).not.toContain("_csrf");
    }
    // The email's button comes first on its page.
    expect(buttonsOf((await get(`/l/${token}/not_now`)).body)[0]).toBe(`${token} not_now`);
    // A link previewer's HEAD is a GET without a body: nothing either.
    const head = await fetch(`${product.url}${paths.yes}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await snapshot(id)).toEqual(before);
  });

  it("answers a tampered or made-up token with the unknown page, and changes nothing", async () => {
    const id = await askedRequest();
    const { token } = await issue(id);
    const before = await snapshot(id);
    // Each changed character differs from the one it replaces: a token starting with "A" once
    // came back unchanged from "replace the first character with A", and was (rightly) accepted.
    const other = (character: string | undefined) => (character === "A" ? "B" : "A");
    const tampered = [
      `${token.slice(0, -1)}${other(token.at(-1))}`,
      `${other(token[0])}${token.slice(1)}`,
      token.slice(1),
      `${token}A`,
      hashActionToken(token),
      "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ];
    for (const bad of tampered) {
      const shown = await get(`/l/${bad}/yes`);
      expect(shown.status, bad).toBe(404);
      expect(shown.body).toContain("This link doesn't work");
      expect(shown.body).not.toContain("<script>");
      expectLinkHeaders(shown);
      const posted = await answer(bad, "yes");
      expect(posted.status, bad).toBe(404);
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it("answers an expired link with the expired page, and changes nothing", async () => {
    const id = await askedRequest();
    const { token } = await issue(id, { now: new Date(Date.now() - daysToMs(15)), ttlDays: 14 });
    const before = await snapshot(id);
    const shown = await get(`/l/${token}/yes`);
    expect(shown.status).toBe(410);
    expect(shown.body).toContain("This link has expired");
    expect(shown.body).toContain(`ask <bdi>${CONNECTOR_NAME}</bdi> directly`);
    const posted = await answer(token, "yes");
    expect(posted.status).toBe(410);
    expect(await snapshot(id)).toEqual(before);
    expect(before.links[0]?.usedAt).toBeNull();
  });

  it("escapes hostile names on every page a link leads to", async () => {
    const long = "L".repeat(5_000);
    const hostile = {
      requesterName: `<script>alert("r")</script> O'Brien "Rob" ${RLO}gnp.exe`,
      targetName: `${RLO}Alex<img src=x onerror=alert(1)> ${long}`,
      // An asked target has an address: asking needs one (src/optin).
      targetEmail: `${randomUUID().slice(0, 8)}@targets.example`,
      targetKey: `name:${randomUUID()}`,
    };
    await prisma().connector.update({ where: { id: connectorId }, data: { displayName: `"Sam" <b>${long}</b>` } });
    try {
      const pages: Page[] = [];
      for (const action of TARGET_ACTIONS) {
        const { token } = await issue(await askedRequest(hostile));
        pages.push(await get(`/l/${token}/${action}`), await answer(token, action), await answer(token, action));
      }
      const expired = await issue(await askedRequest(hostile), { now: new Date(Date.now() - daysToMs(30)) });
      pages.push(await get(`/l/${expired.token}`));
      const withdrawn = await askedRequest(hostile);
      const closed = await issue(withdrawn);
      await prisma().introRequest.update({ where: { id: withdrawn }, data: { state: "withdrawn" } });
      pages.push(await answer(closed.token, "yes"));
      expect(pages.map((page) => page.status)).toEqual([...TARGET_ACTIONS.flatMap(() => [200, 200, 409]), 410, 409]);
      for (const page of pages) {
        expect(page.body).not.toMatch(/<script|<img|<b>/i);
        expect(page.body).not.toContain(RLO);
        expect(page.body).not.toContain("L".repeat(200));
        expectLinkHeaders(page);
      }
      expect(pages[0]?.body).toContain(
        "&lt;script&gt;alert(&quot;r&quot;)&lt;/script&gt; O&#39;Brien &quot;Rob&quot; gnp.exe",
      );
      expect(pages[0]?.body).toContain("&quot;Sam&quot; &lt;b&gt;LLL");
    } finally {
      await prisma().connector.update({ where: { id: connectorId }, data: { displayName: CONNECTOR_NAME } });
    }
  });
});
