import { afterEach, describe, expect, it } from "vitest";
import { BrowserSession } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { corpus, uniqueAddress } from "../support/mail.js";

describe("a reassigned address does not hand over a connector", () => {
  let product: RunningProduct | undefined;
  afterEach(async () => {
    await product?.stop();
    product = undefined;
  });

  it("the next holder of an address signs in to a connector of their own, with none of the first holder's requests", async () => {
    const address = uniqueAddress();
    product = await startProduct({ emulator: { mailboxes: { [address]: [corpus("high-01-mary-jones-hr.eml")] } } });
    const { prisma } = product.services;
    const first = new BrowserSession();
    await product.connect(first, address);
    const firstAccount = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    await eventually(() => prisma.introRequest.findFirst({ where: { connectorId: firstAccount.connectorId } }));
    expect((await first.request(`${product.url}/`)).body).toContain("Mary Jones");

    // A Workspace admin deletes the user and creates a new one with the same address.
    product.emulator.recreateAccount(address);
    const next = new BrowserSession();
    await product.connect(next, address);

    const accounts = await prisma.googleAccount.findMany({ where: { email: address }, orderBy: { createdAt: "asc" } });
    expect(accounts).toHaveLength(2);
    const [, nextAccount] = accounts;
    expect(nextAccount?.connectorId).not.toBe(firstAccount.connectorId);
    expect(nextAccount?.googleSubject).not.toBe(firstAccount.googleSubject);
    await eventually(
      async () =>
        (await prisma.googleAccount.findUniqueOrThrow({ where: { id: nextAccount?.id ?? "" } })).historyId !== null,
    );
    const nextPage = (await next.request(`${product.url}/`)).body;
    expect(nextPage).toContain('id="connected-address"');
    expect(nextPage).not.toContain("Mary Jones");
    // The first holder's data is theirs still, and their session never shows the new holder's.
    expect(await prisma.introRequest.count({ where: { connectorId: firstAccount.connectorId } })).toBe(1);
    expect(await prisma.googleAccount.count({ where: { id: firstAccount.id } })).toBe(1);
  });
});
