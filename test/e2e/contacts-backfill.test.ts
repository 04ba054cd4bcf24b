import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { correspondence, historyMessage } from "../support/history-mail.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

/**
 * A mailbox synced before SafeIntro counted contacts: its messages are recorded as seen, its
 * counters empty. The backfill fetches their headers alone and counts each message once.
 */
describe("contacts backfill for mailboxes synced before counting existed", () => {
  let product: RunningProduct;
  const address = uniqueAddress();
  const connector = { name: "Sam Rivera", email: address };
  const now = new Date();

  beforeAll(async () => {
    const history = await correspondence(
      connector,
      { name: "Priya Raman", email: "priya@ledgerleaf.test" },
      { count: 12, everyDays: 20, now, topic: "Quarterly numbers" },
    );
    const group = await historyMessage({
      from: connector,
      to: Array.from({ length: 6 }, (_, index) => ({ name: `Guest ${index}`, email: `guest${index}@party.example` })),
      subject: "Party on Friday",
      date: now,
      sent: true,
    });
    product = await startProduct({
      emulator: { mailboxes: { [address]: [...history, group, corpus("high-02-oskar-lindqvist-cto.eml")] } },
    });
    await product.connect(new BrowserSession(), address);
  });
  afterAll(async () => {
    await product?.stop();
  });

  it("fetches headers only, within the quota, and ends with the counters a sync would have built", async () => {
    const { prisma, jobs } = product.services;
    const account = await eventually(() =>
      prisma.googleAccount.findFirst({ where: { email: address, historyId: { not: null } } }),
    );
    const counters = () =>
      prisma.contact.findMany({
        where: { accountId: account.id },
        orderBy: { email: "asc" },
        select: { email: true, displayName: true, sentMessages: true, receivedMessages: true, lastSentAt: true },
      });
    const months = () =>
      prisma.contactMonth.aggregate({
        where: { contact: { accountId: account.id } },
        _sum: { sentWeight: true, receivedWeight: true },
      });
    const built = { contacts: await counters(), months: await months() };
    expect(built.contacts.find((contact) => contact.email === "priya@ledgerleaf.test")).toMatchObject({
      sentMessages: 6,
      receivedMessages: 7,
    });

    // As before this feature: every message seen, no counter.
    await prisma.contact.deleteMany({ where: { accountId: account.id } });
    const seen = await prisma.syncedMessage.updateMany({
      where: { accountId: account.id },
      data: { contactsCounted: false },
    });
    const callsBefore = product.emulator.calls.length;

    await jobs.requestSync(account.id, "manual");
    await eventually(
      async () =>
        (await prisma.syncedMessage.count({ where: { accountId: account.id, contactsCounted: false } })) === 0,
      20_000,
    );
    // Running it again (a retried job, a second worker) counts nothing more.
    await jobs.requestContactCount(account.id);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    expect({ contacts: await counters(), months: await months() }).toEqual(built);
    const gets = product.emulator.calls
      .slice(callsBefore)
      .filter((call) => call.method === "GET" && /\/messages\/[^/]+$/.test(call.path));
    // One metadata get per message, outside batches (format=raw comes in batches), 5 units each.
    expect(gets).toHaveLength(seen.count);
    expect(gets.every((call) => !call.batch && call.units === 5 && call.status === 200)).toBe(true);
  });
});
