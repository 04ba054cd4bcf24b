// The connector's action forms that send nothing, on real requests: snoozing until a chosen day
// (and refusing a day out of range), the form's limits (the connector's words kept on the page),
// and who may post: another connector's request is unknown, and a form needs the session's token.
import { describe, expect, it } from "vitest";
import { BrowserSession } from "../support/browser-session.js";
import {
  act,
  alice,
  bob,
  csrfOf,
  DAY_MS,
  get,
  ids,
  post,
  snapshot,
  useActionsProduct,
} from "./request-actions-harness.js";

describe("the connector's actions: preview, wording, permission to send, and the emails", () => {
  useActionsProduct();

  it("snoozes until a chosen day, sending nothing, and refuses a day out of range", async () => {
    const before = await snapshot(ids.priya);
    const page = await get(alice, act(ids.priya, "snooze"));
    expect(page.status).toBe(200);
    expect(page.body).toContain('<input type="date" id="snoozeUntil" name="snoozeUntil"');
    const csrf = csrfOf(page);

    for (const day of [new Date(Date.now() - DAY_MS), new Date(Date.now() + 400 * DAY_MS)]) {
      const refused = await post(alice, act(ids.priya, "snooze"), {
        _csrf: csrf,
        snoozeUntil: day.toISOString().slice(0, 10),
      });
      expect(refused.status).toBe(400);
      expect(refused.body).toContain('id="form-problem"');
    }
    expect(await snapshot(ids.priya)).toEqual(before);

    const day = new Date(Date.now() + 3 * DAY_MS).toISOString().slice(0, 10);
    const done = await post(alice, act(ids.priya, "snooze"), { _csrf: csrf, snoozeUntil: day });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/requests/${ids.priya}?notice=snooze`);
    const after = await snapshot(ids.priya);
    expect(after).toMatchObject({ state: "awaiting_connector", outbox: 0, events: before.events + 1 });
    expect(after.snoozedUntil?.toISOString()).toBe(`${day}T00:00:00.000Z`);
    expect((await get(alice, `/requests/${ids.priya}?notice=snooze`)).body).toContain("The request is snoozed");
  });

  it("refuses the form's limits, keeping the connector's words on the page", async () => {
    const page = await get(alice, act(ids.priya, "ask_requester_for_details"));
    const before = await snapshot(ids.priya);
    const long = "x".repeat(2_001);
    const refused = await post(alice, act(ids.priya, "ask_requester_for_details"), { _csrf: csrfOf(page), note: long });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("Your note is too long: at most 2,000 characters.");
    expect(refused.body).toContain(`\n${long}</textarea>`);
    expect(await snapshot(ids.priya)).toEqual(before);
  });

  it("answers another connector's request as unknown, and refuses a form without the session's token", async () => {
    const before = await snapshot(ids.priya);
    const bobsPage = await get(bob, "/");
    const bobsToken = csrfOf(bobsPage);
    expect((await get(bob, act(ids.priya, "ask_target"))).status).toBe(404);
    expect((await get(bob, act("not-a-uuid", "ask_target"))).status).toBe(404);
    expect((await get(alice, act(ids.priya, "introduce"))).status).toBe(404);
    const unknown = await post(bob, act(ids.priya, "decline"), { _csrf: bobsToken, preview: "1" });
    expect(unknown.status).toBe(404);
    expect((await post(bob, act(ids.priya, "decline"), { _csrf: bobsToken })).status).toBe(404);

    const alicesToken = csrfOf(await get(alice, act(ids.priya, "decline")));
    expect((await post(alice, act(ids.priya, "decline"), {})).status).toBe(403);
    expect((await post(alice, act(ids.priya, "decline"), { _csrf: bobsToken })).status).toBe(403);
    expect((await post(bob, act(ids.priya, "decline"), { _csrf: alicesToken })).status).toBe(403);
    expect((await post(new BrowserSession(), act(ids.priya, "decline"), { _csrf: alicesToken })).status).toBe(401);
    expect(await snapshot(ids.priya)).toEqual(before);
  });
});
