import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "../../src/db/index.js";
import { dayAndMonth } from "../../src/http/link-pages.js";
import {
  answerAsTarget,
  type CarryOutEffects,
  daysToMs,
  hashActionToken,
  issueActionLinks,
  type LinkAudience,
  TARGET_ACTIONS,
  useActionLink,
} from "../../src/links/index.js";
import type { TransitionEffect } from "../../src/requests/index.js";
import { BrowserSession, type Page } from "../support/browser-session.js";
import { uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { startWebApp } from "../support/web-app.js";

const RLO = "\u202E";
const CONNECTOR_NAME = "Sam Connector";

describe("the links in emails, over HTTP", () => {
  let product: RunningProduct;
  let connectorId = "";
  const A = uniqueAddress();
  const browser = new BrowserSession();
  const prisma = () => product.services.prisma;

  beforeAll(async () => {
    // No workers: the requests stay as inserted.
    product = await startProduct({ emulator: { mailboxes: { [A]: [] } }, workers: false });
    await product.connect(new BrowserSession(), A);
    connectorId = (await prisma().connector.findFirstOrThrow({ where: { email: A } })).id;
    await prisma().connector.update({ where: { id: connectorId }, data: { displayName: CONNECTOR_NAME } });
  });
  afterAll(async () => {
    await product?.stop();
  });

  /** A request the connector has sent to its target, as the flow leaves it. */
  async function askedRequest(data: Partial<Prisma.IntroRequestUncheckedCreateInput> = {}): Promise<string> {
    const targetEmail = `${randomUUID().slice(0, 8)}@targets.example`;
    const row = await prisma().introRequest.create({
      data: {
        connectorId,
        sourceKey: randomUUID(),
        state: "awaiting_target",
        requesterName: "Robin Requester",
        requesterEmail: `${randomUUID().slice(0, 8)}@requesters.example`,
        targetName: "Alex Target",
        targetEmail,
        targetKey: targetEmail,
        ...data,
      },
    });
    return row.id;
  }

  /** Issues a link as the flow does, in a transaction; its token and its paths. */
  async function issue(
    introRequestId: string,
    options: { actions?: readonly string[]; now?: Date; ttlDays?: number; audience?: LinkAudience } = {},
  ) {
    const paths = await prisma().$transaction((tx) =>
      issueActionLinks(tx, {
        introRequestId,
        audience: options.audience ?? "target",
        actions: options.actions ?? TARGET_ACTIONS,
        now: options.now ?? new Date(),
        ttlMs: daysToMs(options.ttlDays ?? 14),
      }),
    );
    const first = Object.values<string>(paths)[0] ?? "";
    const token = first.split("/")[2] ?? "";
    return { token, paths };
  }

  /** Everything an answer could change: the request, its events, the connector's protections, the request's links. */
  const snapshot = async (id: string) => ({
    request: await prisma().introRequest.findUniqueOrThrow({ where: { id } }),
    events: await prisma().introRequestEvent.findMany({ where: { introRequestId: id }, orderBy: { createdAt: "asc" } }),
    protectedTargets: await prisma().protectedTarget.findMany({
      where: { connectorId },
      orderBy: { targetKey: "asc" },
    }),
    links: await prisma().actionLink.findMany({ where: { introRequestId: id }, orderBy: { createdAt: "asc" } }),
  });

  const get = (path: string, base = product.url) => browser.request(`${base}${path}`);
  const answer = (token: string, action: string, base = product.url) =>
    browser.request(`${base}/l/${token}`, { form: { action } });
  const expectLinkHeaders = (page: Page) => {
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
  };
  const buttonsOf = (body: string) =>
    [
      ...body.matchAll(
        /<form method="post" action="\/l\/([\w-]+)"><input type="hidden" name="action" value="([a-z_]+)">/g,
      ),
    ].map((match) => `${match[1] ?? ""} ${match[2] ?? ""}`);

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

  it("acts on POST yes once: accepted, an event, the link used; a second answer is already answered", async () => {
    const id = await askedRequest();
    const { token } = await issue(id);
    const page = await answer(token, "yes");
    expect(page.status).toBe(200);
    expectLinkHeaders(page);
    expect(page.body).toContain(`<bdi>${CONNECTOR_NAME}</bdi> will introduce you to <bdi>Robin Requester</bdi>`);
    const after = await snapshot(id);
    expect(after.request.state).toBe("accepted");
    expect(after.events).toMatchObject([
      { kind: "transition", fromState: "awaiting_target", toState: "accepted", actor: "target" },
    ]);
    expect(after.events[0]?.reason).toMatch(/said yes/);
    const link = after.links[0];
    expect(link).toMatchObject({ tokenHash: hashActionToken(token), usedAction: "yes" });
    expect(link?.usedAt).toBeInstanceOf(Date);

    const answeredOn = dayAndMonth(link?.usedAt ?? new Date(), new Date());
    for (const again of ["no", "yes", "stop"]) {
      const second = await answer(token, again);
      expect(second.status, again).toBe(409);
      expect(second.body).toContain(
        `already answered: Yes on <time class="nowrap" datetime="${link?.usedAt?.toISOString()}">${answeredOn}</time>`,
      );
      expect(second.body).toContain("Nothing was changed.");
    }
    const reopened = await get(`/l/${token}/no`);
    expect(reopened.status).toBe(409);
    expect(reopened.body).toContain(`already answered: Yes on`);
    expect(buttonsOf(reopened.body)).toEqual([]);
    expect(await snapshot(id)).toEqual(after);
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

  it("keeps a link to its request, its person and its actions", async () => {
    const mine = await askedRequest();
    const other = await askedRequest();
    const { token } = await issue(mine, { actions: ["yes", "no"] });
    const otherBefore = await snapshot(other);
    const mineBefore = await snapshot(mine);

    // An action it does not offer, in the field or the path.
    for (const page of [
      await answer(token, "stop"),
      await answer(token, "../../requests"),
      await browser.request(`${product.url}/l/${token}/stop`, { form: {} }),
    ]) {
      expect(page.status).toBe(400);
      expect(page.body).toContain("Nothing was changed.");
    }
    expect(buttonsOf((await get(`/l/${token}`)).body).map((button) => button.split(" ")[1])).toEqual(["yes", "no"]);
    expect(await snapshot(mine)).toEqual(mineBefore);

    // Another request's id in the form changes nothing: the token alone says which request.
    const page = await browser.request(`${product.url}/l/${token}`, {
      form: { action: "no", introRequestId: other, id: other },
    });
    expect(page.status).toBe(200);
    expect((await snapshot(mine)).request.state).toBe("declined_by_target");
    expect(await snapshot(other)).toEqual(otherBefore);

    // A link sent to someone else (the requester) cannot answer for the target.
    const forRequester = await issue(other, { audience: "requester", actions: ["yes"] });
    expect((await get(`/l/${forRequester.token}/yes`)).status).toBe(404);
    expect((await answer(forRequester.token, "yes")).status).toBe(404);
    const afterRequesterTry = await snapshot(other);
    expect(afterRequesterTry.request).toEqual(otherBefore.request);
    expect(afterRequesterTry.links.every((link) => link.usedAt === null)).toBe(true);
  });

  it("protects the target and declines on 'Please don't send me requests'", async () => {
    const id = await askedRequest({ targetName: "Alex Stop" });
    const { token } = await issue(id);
    const confirm = await get(`/l/${token}/stop`);
    expect(confirm.status).toBe(200);
    expect(buttonsOf(confirm.body)[0]).toBe(`${token} stop`);
    const page = await answer(token, "stop");
    expect(page.status).toBe(200);
    expect(page.body).toContain(`SafeIntro will not pass requests from <bdi>${CONNECTOR_NAME}</bdi> on to you again`);
    const after = await snapshot(id);
    expect(after.request.state).toBe("declined_by_target");
    expect(after.events.map((event) => [event.kind, event.actor, event.toState])).toEqual([
      ["transition", "target", "declined_by_target"],
      ["protection", "target", "declined_by_target"],
    ]);
    const keys = after.protectedTargets.map((row) => row.targetKey);
    expect(keys).toContain(after.request.targetKey);
    expect(keys).toContain("name:alex stop");
  });

  it("takes 'not now' as not the last word, and honours an opt-out after a no", async () => {
    const id = await askedRequest({ targetName: "Alex Later" });
    const ask = await issue(id);
    const notNow = await answer(ask.token, "not_now");
    expect(notNow.status).toBe(200);
    expect(notNow.body).toContain("may ask you once more in a few days");
    expect((await snapshot(id)).request.state).toBe("awaiting_target");

    // The reminder's link: a new token, still open.
    const reminder = await issue(id);
    expect((await answer(reminder.token, "no")).status).toBe(200);
    expect((await snapshot(id)).request.state).toBe("declined_by_target");

    // A third link (or an old one never used) offers only the opt-out now.
    const late = await issue(id);
    const shown = await get(`/l/${late.token}/yes`);
    expect(shown.status).toBe(200);
    expect(buttonsOf(shown.body)).toEqual([`${late.token} stop`]);
    const yes = await answer(late.token, "yes");
    expect(yes.status).toBe(409);
    expect(yes.body).toMatch(/already answered: No thanks on <time/);
    expect(
      (await snapshot(id)).links.find((link) => link.tokenHash === hashActionToken(late.token))?.usedAt,
    ).toBeNull();
    expect((await answer(late.token, "stop")).status).toBe(200);
    expect((await snapshot(id)).protectedTargets.some((row) => row.targetKey === "name:alex later")).toBe(true);
  });

  it("says why a withdrawn request takes no answer, and leaves the link unused", async () => {
    const id = await askedRequest();
    const { token } = await issue(id);
    await prisma().introRequest.update({ where: { id }, data: { state: "withdrawn" } });
    const before = await snapshot(id);
    const shown = await get(`/l/${token}/yes`);
    expect(buttonsOf(shown.body)).toEqual([`${token} stop`]);
    const posted = await answer(token, "yes");
    expect(posted.status).toBe(409);
    expect(posted.body).toContain("This request was withdrawn by the requester; there is nothing to answer.");
    expect(await snapshot(id)).toEqual(before);
  });

  it("acts exactly once when answers race, on one link or two", async () => {
    const id = await askedRequest();
    const { token } = await issue(id);
    const pages = await Promise.all(
      ["yes", "no", "yes", "stop", "not_now", "no"].map((action) => answer(token, action)),
    );
    expect(pages.map((page) => page.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const after = await snapshot(id);
    expect(after.events.filter((event) => event.kind === "transition")).toHaveLength(1);
    expect(after.links[0]?.usedAction).toBeTruthy();

    // The ask's link and the reminder's, pressed at once: one answer, and the other link stays unused.
    const other = await askedRequest();
    const first = await issue(other);
    const second = await issue(other);
    const both = await Promise.all([answer(first.token, "yes"), answer(second.token, "no")]);
    expect(both.map((page) => page.status).sort()).toEqual([200, 409]);
    const raced = await snapshot(other);
    expect(raced.events.filter((event) => event.kind === "transition")).toHaveLength(1);
    expect(raced.links.filter((link) => link.usedAt !== null)).toHaveLength(1);
    expect(["accepted", "declined_by_target"]).toContain(raced.request.state);
  });

  it("holds a second use back until the first commits or rolls back (useActionLink)", async () => {
    const id = await askedRequest();
    const { token } = await issue(id);
    const order: string[] = [];
    const slow =
      (name: string, fail: boolean) =>
      async (tx: Prisma.TransactionClient, link: { introRequestId: string }, action: string) => {
        order.push(`${name} claimed`);
        await new Promise((resolve) => setTimeout(resolve, 300));
        if (fail) {
          order.push(`${name} failed`);
          throw new Error(`${name} failed`);
        }
        return answerAsTarget(tx, link.introRequestId, action);
      };
    // The first fails after holding the claim; the second, waiting on its row lock, then acts.
    const first = useActionLink(prisma(), token, "yes", new Date(), slow("first", true)).then(
      () => null,
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = useActionLink(prisma(), token, "no", new Date(), slow("second", false));
    expect(await first).toMatchObject({ message: "first failed" });
    expect(await second).toMatchObject({ status: "done", result: { to: "declined_by_target" } });
    // Had the second not waited, it would have claimed at 100 ms, before the first failed at 300 ms.
    expect(order).toEqual(["first claimed", "first failed", "second claimed"]);
    // And now a third finds it used, without running its effect.
    expect(await useActionLink(prisma(), token, "yes", new Date(), slow("third", false))).toEqual({ status: "used" });
    expect(order).toHaveLength(3);
    expect((await snapshot(id)).links[0]?.usedAction).toBe("no");

    // Two links of one request (the ask's and the reminder's): the request's row lock makes the
    // second answer wait for the first, then see it.
    const other = await askedRequest();
    const [ask, reminder] = [await issue(other), await issue(other)];
    const yes = useActionLink(prisma(), ask.token, "yes", new Date(), async (tx, link, action) => {
      const answered = await answerAsTarget(tx, link.introRequestId, action);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return answered;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Its refusal is caught at once: it can come while `yes` is still awaited, and a rejection
    // with no handler yet is reported as unhandled (it failed a CI run so).
    const no = useActionLink(prisma(), reminder.token, "no", new Date(), (tx, link, action) =>
      answerAsTarget(tx, link.introRequestId, action),
    ).then(
      () => null,
      (error: unknown) => error,
    );
    expect(await yes).toMatchObject({ status: "done", result: { from: "awaiting_target", to: "accepted" } });
    expect(await no).toMatchObject({ name: "IllegalTransitionError", code: "already_answered" });
    const after = await snapshot(other);
    expect(after.request.state).toBe("accepted");
    expect(after.links.map((link) => link.usedAction).sort()).toEqual(["yes", null].sort());
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

  describe("with the effects plugged in", () => {
    const handed: { state: string; effects: readonly TransitionEffect[] }[] = [];
    let failing = false;
    const carryOutEffects: CarryOutEffects = async (tx, request, effects) => {
      // What the flow would do: write in the same transaction, or fail and roll everything back.
      await tx.introRequest.update({ where: { id: request.id }, data: { blurb: "effects ran" } });
      if (failing) throw new Error("the outbox is broken");
      handed.push({ state: request.state, effects });
    };
    let web: Awaited<ReturnType<typeof startWebApp>>;
    beforeAll(async () => {
      web = await startWebApp(product, { links: { carryOutEffects } });
    });
    afterAll(async () => {
      await web?.close();
    });

    it("hands the flow the effects other than protection, in the answer's transaction", async () => {
      const id = await askedRequest();
      const { token } = await issue(id);
      expect((await answer(token, "stop", web.url)).status).toBe(200);
      expect(handed).toEqual([
        {
          state: "declined_by_target",
          effects: [{ kind: "cancel_timers" }, { kind: "notify_connector", about: "target_opted_out" }],
        },
      ]);
      expect((await snapshot(id)).request.blurb).toBe("effects ran");
    });

    it("leaves the link unused and nothing changed when the effects fail, and never logs the token", async () => {
      const id = await askedRequest();
      const { token } = await issue(id);
      const before = await snapshot(id);
      failing = true;
      try {
        const page = await answer(token, "yes", web.url);
        expect(page.status).toBe(500);
        expect(page.body).toContain("your answer was not saved");
        expect(await snapshot(id)).toEqual(before);
      } finally {
        failing = false;
      }
      // A form too large for the links' parser: refused, logged without the token either.
      const big = await browser.request(`${web.url}/l/${token}`, { form: { action: "yes", filler: "x".repeat(4096) } });
      expect(big.status).toBe(413);
      expect(await snapshot(id)).toEqual(before);
      // The link still works afterwards.
      expect((await answer(token, "yes", web.url)).status).toBe(200);
      expect((await snapshot(id)).request.state).toBe("accepted");

      const logged = JSON.stringify(web.logs);
      expect(logged).toContain("/l/[token]");
      expect(logged).toContain("action link failed");
      expect(logged).not.toContain(token);
    });
  });
});
