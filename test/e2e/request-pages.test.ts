import { randomUUID } from "node:crypto";
import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "../../src/db/index.js";
import { ANALYSIS_QUEUE } from "../../src/queue/index.js";
import type { Judgement } from "../../src/relationships/types.js";
import { BrowserSession, formField, type Page } from "../support/browser-session.js";
import { uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

/** The links of a page, as "label → href". */
function links(body: string): string[] {
  return [...body.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((match) => `${match[2]} → ${match[1]}`);
}

/** The ids of the requests a requests page lists, in its order. */
function listed(body: string): string[] {
  const table = body.slice(body.indexOf('<table id="request-list"'));
  return body.includes('<table id="request-list"')
    ? [...table.matchAll(/<a href="\/requests\/([0-9a-f-]{36})">/g)].map((match) => match[1] ?? "")
    : [];
}

function judgementOf(overrides: Partial<Judgement> = {}): Judgement {
  return {
    version: 1,
    computedAt: "2026-03-10T12:00:00.000Z",
    target: {
      status: "resolved",
      email: "mary@xyz.example",
      displayName: "Mary Jones",
      confidence: 0.9,
      matchedBy: "display name",
    },
    ties: {
      requester: { score: 64, band: "strong", evidence: "41 messages over 3 years, both ways" },
      target: { score: 8, band: "weak", evidence: "2 messages, one way, last 2 years ago" },
      requesterTarget: { score: 0, band: "none", evidence: "no thread with both of them" },
    },
    ledger: {
      madeForRequester: 2,
      madeByRequester: 0,
      previousRequests: { total: 1, introduced: 1, declined: 0, open: 0 },
    },
    protection: { requestsLast90Days: 3, pastDeclines: 1, isProtected: false },
    recommendation: "decline",
    reasons: [{ rule: "weak_target_tie", text: "You barely know Mary Jones: 2 messages, one way." }],
    ...overrides,
  };
}

/** A judgement as the analysis job stores it. */
function judgement(overrides: Partial<Judgement> = {}): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(judgementOf(overrides))) as Prisma.InputJsonValue;
}

