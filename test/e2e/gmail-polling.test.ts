import { afterAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { corpus, uniqueAddress } from "../support/mail.js";

describe("Gmail polling, when push is not configured", () => {
  let product: RunningProduct | undefined;
  afterAll(async () => {
    await product?.stop();
  });

  it("finds new intro requests within the polling interval, with no one asking", async () => {
    const address = uniqueAddress();
    product = await startProduct({ emulator: { mailboxes: { [address]: [] } }, env: { POLL_INTERVAL_SECONDS: "5" } });
    await product.connect(new BrowserSession(), address);
    const { prisma } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    await eventually(
      async () => (await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } })).historyId !== null,
    );

    await product.emulator.addMessage(address, corpus("high-01-mary-jones-hr.eml"));
    const arrived = Date.now();
    const request = await eventually(
      () => prisma.introRequest.findFirst({ where: { connectorId: account.connectorId } }),
      12_000,
    );
    expect(request.targetName).toBe("Mary Jones");
    expect(Date.now() - arrived).toBeLessThan(12_000);
    expect(product.emulator.pushDeliveries).toHaveLength(0);
  });
});
