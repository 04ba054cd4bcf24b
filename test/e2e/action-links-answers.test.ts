// What each answer through a link in an email does, over HTTP: yes once (a second answer is
// "already answered"), "please don't send me requests" (the target protected), "not now" (not the
// last word; an opt-out still honoured after a no), and a withdrawn request; and each link kept
// to its request, its person and its actions.
import { describe, expect, it } from "vitest";
import { dayAndMonth } from "../../src/http/link-pages.js";
import { hashActionToken } from "../../src/links/index.js";
import {
  answer,
  askedRequest,
  browser,
  buttonsOf,
  CONNECTOR_NAME,
  expectLinkHeaders,
  get,
  issue,
  prisma,
  product,
  snapshot,
  useLinksProduct,
} from "./action-links-harness.js";

describe("the links in emails, over HTTP", () => {
  useLinksProduct();

  it("acts on POST yes once: accepted, an event, the link used; a second answer is already answered", async () => {
    const id = await askedRequest();
    const { token } = await issue(id);
    const page = await answer(token, "yes");
    expect(page.status).toBe(200);
    expectLinkHeaders(page);
    expect(page.body).toContain(`<bdi>${CONNECTOR_NAME}</bdi> will introduce you to <bdi>Robin Requester</bdi>`);
    const after = await snapshot(id);
    expect(after.request.state).toBe("accepted");
    expect(after.events).toMatchObject([
      { kind: "transition", fromState: "awaiting_target", toState: "accepted", actor: "target" },
    ]);
    expect(after.events[0]?.reason).toMatch(/said yes/);
    const link = after.links[0];
    expect(link).toMatchObject({ tokenHash: hashActionToken(token), usedAction: "yes" });
    expect(link?.usedAt).toBeInstanceOf(Date);

    const answeredOn = dayAndMonth(link?.usedAt ?? new Date(), new Date());
    for (const again of ["no", "yes", "stop"]) {
      const second = await answer(token, again);
      expect(second.status, again).toBe(409);
      expect(second.body).toContain(
        `already answered: Yes on <time class="nowrap" datetime="${link?.usedAt?.toISOString()}">${answeredOn}</time>`,
      );
      expect(second.body).toContain("Nothing was changed.");
    }
    const reopened = await get(`/l/${token}/no`);
    expect(reopened.status).toBe(409);
    expect(reopened.body).toContain(`already answered: Yes on`);
    expect(buttonsOf(reopened.body)).toEqual([]);
    expect(await snapshot(id)).toEqual(after);
  });

  it("keeps a link to its request, its person and its actions", async () => {
    const mine = await askedRequest();
    const other = await askedRequest();
    const { token } = await issue(mine, { actions: ["yes", "no"] });
    const otherBefore = await snapshot(other);
    const mineBefore = await snapshot(mine);

    // An action it does not offer, in the field or the path.
    for (const page of [
      await answer(token, "stop"),
      await answer(token, "../../requests"),
      await browser.request(`${product.url}/l/${token}/stop`, { form: {} }),
    ]) {
      expect(page.status).toBe(400);
      expect(page.body).toContain("Nothing was changed.");
    }
    expect(buttonsOf((await get(`/l/${token}`)).body).map((button) => button.split(" ")[1])).toEqual(["yes", "no"]);
    expect(await snapshot(mine)).toEqual(mineBefore);

    // Another request's id in the form changes nothing: the token alone says which request.
    const page = await browser.request(`${product.url}/l/${token}`, {
      form: { action: "no", introRequestId: other, id: other },
    });
    expect(page.status).toBe(200);
    expect((await snapshot(mine)).request.state).toBe("declined_by_target");
    expect(await snapshot(other)).toEqual(otherBefore);

    // A link sent to someone else (the requester) cannot answer for the target.
    const forRequester = await issue(other, { audience: "requester", actions: ["yes"] });
    expect((await get(`/l/${forRequester.token}/yes`)).status).toBe(404);
    expect((await answer(forRequester.token, "yes")).status).toBe(404);
    const afterRequesterTry = await snapshot(other);
    expect(afterRequesterTry.request).toEqual(otherBefore.request);
    expect(afterRequesterTry.links.every((link) => link.usedAt === null)).toBe(true);
  });

  it("protects the target and declines on 'Please don't send me requests'", async () => {
    const id = await askedRequest({ targetName: "Alex Stop" });
    const { token } = await issue(id);
    const confirm = await get(`/l/${token}/stop`);
    expect(confirm.status).toBe(200);
    expect(buttonsOf(confirm.body)[0]).toBe(`${token} stop`);
    const page = await answer(token, "stop");
    expect(page.status).toBe(200);
    expect(page.body).toContain(`SafeIntro will not pass requests from <bdi>${CONNECTOR_NAME}</bdi> on to you again`);
    const after = await snapshot(id);
    expect(after.request.state).toBe("declined_by_target");
    expect(after.events.map((event) => [event.kind, event.actor, event.toState])).toEqual([
      ["transition", "target", "declined_by_target"],
      ["protection", "target", "declined_by_target"],
    ]);
    const keys = after.protectedTargets.map((row) => row.targetKey);
    expect(keys).toContain(after.request.targetKey);
    expect(keys).toContain("name:alex stop");
  });

  it("takes 'not now' as not the last word, and honours an opt-out after a no", async () => {
    const id = await askedRequest({ targetName: "Alex Later" });
    const ask = await issue(id);
    const notNow = await answer(ask.token, "not_now");
    expect(notNow.status).toBe(200);
    expect(notNow.body).toContain("may ask you once more in a few days");
    expect((await snapshot(id)).request.state).toBe("awaiting_target");

    // The reminder's link: a new token, still open.
    const reminder = await issue(id);
    expect((await answer(reminder.token, "no")).status).toBe(200);
    expect((await snapshot(id)).request.state).toBe("declined_by_target");

    // A third link (or an old one never used) offers only the opt-out now.
    const late = await issue(id);
    const shown = await get(`/l/${late.token}/yes`);
    expect(shown.status).toBe(200);
    expect(buttonsOf(shown.body)).toEqual([`${late.token} stop`]);
    const yes = await answer(late.token, "yes");
    expect(yes.status).toBe(409);
    expect(yes.body).toMatch(/already answered: No thanks on <time/);
    expect(
      (await snapshot(id)).links.find((link) => link.tokenHash === hashActionToken(late.token))?.usedAt,
    ).toBeNull();
    expect((await answer(late.token, "stop")).status).toBe(200);
    expect((await snapshot(id)).protectedTargets.some((row) => row.targetKey === "name:alex later")).toBe(true);
  });

  it("says why a withdrawn request takes no answer, and leaves the link unused", async () => {
    const id = await askedRequest();
    const { token } = await issue(id);
    await prisma().introRequest.update({ where: { id }, data: { state: "withdrawn" } });
    const before = await snapshot(id);
    const shown = await get(`/l/${token}/yes`);
    expect(buttonsOf(shown.body)).toEqual([`${token} stop`]);
    const posted = await answer(token, "yes");
    expect(posted.status).toBe(409);
    expect(posted.body).toContain("This request was withdrawn by the requester; there is nothing to answer.");
    expect(await snapshot(id)).toEqual(before);
  });
});
