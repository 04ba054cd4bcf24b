import { describe, expect, it } from "vitest";
import { html, page, trusted } from "../../src/http/html.js";
import { statusPage } from "../../src/http/pages.js";

describe("html", () => {
  it("escapes every interpolated value", () => {
    const name = `<script>alert("x")</script> & 'quotes'`;
    expect(html`<p title="${name}">${name}</p>`.__html).toBe(
      "<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>",
    );
  });

  it("inserts only markup built by html itself, and skips empty values", () => {
    const inner = html`<b>${"a<b"}</b>`;
    expect(html`<p>${inner}${null}${false}${undefined}${[html`<i>1</i>`, "2"]}</p>`.__html).toBe("<p><b>a&lt;b</b><i>1</i>2</p>");
    expect(html`${trusted("<hr>")}`.__html).toBe("<hr>");
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
          latestRequests: [{ requester: hostile, target: hostile, band: "low", score: 10, receivedAt: null }],
        },
      },
      hostile,
    );
    expect(markup).not.toContain("<img");
    expect(markup).toContain('<table id="requests">');
    expect(markup).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });
});
