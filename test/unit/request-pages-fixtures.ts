// Shared by the tests of the request pages: a hostile value and its escaped form, a request id,
// a CSRF token, and the check that no markup was injected.
import { expect } from "vitest";

/** Breaks out of an attribute and out of text: whatever a sender or a display name could carry. */
export const HOSTILE = `"><script>alert('x')</script><img src=x onerror=alert(1)>`;
export const ESCAPED = "&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";
export const ID = "0b6c5a52-7a42-4c39-9d0e-2f1f8b1d6a11";
export const CSRF = "csrf-token-value";

export function expectNoInjectedMarkup(markup: string): void {
  expect(markup).not.toContain("<script");
  expect(markup).not.toContain("<img");
  expect(markup).not.toContain("onerror=alert(1)>");
}
