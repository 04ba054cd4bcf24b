import { afterEach, describe, expect, it } from "vitest";
import { BrowserSession } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { someMessages, uniqueAddress } from "../support/mail.js";

describe("the emulator restarted under a SafeIntro that kept its database", () => {
  let product: RunningProduct | undefined;
  afterEach(async () => {
    await product?.stop();
    product = undefined;
  });

  it("new mail is still found: a cursor beyond the restarted mailbox's history is refused (404), not answered empty", async () => {
    const address = uniqueAddress();
    const [first, second, third, fresh] = someMessages(4);
    product = await startProduct({ emulator: { mailboxes: { [address]: [first ?? Buffer.alloc(0)] } } });
    const running = product;
    const { prisma } = running.services;
    await running.connect(new BrowserSession(), address);
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    await eventually(async () => (await prisma.syncedMessage.count({ where: { accountId: account.id } })) === 1);

    // Two more messages move SafeIntro's cursor past where the restarted mailbox will start again.
    for (const raw of [second, third]) await running.emulator.addMessage(address, raw ?? Buffer.alloc(0));
    await running.services.jobs.requestSync(account.id, "manual");
    await eventually(async () => (await prisma.syncedMessage.count({ where: { accountId: account.id } })) === 3);
    // The cursor moves once the sync has stored what it fetched: wait for it, not just for the rows.
    const mailboxHistory = BigInt(running.emulator.historyId(address));
    const cursor = await eventually(async () => {
      const { historyId } = await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });
      return historyId !== null && historyId >= mailboxHistory ? historyId : null;
    });

    // The restart: the mailbox as loaded at start, every grant and token gone.
    await running.emulator.reset();
    await running.emulator.addMessage(address, fresh ?? Buffer.alloc(0));
    expect(BigInt(running.emulator.historyId(address))).toBeLessThan(cursor ?? 0n);

    // Signing in again (the old tokens died with the restart) syncs from the stored cursor.
    await running.connect(new BrowserSession(), address);
    // A slow machine: the refused cursor, then a full sync of the restarted mailbox.
    await eventually(
      async () => (await prisma.syncedMessage.count({ where: { accountId: account.id } })) === 4,
      30_000,
    );
    expect(running.emulator.calls.some((call) => call.path.endsWith("/history") && call.status === 404)).toBe(true);
  }, 60_000);
});
