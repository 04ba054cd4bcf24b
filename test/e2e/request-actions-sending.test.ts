// The connector's actions that send email, on real requests: the request page's actions, the
// preview of the email to the target (edited, then sent once Gmail's send permission is allowed
// on the way), a decline with a note in the requester's thread, and an action the request's
// state no longer allows. The tests run in order: the first send grants the permission.
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { answerConsentPage, type Form, formField, isConsentPage } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import {
  A,
  act,
  alice,
  csrfOf,
  get,
  ids,
  last,
  MARY,
  NOTE,
  NOTE_SHOWN,
  oneLine,
  post,
  prisma,
  product,
  sentTo,
  shown,
  snapshot,
  useActionsProduct,
} from "./request-actions-harness.js";

describe("the connector's actions: preview, wording, permission to send, and the emails", () => {
  useActionsProduct();

  it("offers the request's actions on its page, each a link to its preview", async () => {
    const page = await get(alice, `/requests/${ids.alex}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("<h2>What next</h2>");
    for (const action of ["ask_target", "ask_requester_for_details", "decline", "snooze"])
      expect(page.body).toContain(`href="${act(ids.alex, action)}"`);
    expect(page.body).toContain('class="badge"');
    expect(page.body).toContain('<h2>Emails for this request</h2>\n<p id="outbox">None yet.</p>');
  });

  it("previews the email to the target and changes nothing, until the connector sends", async () => {
    const before = await snapshot(ids.alex);
    const request = await prisma().introRequest.findUniqueOrThrow({ where: { id: ids.alex } });
    const reason = request.reason ?? "";
    expect(reason).not.toBe("");

    // SafeIntro does not know Mary's address: the page says so and the send button waits for it.
    const first = await get(alice, act(ids.alex, "ask_target"));
    expect(first.status).toBe(200);
    expect(first.body).toContain("Mary Jones");
    expect(first.body).toMatch(
      /<div class="problem blocker" role="alert" id="blocker">[^<]*<strong>Not ready to send.<\/strong>[^<]*Mary Jones/,
    );
    expect(first.body).toMatch(/<button type="submit" id="send-button" disabled[^>]*>Send to Mary Jones<\/button>/);
    expect(oneLine(first.body)).toContain(shown(reason));

    // Update preview, with her address and a note: the email as it will go, and still nothing changed.
    const edits: Form = {
      _csrf: csrfOf(first),
      targetEmail: MARY,
      note: NOTE,
      subject: formField(first.body, "subject") ?? "",
      reason,
      ask: request.ask ?? "",
    };
    const previewed = await post(alice, act(ids.alex, "ask_target"), { ...edits, preview: "1" });
    expect(previewed.status).toBe(200);
    expect(previewed.body).toContain(`<dd id="preview-to">`);
    expect(previewed.body).toMatch(new RegExp(`<dd id="preview-to">[^<]*${MARY.replace(/\./g, "\\.")}`));
    const text = /<pre class="email-text" id="preview-text">([\s\S]*?)<\/pre>/.exec(previewed.body)?.[1] ?? "";
    expect(text).toContain("Mary");
    expect(text).toContain(NOTE_SHOWN);
    expect(oneLine(text)).toContain(shown(reason));
    expect(previewed.body).toMatch(/<iframe class="email-html" id="preview-html" sandbox="" [^>]*srcdoc="[^"]*&lt;/);
    expect(previewed.body).not.toContain('id="blocker"');
    expect(previewed.body).toMatch(/<button type="submit" id="send-button">Send to Mary Jones<\/button>/);
    expect(await snapshot(ids.alex)).toEqual(before);

    // Send, without Gmail's permission to send: off to the page that asks for it, nothing changed.
    const refused = await post(alice, act(ids.alex, "ask_target"), edits);
    expect(refused.status).toBe(303);
    const next = encodeURIComponent(act(ids.alex, "ask_target"));
    expect(refused.headers.get("location")).toBe(`/auth/google/send-permission?next=${next}`);
    expect(await snapshot(ids.alex)).toEqual(before);

    // Allow sending at "Google", and back on the preview.
    const ask = last(await alice.navigate(`${product.url}/auth/google/send-permission?next=${next}`));
    expect(ask.body).toContain("Let SafeIntro send emails from your Gmail");
    const action = /<form method="post" action="([^"]+)"/.exec(ask.body)?.[1]?.replaceAll("&amp;", "&") ?? "";
    const consent = last(
      await alice.navigate(new URL(action, product.url).toString(), { form: { _csrf: csrfOf(ask) } }),
    );
    expect(isConsentPage(consent)).toBe(true);
    const back = last(await answerConsentPage(alice, consent, A, []));
    expect(back.url).toBe(`${product.url}${act(ids.alex, "ask_target")}`);
    expect(back.status).toBe(200);

    // Send: the request waits for Mary, its email is in the outbox, then in A's sent mail.
    const sent = await post(alice, act(ids.alex, "ask_target"), { ...edits, _csrf: csrfOf(back) });
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(`/requests/${ids.alex}?notice=ask_target`);
    const after = await snapshot(ids.alex);
    expect(after).toMatchObject({ state: "awaiting_target", targetEmail: MARY, outbox: 1, events: before.events + 1 });
    const row = await prisma().outboxEmail.findFirstOrThrow({ where: { introRequestId: ids.alex } });
    expect(row.purpose).toBe("ask_target");

    const [mail] = await eventually(async () => {
      const found = sentTo(MARY);
      return found.length > 0 ? found : null;
    }, 20_000);
    const parsed = await simpleParser(mail?.raw ?? Buffer.alloc(0));
    expect(parsed.text).toContain(NOTE);
    expect(oneLine(parsed.text ?? "")).toContain(oneLine(reason));
    await eventually(
      async () => (await prisma().outboxEmail.findUniqueOrThrow({ where: { id: row.id } })).status === "sent",
    );

    const page = await get(alice, `/requests/${ids.alex}?notice=ask_target`);
    expect(page.body).toContain("Your email to the target is on its way");
    expect(page.body).toMatch(
      /<li class="outbox-sent"><strong>Asking the target<\/strong>: sent at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC<\/li>/,
    );
    expect(page.body).toContain("Nothing for you to do on this request now");
    expect(sentTo(MARY)).toHaveLength(1);
  });

  it("declines with a kind note, which goes to the requester in their own thread", async () => {
    const preview = await get(alice, act(ids.sasha, "decline"));
    expect(preview.status).toBe(200);
    expect(preview.body).toContain('id="no-email"');
    const note = "I don't know Tobias well enough to ask him, sorry.";
    const withNote = await post(alice, act(ids.sasha, "decline"), {
      _csrf: csrfOf(preview),
      sendDeclineNote: "yes",
      note,
      preview: "1",
    });
    expect(withNote.status).toBe(200);
    expect(withNote.body).toContain('<dd id="preview-to">');
    expect(withNote.body).toContain("sasha@mintleaf.example");
    expect(withNote.body).toContain(shown(note));
    expect((await snapshot(ids.sasha)).state).toBe("awaiting_connector");

    const done = await post(alice, act(ids.sasha, "decline"), { _csrf: csrfOf(preview), sendDeclineNote: "yes", note });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/requests/${ids.sasha}?notice=decline`);
    const request = await prisma().introRequest.findUniqueOrThrow({ where: { id: ids.sasha } });
    expect(request.state).toBe("declined_by_connector");
    const row = await prisma().outboxEmail.findFirstOrThrow({ where: { introRequestId: ids.sasha } });
    expect(row.purpose).toBe("decline_note");

    const [mail] = await eventually(async () => {
      const found = sentTo("sasha@mintleaf.example");
      return found.length > 0 ? found : null;
    }, 20_000);
    expect(mail?.threadId).toBe(request.gmailThreadId);
    const parsed = await simpleParser(mail?.raw ?? Buffer.alloc(0));
    expect(parsed.text).toContain(note);
  });

  it("answers an action the request's state does not allow with 409 and the way back", async () => {
    const before = await snapshot(ids.sasha);
    const shownPage = await get(alice, act(ids.sasha, "ask_target"));
    expect(shownPage.status).toBe(409);
    expect(shownPage.body).toContain("This request was already declined; it cannot be sent to the target.");
    expect(shownPage.body).toContain(`<a class="button" href="/requests/${ids.sasha}">Back to the request</a>`);
    const csrf = csrfOf(await get(alice, `/requests/${ids.sasha}`));
    const posted = await post(alice, act(ids.sasha, "ask_target"), { _csrf: csrf, targetEmail: "tobias@example.com" });
    expect(posted.status).toBe(409);
    expect(posted.body).toContain("This request was already declined");
    expect(await snapshot(ids.sasha)).toEqual(before);
  });
});
