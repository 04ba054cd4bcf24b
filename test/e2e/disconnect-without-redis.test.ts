import { describe, expect, it } from "vitest";
import { freePort } from "../../src/dev/ports.js";
import { BrowserSession, formField } from "../support/browser-session.js";
import { uniqueAddress } from "../support/mail.js";
import { startProduct } from "../support/product-harness.js";

describe("disconnecting while Redis is unreachable", () => {
  it("still revokes the token and deletes everything: the queue's clean-up is best effort", async () => {
    const address = uniqueAddress();
    const product = await startProduct({
      emulator: { mailboxes: { [address]: [] } },
      env: { REDIS_URL: `redis://127.0.0.1:${await freePort()}` },
      workers: false,
    });
    try {
      const browser = new BrowserSession();
      await product.connect(browser, address);
      const { prisma } = product.services;
      const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
      const status = (await browser.navigate(`${product.url}/`)).at(-1)?.body ?? "";

      const pages = await browser.navigate(`${product.url}/disconnect`, {
        form: { _csrf: formField(status, "_csrf") ?? "" },
      });
      expect(pages.map((page) => page.status)).toEqual([303, 200]);
      expect(pages[0]?.headers.get("location")).toBe("/disconnected?revoked=1");
      expect(await prisma.connector.count({ where: { id: account.connectorId } })).toBe(0);
      expect(await prisma.googleAccount.count({ where: { id: account.id } })).toBe(0);
      expect(product.emulator.calls.some((call) => call.path === "/revoke" && call.status === 200)).toBe(true);
    } finally {
      await product.stop();
    }
  });
});
