import { expect } from "vitest";
import { SEND_SCOPE } from "../../src/gmail/index.js";
import { answerConsentPage, type BrowserSession, formField, type Page } from "./browser-session.js";
import type { RunningProduct } from "./product-harness.js";

/**
 * The send-permission round a connector goes through before SafeIntro first sends: the page
 * that says why, Google's consent (the emulator's) with the one new line, and back. Checks
 * that the account can send afterwards.
 */
export async function allowSending(product: RunningProduct, browser: BrowserSession, address: string): Promise<void> {
  const asked = (await browser.navigate(`${product.url}/auth/google/send-permission?next=/requests`)).at(-1) as Page;
  const action = /<form method="post" action="([^"]+)"/.exec(asked.body)?.[1]?.replaceAll("&amp;", "&") ?? "";
  const consent = (
    await browser.navigate(new URL(action, product.url).toString(), {
      form: { _csrf: formField(asked.body, "_csrf") ?? "" },
    })
  ).at(-1) as Page;
  await answerConsentPage(browser, consent, address, []);
  const account = await product.services.prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
  expect(account.scopes.split(" ")).toContain(SEND_SCOPE);
}
