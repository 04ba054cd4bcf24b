// Who may see and act on a request, over HTTP: another connector gets the same 404 as for a
// request that does not exist, a wrong CSRF token is refused, a malformed id is a 404 (never a
// 500), and a browser that is not signed in is sent to the home page.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BrowserSession } from "../support/browser-session.js";
import {
  alice,
  B,
  bob,
  bobsRequest,
  csrfOf,
  get,
  ids,
  listed,
  prisma,
  product,
  snapshot,
  useRequestsProduct,
} from "./request-pages-harness.js";

describe("the requests pages and their actions, over HTTP", () => {
  useRequestsProduct();

  it("another connector gets a 404 for the request and its actions, even with their own CSRF token", async () => {
    const bobCsrf = await csrfOf(bob);
    const before = await snapshot(ids.newest);
    const noSuch = await get(bob, `/requests/${randomUUID()}`);
    expect(noSuch.status).toBe(404);
    expect(noSuch.body).toContain("There is no such request.");

    const page = await get(bob, `/requests/${ids.newest}`);
    expect(page.status).toBe(404);
    // Word for word the answer for a request that does not exist: nothing tells them apart.
    expect(page.body).toBe(noSuch.body);
    const override = await bob.request(`${product.url}/requests/${ids.newest}/recommendation`, {
      form: { _csrf: bobCsrf, choice: "ask_target" },
    });
    expect(override.status).toBe(404);
    expect(override.body).toBe(noSuch.body);
    const protect = await bob.request(`${product.url}/requests/${ids.newest}/protection`, {
      form: { _csrf: bobCsrf, protect: "yes" },
    });
    expect(protect.status).toBe(404);
    expect(await snapshot(ids.newest)).toEqual(before);
    expect(await prisma().protectedTarget.count({ where: { connector: { email: B } } })).toBe(0);

    // Bob sees his own request only.
    expect(listed((await get(bob, "/requests")).body)).toEqual([bobsRequest]);
    expect((await get(bob, `/requests/${bobsRequest}`)).status).toBe(200);
  });

  it("refuses the connector's own action with a wrong CSRF token", async () => {
    const before = await snapshot(ids.newest);
    for (const path of ["recommendation", "protection"]) {
      const forged = await alice.request(`${product.url}/requests/${ids.newest}/${path}`, {
        form: { _csrf: "forged", choice: "ask_target", protect: "yes" },
      });
      expect(forged.status).toBe(403);
      expect(forged.body).toContain("This form has expired or did not come from SafeIntro");
      const missing = await alice.request(`${product.url}/requests/${ids.newest}/${path}`, {
        form: { choice: "ask_target", protect: "yes" },
      });
      expect(missing.status).toBe(403);
    }
    expect(await snapshot(ids.newest)).toEqual(before);
  });

  it("answers a malformed id with the same 404, never a 500", async () => {
    const csrf = await csrfOf(alice);
    const reference = await get(alice, `/requests/${randomUUID()}`);
    for (const id of ["not-a-uuid", "1'%20OR%20'1'='1", "00000000-0000-0000-0000-00000000000g", "%00"]) {
      const page = await get(alice, `/requests/${id}`);
      expect(page.status, id).toBe(404);
      expect(page.body).toBe(reference.body);
      const post = await alice.request(`${product.url}/requests/${id}/recommendation`, {
        form: { _csrf: csrf, choice: "decline" },
      });
      expect(post.status, id).toBe(404);
      const protect = await alice.request(`${product.url}/requests/${id}/protection`, {
        form: { _csrf: csrf, protect: "yes" },
      });
      expect(protect.status, id).toBe(404);
    }
  });

  it("sends a browser that is not signed in to the home page, and refuses its actions", async () => {
    const anonymous = new BrowserSession();
    for (const path of ["/requests", `/requests/${ids.newest}`, "/requests?state=detected"]) {
      const page = await get(anonymous, path);
      expect(page.status, path).toBe(303);
      expect(page.headers.get("location")).toBe("/");
    }
    const post = await anonymous.request(`${product.url}/requests/${ids.newest}/recommendation`, {
      form: { _csrf: "x", choice: "decline" },
    });
    expect(post.status).toBe(401);
  });
});
