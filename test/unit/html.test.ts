import { describe, expect, it } from "vitest";
import { html, trusted, TrustedHtml } from "../../src/http/html.js";
import { page } from "../../src/http/layout-page.js";
import { statusPage } from "../../src/http/pages.js";

const SCRIPT = "<script>alert(1)</script>";

describe("html", () => {
  it("escapes every interpolated value", () => {
    const name = `<script>alert("x")</script> & 'quotes'`;
    expect(html`<p title="${name}">${name}</p>`.toString()).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>',
    );
  });

  it("inserts only markup built by html itself, and skips empty values", () => {
    const inner = html`<b>${"a<b"}</b>`;
    expect(html`<p>${inner}${null}${false}${undefined}${[html`<i>1</i>`, "2"]}</p>`.toString()).toBe(
      "<p><b>a&lt;b</b><i>1</i>2</p>",
    );
    expect(html`${trusted("<hr>")}`.toString()).toBe("<hr>");
  });

  it("escapes an object shaped like trusted HTML: data from JSON is never markup", () => {
    // What a request body, a stored JSON column or an `any` could carry into a template.
    const fromJson: TrustedHtml = JSON.parse(JSON.stringify({ __html: SCRIPT }));
    const rendered = html`<p>${fromJson}</p><ul>${[fromJson]}</ul>`.toString();
    expect(rendered).not.toContain("<script>");
    expect(rendered).toBe("<p>[object Object]</p><ul>[object Object]</ul>");
  });

  it("escapes what an untrusted object's toString says", () => {
    const sneaky = { __html: SCRIPT, toString: () => SCRIPT } as unknown as TrustedHtml;
    expect(html`<p>${sneaky}</p>`.toString()).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });

  it("cannot be minted outside html.ts: not by the constructor, a subclass, or a copy of the prototype", () => {
    const Constructor = html`<b>real</b>`.constructor as new (mint: symbol, markup: string) => TrustedHtml;
    expect(() => new Constructor(Symbol("TrustedHtml mint"), SCRIPT)).toThrow(TypeError);
    class Forged extends TrustedHtml {
      constructor() {
        super(Symbol("TrustedHtml mint") as never, SCRIPT);
      }
    }
    expect(() => new Forged()).toThrow(TypeError);
    // No private field, so not trusted: reading it as markup fails instead of inserting anything.
    const copy = Object.create(TrustedHtml.prototype) as TrustedHtml;
    expect(TrustedHtml.isTrusted(copy)).toBe(false);
    expect(() => html`<p>${copy}</p>`).toThrow(TypeError);
    expect(TrustedHtml.isTrusted(html`<b>real</b>`)).toBe(true);
  });

  it("escapes the title of a page", () => {
    expect(page("<x>", html`body`)).toContain("<title>&lt;x&gt; · SafeIntro</title>");
  });

  it("escapes account details and reasons on the status page", () => {
    const hostile = `"><img src=x onerror=alert(1)>`;
    const markup = statusPage(
      {
        connectorEmail: hostile,
        account: {
          email: hostile,
          status: "needs_reconnect",
          statusReason: hostile,
          lastSyncAt: null,
          lastSyncError: hostile,
          firstSyncDone: false,
          watchExpiresAt: null,
          messagesSeen: 1,
          introRequestsFound: 1,
          latestRequests: [
            {
              id: "3f2b0c1e-5d6a-4b7c-8d9e-0f1a2b3c4d5e",
              requester: hostile,
              target: hostile,
              band: "low",
              score: 10,
              receivedAt: null,
              recommendation: null,
              overridden: false,
            },
          ],
        },
      },
      hostile,
    );
    expect(markup).not.toContain("<img");
    expect(markup).toContain('<table id="requests"');
    expect(markup).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });
});
