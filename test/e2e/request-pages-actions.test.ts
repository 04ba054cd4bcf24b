// The connector's actions on a request's page, over HTTP: their own recommendation (an event on
// the timeline; only the four choices), and protecting the target and lifting it again, under
// the address or the name the request gives.
import { Queue } from "bullmq";
import { describe, expect, it } from "vitest";
import { ANALYSIS_QUEUE } from "../../src/queue/index.js";
import { formField } from "../support/browser-session.js";
import {
  A,
  alice,
  csrfOf,
  get,
  ids,
  last,
  prisma,
  product,
  snapshot,
  useRequestsProduct,
} from "./request-pages-harness.js";

describe("the requests pages and their actions, over HTTP", () => {
  useRequestsProduct();

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
});
