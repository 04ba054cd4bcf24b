// Shared by the tests of the connector's actions (request-actions-*.test.ts): three corpus
// requests reach a real mailbox, are synced and analysed by the workers, and wait for the
// connector (A, signed in as alice; B, as bob, has none). Helpers post the action forms, read
// what an action could change, and A's sent mail. Call useActionsProduct() in the describe.
import { afterAll, beforeAll, expect } from "vitest";
import { BrowserSession, type Form, formField, type Page } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

export const MARY = "mary.jones@xyzcorp.example";
export const NOTE = `Mary, I think you'd like Alex — "worth 20 minutes" <honestly>.`;
export const NOTE_SHOWN = "Mary, I think you&#39;d like Alex — &quot;worth 20 minutes&quot; &lt;honestly&gt;.";
export const DAY_MS = 86_400_000;

/** The text as a page shows it: escaped, each run of white space one space. */
export function shown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    .replace(/\s+/g, " ");
}
export const oneLine = (markup: string) => markup.replace(/\s+/g, " ");

export let product: RunningProduct;
export const A = uniqueAddress();
export const B = uniqueAddress();
export const alice = new BrowserSession();
export const bob = new BrowserSession();
/** A's requests by requester: Alex → Mary (ask the target), Sasha → Tobias (decline), Priya → Oskar (snooze). */
export const ids = { alex: "", sasha: "", priya: "" };

export const prisma = () => product.services.prisma;
export const last = (pages: Page[]): Page => {
  const page = pages.at(-1);
  if (!page) throw new Error("no page");
  return page;
};
export const get = (browser: BrowserSession, path: string) => browser.request(`${product.url}${path}`);
export const post = (browser: BrowserSession, path: string, form: Form) =>
  browser.request(`${product.url}${path}`, { method: "POST", form });
export const act = (id: string, action: string) => `/requests/${id}/act/${action}`;
export const csrfOf = (page: Page): string => {
  const token = formField(page.body, "_csrf");
  if (!token) throw new Error(`no CSRF token on ${page.url}`);
  return token;
};
/** Everything an action could change about a request. */
export const snapshot = async (id: string) => {
  const row = await prisma().introRequest.findUniqueOrThrow({ where: { id } });
  return {
    state: row.state,
    reason: row.reason,
    ask: row.ask,
    targetEmail: row.targetEmail,
    snoozedUntil: row.snoozedUntil,
    reminderDueAt: row.reminderDueAt,
    events: await prisma().introRequestEvent.count({ where: { introRequestId: id } }),
    outbox: await prisma().outboxEmail.count({ where: { introRequestId: id } }),
  };
};
/** A's sent mail as text, by recipient. */
export const sentTo = (address: string) =>
  product.emulator
    .mailbox(A)
    .list()
    .filter((message) => message.labelIds.includes("SENT") && message.toAddresses.includes(address));

/** Starts the product before the file's tests and waits until A's three requests are analysed; stops it after. */
export function useActionsProduct(): void {
  beforeAll(async () => {
    const mailbox = [
      corpus("high-01-mary-jones-hr.eml"),
      corpus("low-07-tobias-reinholt-qp.eml"),
      corpus("high-02-oskar-lindqvist-cto.eml"),
    ];
    product = await startProduct({ emulator: { mailboxes: { [A]: mailbox, [B]: [] } } });
    await product.connect(alice, A);
    await product.connect(bob, B);
    const connectorId = (await prisma().connector.findFirstOrThrow({ where: { email: A } })).id;
    // Synced and analysed: the first full sync done, each request waiting for the connector.
    const requests = await eventually(async () => {
      const account = await prisma().googleAccount.findFirstOrThrow({ where: { email: A } });
      if (account.historyId === null || account.lastSyncAt === null) return null;
      const rows = await prisma().introRequest.findMany({ where: { connectorId } });
      const judged = rows.every((row) => row.state === "awaiting_connector" && row.analyzedAt !== null);
      return rows.length === 3 && judged ? rows : null;
    }, 30_000);
    const idOf = (email: string) => requests.find((row) => row.requesterEmail === email)?.id ?? "";
    ids.alex = idOf("alex@northwind.example");
    ids.sasha = idOf("sasha@mintleaf.example");
    ids.priya = idOf("priya@ledgerleaf.test");
    expect(Object.values(ids).every(Boolean)).toBe(true);
  }, 60_000);
  afterAll(async () => {
    await product?.stop();
  });
}
