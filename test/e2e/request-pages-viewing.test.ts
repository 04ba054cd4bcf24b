// What the requests pages show, over HTTP: the connector's list newest first with counts by
// state, its filters, the status page's links to it, and a request with its judgement (or word
// that it is not analysed yet, or that its analysis failed).
import { describe, expect, it } from "vitest";
import { alice, bobsRequest, get, ids, links, listed, useRequestsProduct } from "./request-pages-harness.js";

describe("the requests pages and their actions, over HTTP", () => {
  useRequestsProduct();

  it("lists the connector's requests newest first, with counts by state", async () => {
    const page = await get(alice, "/requests");
    expect(page.status).toBe(200);
    expect(listed(page.body)).toEqual([ids.newest, ids.failed, ids.overridden, ids.declined, ids.unanalysed]);
    expect(links(page.body)).toEqual(
      expect.arrayContaining([
        "All (5) → /requests",
        "Found (1) → /requests?state=detected",
        "Waiting for you (3) → /requests?state=awaiting_connector",
        "Declined by you (1) → /requests?state=declined_by_connector",
        `Nora Newest → /requests/${ids.newest}`,
      ]),
    );
    expect(page.body).toContain("<td>Suggest a call (your choice)</td>");
    expect(page.body).toContain("&lt;script&gt;alert(&quot;u&quot;)&lt;/script&gt;");
    expect(page.body).not.toContain("<script>");
    expect(page.body).not.toContain("Bob&#39;s Requester");
    expect(page.body).not.toContain(bobsRequest);
  });

  it("filters by state and by the recommendation in force, and says when nothing matches", async () => {
    expect(listed((await get(alice, "/requests?state=declined_by_connector")).body)).toEqual([ids.declined]);
    // The connector's choice counts, not SafeIntro's.
    expect(listed((await get(alice, "/requests?recommendation=suggest_call")).body)).toEqual([ids.overridden]);
    expect(listed((await get(alice, "/requests?recommendation=decline")).body)).toEqual([ids.newest, ids.declined]);
    expect(listed((await get(alice, "/requests?state=awaiting_connector&recommendation=decline")).body)).toEqual([
      ids.newest,
    ]);
    const none = await get(alice, "/requests?recommendation=ask_target");
    expect(none.status).toBe(200);
    expect(none.body).toContain("No requests match these filters.");
    expect(links(none.body)).toContain("Clear the filters → /requests");
    // Counts ignore the filter.
    expect(links(none.body)).toContain("All (5) → /requests");
    // The form's "any" values and unknown values are no filter.
    expect(listed((await get(alice, "/requests?state=&recommendation=")).body)).toHaveLength(5);
    expect(listed((await get(alice, "/requests?state=bogus&recommendation=%3Cb%3E")).body)).toHaveLength(5);
  });

  it("the status page links to the list and to each request", async () => {
    const status = await get(alice, "/");
    expect(links(status.body)).toEqual(
      expect.arrayContaining(["All requests → /requests", `Nora Newest → /requests/${ids.newest}`]),
    );
  });

  it("shows a request with its judgement, and says when it is not analysed or its analysis failed", async () => {
    const page = await get(alice, `/requests/${ids.newest}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("<h1>Request from Nora Newest</h1>");
    expect(page.body).toContain('<dd id="state">Waiting for you</dd>');
    expect(page.body).toContain("Mary Jones, HR, XYZ Corp");
    expect(page.body).toContain("found in your mail: Mary Jones &lt;mary@xyz.example&gt; (90% sure, by display name)");
    expect(page.body).toContain('<p id="specificity"><strong>85/100</strong>, high</p>');
    expect(page.body).toContain('<dd id="tie-requester"><strong>64/100</strong>, strong. 41 messages over 3 years');
    expect(page.body).toContain("<li>You barely know Mary Jones: 2 messages, one way.</li>");
    expect(page.body).toContain("<strong>Decline</strong>: SafeIntro's recommendation.");
    expect(page.body).toContain(">Protect this target</button>");
    expect(page.body).not.toContain('id="analysis-status"');

    const unanalysed = await get(alice, `/requests/${ids.unanalysed}`);
    expect(unanalysed.status).toBe(200);
    expect(unanalysed.body).toContain("<strong>Analysing…</strong>");
    expect(unanalysed.body).not.toContain("<script>");

    const failed = await get(alice, `/requests/${ids.failed}`);
    expect(failed.body).toContain(
      '<div class="problem" role="alert" id="analysis-problem"><strong>The analysis of this request failed.</strong> The database did not answer in time.',
    );
    expect(failed.body).toContain("SafeIntro tries again by itself");
  });
});
