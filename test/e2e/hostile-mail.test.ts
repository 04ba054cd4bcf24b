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

/** Shapes that once took the analysis seconds to minutes per 100 KB (each about 1.5 MB here). */
const SHAPES: Record<string, string> = {
  dashes: "-".repeat(1_500_000),
  "letters without spaces or @": "a".repeat(1_500_000),
  "dotted runs": "a.".repeat(750_000),
  "many short lines": "word\n".repeat(300_000),
};

describe("hostile mail cannot freeze SafeIntro", () => {
  let product: RunningProduct | undefined;
  afterEach(async () => {
    await product?.stop();
    product = undefined;
  });

  it("the web app answers /healthz throughout while megabytes of hostile mail are analysed in the same process", async () => {
    const address = uniqueAddress();
    const mailbox = [
      ...Object.entries(SHAPES).map(([name, body]) => hostileMessage(address, name.replace(/\W+/g, "-"), body)),
      corpus("high-01-mary-jones-hr.eml"),
    ];
    product = await startProduct({ emulator: { mailboxes: { [address]: mailbox } } });
    const running = product;
    await running.connect(new BrowserSession(), address);
    const { prisma } = running.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });

    // Probe the web app while the workers (same process, same event loop) sync the mailbox.
    const probes: { ok: boolean; ms: number }[] = [];
    const synced = () => prisma.syncedMessage.count({ where: { accountId: account.id } });
    while ((await synced()) < mailbox.length) {
      const started = performance.now();
      const ok = await fetch(`${running.url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
        (response) => response.ok,
        () => false,
      );
      probes.push({ ok, ms: performance.now() - started });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(probes.length).toBeGreaterThan(0);
    expect(probes.filter((probe) => !probe.ok)).toEqual([]);

    // Every hostile message was analysed, none given up on, and the real request was found.
    const rows = await prisma.syncedMessage.findMany({ where: { accountId: account.id } });
    expect(rows.map((row) => row.skipReason)).toEqual(mailbox.map(() => null));
    const request = await prisma.introRequest.findFirst({
      where: {
        connectorId: account.connectorId,
        targetName: "Mary Jones",
        requesterEmail: { not: "mallory@attacker.example" },
      },
    });
    expect(request).not.toBeNull();
  });

  it("a message that runs over the time limit is recorded as seen, with its reason, and the sync goes on", async () => {
    const address = uniqueAddress();
    // 12 MB cannot even be handed to a thread within 1 ms: this message always runs over.
    const huge = hostileMessage(address, "huge", "word ".repeat(2_400_000));
    const mailbox = [huge, corpus("high-01-mary-jones-hr.eml"), corpus("high-02-oskar-lindqvist-cto.eml")];
    product = await startProduct({
      emulator: { mailboxes: { [address]: mailbox } },
      env: { ANALYSIS_TIME_LIMIT_MS: "1" },
    });
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