describe("the requests pages and their actions, over HTTP", () => {
  let product: RunningProduct;
  const A = uniqueAddress();
  const B = uniqueAddress();
  const alice = new BrowserSession();
  const bob = new BrowserSession();
  /** A's requests, by what each is for. */
  const ids = { newest: "", failed: "", overridden: "", declined: "", unanalysed: "" };
  let bobsRequest = "";

  const prisma = () => product.services.prisma;
  const get = async (browser: BrowserSession, path: string): Promise<Page> => browser.request(`${product.url}${path}`);
  const last = (pages: Page[]): Page => {
    const page = pages.at(-1);
    if (!page) throw new Error("no page");
    return page;
  };
  const csrfOf = async (browser: BrowserSession): Promise<string> => {
    const token = formField((await get(browser, "/")).body, "_csrf");
    if (!token) throw new Error("the status page has no CSRF token");
    return token;
  };
  /** What A's request is, for "unchanged" checks: its row, its events, A's protected targets. */
  const snapshot = async (id: string) => ({
    request: await prisma().introRequest.findUniqueOrThrow({ where: { id } }),
    events: await prisma().introRequestEvent.count({ where: { introRequestId: id } }),
    protectedTargets: await prisma().protectedTarget.count({ where: { connector: { email: A } } }),
  });

  async function insert(connectorId: string, data: Partial<Prisma.IntroRequestUncheckedCreateInput>): Promise<string> {
    const row = await prisma().introRequest.create({
      data: {
        connectorId,
        sourceKey: randomUUID(),
        requesterEmail: `${randomUUID().slice(0, 8)}@requesters.example`,
        specificityScore: 55,
        specificityBand: "medium",
        ...data,
      },
    });
    return row.id;
  }

  beforeAll(async () => {
    // No workers: the inserted requests stay as inserted, and a queued re-analysis stays queued to be seen.
    product = await startProduct({ emulator: { mailboxes: { [A]: [], [B]: [] } }, workers: false });
    await product.connect(alice, A);
    await product.connect(bob, B);
    const connectorA = (await prisma().connector.findFirstOrThrow({ where: { email: A } })).id;
    const connectorB = (await prisma().connector.findFirstOrThrow({ where: { email: B } })).id;
    ids.newest = await insert(connectorA, {
      requesterName: "Nora Newest",
      targetName: "Mary Jones",
      targetRole: "HR",
      targetOrganization: "XYZ Corp",
      targetKey: "mary@xyz.example",
      reason: "she built the benefits program at XYZ",
      specificityScore: 85,
      specificityBand: "high",
      specificitySignals: [
        { id: "named_target", present: true, points: 20, evidence: "Mary Jones" },
        { id: "vague_ask", present: false, points: 0, evidence: null },
      ],
      state: "awaiting_connector",
      recommendation: "decline",
      judgement: judgement(),
      analyzedAt: new Date("2026-03-10T12:00:00Z"),
      receivedAt: new Date("2026-03-10T09:00:00Z"),
    });
    ids.failed = await insert(connectorA, {
      requesterName: "Fay Failed",
      targetName: "Leo Park",
      state: "awaiting_connector",
      // Not a version-1 judgement: read as none.
      judgement: { version: 2, whatever: true },
      analysisError: "The database did not answer in time.",
      receivedAt: new Date("2026-03-08T09:00:00Z"),
    });
    ids.overridden = await insert(connectorA, {
      requesterName: "Olga Overridden",
      targetName: "Sam Lee",
      targetKey: "name:sam lee",
      state: "awaiting_connector",
      recommendation: "ask_target",
      recommendationOverride: "suggest_call",
      judgement: judgement({ recommendation: "ask_target" }),
      analyzedAt: new Date("2026-03-05T12:00:00Z"),
      receivedAt: new Date("2026-03-05T09:00:00Z"),
    });
    ids.declined = await insert(connectorA, {
      requesterName: "Dan Declined",
      state: "declined_by_connector",
      recommendation: "decline",
      judgement: judgement({
        target: null,
        ties: { requester: judgementOf().ties.requester, target: null, requesterTarget: null },
      }),
      analyzedAt: new Date("2026-03-01T12:00:00Z"),
      receivedAt: new Date("2026-03-01T09:00:00Z"),
    });
    ids.unanalysed = await insert(connectorA, {
      requesterName: `<script>alert("u")</script>`,
      targetName: "Kim Unanalysed",
      state: "detected",
      receivedAt: null,
    });
    bobsRequest = await insert(connectorB, { requesterName: "Bob's Requester", state: "awaiting_connector" });
  });
  afterAll(async () => {
    await product?.stop();
  });

  it("lists the connector's requests newest first, with counts by state", async () => {
    const page = await get(alice, "/requests");
    expect(page.status).toBe(200);
    expect(listed(page.body)).toEqual([ids.newest, ids.failed, ids.overridden, ids.declined, ids.unanalysed]);
    expect(links(page.body)).toEqual(
      expect.arrayContaining([
        "All (5) → /requests",
        "Found (1) → /requests?state=detected",
        "Waiting for you (3) → /requests?state=awaiting_connector",
        "Declined by you (1) → /requests?state=declined_by_connector",
        `Nora Newest → /requests/${ids.newest}`,
      ]),
    );
    expect(page.body).toContain("<td>Suggest a call (your choice)</td>");
    expect(page.body).toContain("&lt;script&gt;alert(&quot;u&quot;)&lt;/script&gt;");
    expect(page.body).not.toContain("<script>");
    expect(page.body).not.toContain("Bob&#39;s Requester");
    expect(page.body).not.toContain(bobsRequest);
  });

  it("filters by state and by the recommendation in force, and says when nothing matches", async () => {
    expect(listed((await get(alice, "/requests?state=declined_by_connector")).body)).toEqual([ids.declined]);
    // The connector's choice counts, not SafeIntro's.
    expect(listed((await get(alice, "/requests?recommendation=suggest_call")).body)).toEqual([ids.overridden]);
    expect(listed((await get(alice, "/requests?recommendation=decline")).body)).toEqual([ids.newest, ids.declined]);
    expect(listed((await get(alice, "/requests?state=awaiting_connector&recommendation=decline")).body)).toEqual([
      ids.newest,
    ]);
    const none = await get(alice, "/requests?recommendation=ask_target");
    expect(none.status).toBe(200);
    expect(none.body).toContain("No requests match these filters.");
    expect(links(none.body)).toContain("Clear the filters → /requests");
    // Counts ignore the filter.
    expect(links(none.body)).toContain("All (5) → /requests");
    // The form's "any" values and unknown values are no filter.
    expect(listed((await get(alice, "/requests?state=&recommendation=")).body)).toHaveLength(5);
    expect(listed((await get(alice, "/requests?state=bogus&recommendation=%3Cb%3E")).body)).toHaveLength(5);
  });

  it("the status page links to the list and to each request", async () => {
    const status = await get(alice, "/");
    expect(links(status.body)).toEqual(
      expect.arrayContaining(["All requests → /requests", `Nora Newest → /requests/${ids.newest}`]),
    );
  });

  it("shows a request with its judgement, and says when it is not analysed or its analysis failed", async () => {
    const page = await get(alice, `/requests/${ids.newest}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("<h1>Request from Nora Newest</h1>");
    expect(page.body).toContain('<dd id="state">Waiting for you</dd>');
    expect(page.body).toContain("Mary Jones, HR, XYZ Corp");
    expect(page.body).toContain("found in your mail: Mary Jones &lt;mary@xyz.example&gt; (90% sure, by display name)");
    expect(page.body).toContain('<p id="specificity"><strong>85/100</strong>, high</p>');
    expect(page.body).toContain('<dd id="tie-requester"><strong>64/100</strong>, strong. 41 messages over 3 years');
    expect(page.body).toContain("<li>You barely know Mary Jones: 2 messages, one way.</li>");
    expect(page.body).toContain("<strong>Decline</strong>: SafeIntro's recommendation.");
    expect(page.body).toContain(">Protect this target</button>");
    expect(page.body).not.toContain('id="analysis-status"');

    const unanalysed = await get(alice, `/requests/${ids.unanalysed}`);
    expect(unanalysed.status).toBe(200);
    expect(unanalysed.body).toContain("<strong>Analysing…</strong>");
    expect(unanalysed.body).not.toContain("<script>");

    const failed = await get(alice, `/requests/${ids.failed}`);
    expect(failed.body).toContain(
      '<div class="problem" role="alert" id="analysis-problem"><strong>The analysis of this request failed.</strong> The database did not answer in time.',
    );
    expect(failed.body).toContain("SafeIntro tries again by itself");
  });

  it("saves the connector's own recommendation, with an event on the timeline", async () => {
    const pageBefore = await get(alice, `/requests/${ids.newest}`);
    const csrf = formField(pageBefore.body, "_csrf") ?? "";
    const pages = await alice.navigate(`${product.url}/requests/${ids.newest}/recommendation`, {
      form: { _csrf: csrf, choice: "ask_target" },
    });
    expect(pages.map((page) => page.status)).toEqual([303, 200]);
    expect(pages[0]?.headers.get("location")).toBe(`/requests/${ids.newest}?notice=recommendation`);
    const after = last(pages).body;
    expect(after).toContain('<p class="notice" role="status">Your choice is saved.</p>');
    expect(after).toContain("<strong>Ask the target</strong>: your choice. SafeIntro recommends “Decline”.");
    expect(after).toContain("Recommendation changed from “Decline” to “Ask the target”");
    const stored = await prisma().introRequest.findUniqueOrThrow({ where: { id: ids.newest } });
    expect(stored.recommendationOverride).toBe("ask_target");
    const events = await prisma().introRequestEvent.findMany({
      where: { introRequestId: ids.newest, kind: "override" },
    });
    expect(events).toEqual([
      expect.objectContaining({
        fromState: "awaiting_connector",
        toState: "awaiting_connector",
        actor: "connector",
        reason: "Recommendation changed from “Decline” to “Ask the target”",
      }),
    ]);

    // Back to SafeIntro's own: no override left, and the timeline says so.
    await alice.navigate(`${product.url}/requests/${ids.newest}/recommendation`, {
      form: { _csrf: csrf, choice: "decline" },
    });
    expect(
      (await prisma().introRequest.findUniqueOrThrow({ where: { id: ids.newest } })).recommendationOverride,
    ).toBeNull();
    expect((await get(alice, `/requests/${ids.newest}`)).body).toContain(
      "Recommendation changed from “Ask the target” to “Decline”, SafeIntro&#39;s own recommendation",
    );

    // Only the four choices: anything else is a 400 and changes nothing.
    const before = await snapshot(ids.newest);
    for (const choice of ["maybe", "", "ASK_TARGET"]) {
      const refused = await alice.request(`${product.url}/requests/${ids.newest}/recommendation`, {
        form: { _csrf: csrf, choice },
      });
      expect(refused.status).toBe(400);
    }
    const missing = await alice.request(`${product.url}/requests/${ids.newest}/recommendation`, {
      form: { _csrf: csrf },
    });
    expect(missing.status).toBe(400);
    expect(await snapshot(ids.newest)).toEqual(before);
  });

  it("protects the target and stops, with events, and asks for the recommendation to be worked out again", async () => {
    const csrf = await csrfOf(alice);
    const queue = new Queue(ANALYSIS_QUEUE, { connection: product.services.redis, prefix: product.services.prefix });
    try {
      const pages = await alice.navigate(`${product.url}/requests/${ids.newest}/protection`, {
        form: { _csrf: csrf, protect: "yes" },
      });
      expect(pages.map((page) => page.status)).toEqual([303, 200]);
      expect(pages[0]?.headers.get("location")).toBe(`/requests/${ids.newest}?notice=protected`);
      expect(last(pages).body).toContain('<dd id="protected">yes');
      expect(last(pages).body).toContain(">Stop protecting this target</button>");
      expect(last(pages).body).toContain("Protected Mary Jones: SafeIntro asks you before any request reaches them");
      const connector = await prisma().connector.findFirstOrThrow({ where: { email: A } });
      expect(await prisma().protectedTarget.findMany({ where: { connectorId: connector.id } })).toEqual([
        expect.objectContaining({ targetKey: "mary@xyz.example", label: "Mary Jones" }),
      ]);
      const jobs = await queue.getJobs(["waiting", "prioritized", "delayed", "active"]);
      expect(jobs.map((job) => (job.data as { introRequestId: string }).introRequestId)).toContain(ids.newest);

      // Again: nothing changes, no second event.
      const again = await alice.navigate(`${product.url}/requests/${ids.newest}/protection`, {
        form: { _csrf: csrf, protect: "yes" },
      });
      expect(again[0]?.headers.get("location")).toBe(`/requests/${ids.newest}?notice=already-protected`);

      const off = await alice.navigate(`${product.url}/requests/${ids.newest}/protection`, {
        form: { _csrf: csrf, protect: "no" },
      });
      expect(off[0]?.headers.get("location")).toBe(`/requests/${ids.newest}?notice=unprotected`);
      expect(last(off).body).toContain('<dd id="protected">no</dd>');
      expect(last(off).body).toContain("Stopped protecting Mary Jones");
      expect(await prisma().protectedTarget.count({ where: { connectorId: connector.id } })).toBe(0);
      expect(
        (await prisma().introRequestEvent.findMany({ where: { introRequestId: ids.newest, kind: "protection" } })).map(
          (event) => [event.actor, event.fromState, event.toState],
        ),
      ).toEqual([
        ["connector", "awaiting_connector", "awaiting_connector"],
        ["connector", "awaiting_connector", "awaiting_connector"],
      ]);

      // No target key (not analysed yet): a plain 409; anything but yes/no: a 400.
      const noTarget = await alice.request(`${product.url}/requests/${ids.unanalysed}/protection`, {
        form: { _csrf: csrf, protect: "yes" },
      });
      expect(noTarget.status).toBe(409);
      expect(noTarget.body).toContain("there is no target to protect");
      const bad = await alice.request(`${product.url}/requests/${ids.newest}/protection`, {
        form: { _csrf: csrf, protect: "maybe" },
      });
      expect(bad.status).toBe(400);
    } finally {
      await queue.close();
    }
  });

  it("shows a target protected under the name the request gives as protected, and lifts that too", async () => {
    const csrf = await csrfOf(alice);
    const connector = await prisma().connector.findFirstOrThrow({ where: { email: A } });
    // Protected from an earlier request that named her without an address.
    await prisma().protectedTarget.create({
      data: { connectorId: connector.id, targetKey: "name:mary jones", label: "Mary Jones" },
    });
    expect((await get(alice, `/requests/${ids.newest}`)).body).toContain(">Stop protecting this target</button>");
    const off = await alice.navigate(`${product.url}/requests/${ids.newest}/protection`, {
      form: { _csrf: csrf, protect: "no" },
    });
    expect(off[0]?.headers.get("location")).toBe(`/requests/${ids.newest}?notice=unprotected`);
    expect(last(off).body).toContain('<dd id="protected">no</dd>');
    expect(await prisma().protectedTarget.count({ where: { connectorId: connector.id } })).toBe(0);
  });

  it("another connector gets a 404 for the request and its actions, even with their own CSRF token", async () => {
    const bobCsrf = await csrfOf(bob);
    const before = await snapshot(ids.newest);
    const noSuch = await get(bob, `/requests/${randomUUID()}`);
    expect(noSuch.status).toBe(404);
    expect(noSuch.body).toContain("There is no such request.");

    const page = await get(bob, `/requests/${ids.newest}`);
    expect(page.status).toBe(404);
    // Word for word the answer for a request that does not exist: nothing tells them apart.
    expect(page.body).toBe(noSuch.body);
    const override = await bob.request(`${product.url}/requests/${ids.newest}/recommendation`, {
      form: { _csrf: bobCsrf, choice: "ask_target" },
    });
    expect(override.status).toBe(404);
    expect(override.body).toBe(noSuch.body);
    const protect = await bob.request(`${product.url}/requests/${ids.newest}/protection`, {
      form: { _csrf: bobCsrf, protect: "yes" },
    });
    expect(protect.status).toBe(404);
    expect(await snapshot(ids.newest)).toEqual(before);
    expect(await prisma().protectedTarget.count({ where: { connector: { email: B } } })).toBe(0);

    // Bob sees his own request only.
    expect(listed((await get(bob, "/requests")).body)).toEqual([bobsRequest]);
    expect((await get(bob, `/requests/${bobsRequest}`)).status).toBe(200);
  });

  it("refuses the connector's own action with a wrong CSRF token", async () => {
    const before = await snapshot(ids.newest);
    for (const path of ["recommendation", "protection"]) {
      const forged = await alice.request(`${product.url}/requests/${ids.newest}/${path}`, {
        form: { _csrf: "forged", choice: "ask_target", protect: "yes" },
      });
      expect(forged.status).toBe(403);
      expect(forged.body).toContain("This form has expired or did not come from SafeIntro");
      const missing = await alice.request(`${product.url}/requests/${ids.newest}/${path}`, {
        form: { choice: "ask_target", protect: "yes" },
      });
      expect(missing.status).toBe(403);
    }
    expect(await snapshot(ids.newest)).toEqual(before);
  });

  it("answers a malformed id with the same 404, never a 500", async () => {
    const csrf = await csrfOf(alice);
    const reference = await get(alice, `/requests/${randomUUID()}`);
    for (const id of ["not-a-uuid", "1'%20OR%20'1'='1", "00000000-0000-0000-0000-00000000000g", "%00"]) {
      const page = await get(alice, `/requests/${id}`);
      expect(page.status, id).toBe(404);
      expect(page.body).toBe(reference.body);
      const post = await alice.request(`${product.url}/requests/${id}/recommendation`, {
        form: { _csrf: csrf, choice: "decline" },
      });
      expect(post.status, id).toBe(404);
      const protect = await alice.request(`${product.url}/requests/${id}/protection`, {
        form: { _csrf: csrf, protect: "yes" },
      });
      expect(protect.status, id).toBe(404);
    }
  });

  it("sends a browser that is not signed in to the home page, and refuses its actions", async () => {
    const anonymous = new BrowserSession();
    for (const path of ["/requests", `/requests/${ids.newest}`, "/requests?state=detected"]) {
      const page = await get(anonymous, path);
      expect(page.status, path).toBe(303);
      expect(page.headers.get("location")).toBe("/");
    }
    const post = await anonymous.request(`${product.url}/requests/${ids.newest}/recommendation`, {
      form: { _csrf: "x", choice: "decline" },
    });
    expect(post.status).toBe(401);
  });
});
