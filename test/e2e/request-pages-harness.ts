// Shared by the requests pages' tests (request-pages-*.test.ts): one product without workers
// (the inserted requests stay as inserted, and a queued re-analysis stays queued to be seen),
// connectors A and B signed in as alice and bob, A's five requests (one for each thing a page
// shows) and one of B's; and readers of what a page lists and links to. Call
// useRequestsProduct() in the describe; `product` and `bobsRequest` are set once it has run.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import type { Prisma } from "../../src/db/index.js";
import type { Judgement } from "../../src/relationships/types.js";
import { BrowserSession, formField, type Page } from "../support/browser-session.js";
import { uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

/** The links of a page, as "label → href". */
export function links(body: string): string[] {
  return [...body.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((match) => `${match[2]} → ${match[1]}`);
}

/** The ids of the requests a requests page lists, in its order. */
export function listed(body: string): string[] {
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

export let product: RunningProduct;
export const A = uniqueAddress();
export const B = uniqueAddress();
export const alice = new BrowserSession();
export const bob = new BrowserSession();
/** A's requests, by what each is for. */
export const ids = { newest: "", failed: "", overridden: "", declined: "", unanalysed: "" };
export let bobsRequest = "";

export const prisma = () => product.services.prisma;
export const get = async (browser: BrowserSession, path: string): Promise<Page> =>
  browser.request(`${product.url}${path}`);
export const last = (pages: Page[]): Page => {
  const page = pages.at(-1);
  if (!page) throw new Error("no page");
  return page;
};
export const csrfOf = async (browser: BrowserSession): Promise<string> => {
  const token = formField((await get(browser, "/")).body, "_csrf");
  if (!token) throw new Error("the status page has no CSRF token");
  return token;
};
/** What A's request is, for "unchanged" checks: its row, its events, A's protected targets. */
export const snapshot = async (id: string) => ({
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

/** Starts the product before the file's tests, with A and B connected and their requests inserted; stops it after. */
export function useRequestsProduct(): void {
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
}
