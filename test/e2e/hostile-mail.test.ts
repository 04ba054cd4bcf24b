import { afterEach, describe, expect, it } from "vitest";
import { BrowserSession } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { corpus, uniqueAddress } from "../support/mail.js";

/** A plain-text message whose body is `body`: what anyone who can email a connector can send. */
function hostileMessage(address: string, subject: string, body: string): Buffer {
  return Buffer.from(
    `From: Mallory <mallory@attacker.example>\r\nTo: ${address}\r\nSubject: ${subject}\r\nDate: Tue, 03 Mar 2026 09:14:00 +0000\r\nMessage-ID: <${subject}@attacker.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nCould you introduce me to Mary Jones? ${body}`,
  );
}

describe("hostile mail cannot freeze SafeIntro", () => {
  let product: RunningProduct | undefined;
  afterEach(async () => {
    await product?.stop();
    product = undefined;
  });

  it("a message that runs over the time limit is recorded as seen, with its reason, and the sync goes on", async () => {
    const address = uniqueAddress();
    // 12 MB cannot even be handed to a thread within 1 ms: this message always runs over.
    const huge = hostileMessage(address, "huge", "word ".repeat(2_400_000));
    const mailbox = [huge, corpus("high-01-mary-jones-hr.eml"), corpus("high-02-oskar-lindqvist-cto.eml")];
    product = await startProduct({ emulator: { mailboxes: { [address]: mailbox } }, env: { ANALYSIS_TIME_LIMIT_MS: "1" } });
    await product.connect(new BrowserSession(), address);
    const { prisma } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });

    const done = await eventually(async () => {
      const row = await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });
      return row.historyId !== null ? row : null;
    }, 25_000);
    expect(done.lastSyncError).toBeNull();
    const rows = await prisma.syncedMessage.findMany({ where: { accountId: account.id } });
    expect(rows).toHaveLength(mailbox.length);
    const hugeRow = rows.find((row) => row.internalDate?.toISOString() === "2026-03-03T09:14:00.000Z");
    expect(hugeRow?.skipReason).toBe("time_limit");
    expect(hugeRow?.isIntroRequest).toBe(false);
  });
});
