import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerConsentPage,
  BrowserSession,
  type Form,
  formField,
  isConsentPage,
  type Page,
} from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

const MARY = "mary.jones@xyzcorp.example";
const NOTE = `Mary, I think you'd like Alex — "worth 20 minutes" <honestly>.`;
const NOTE_SHOWN = "Mary, I think you&#39;d like Alex — &quot;worth 20 minutes&quot; &lt;honestly&gt;.";
const DAY_MS = 86_400_000;

/** The text as a page shows it: escaped, each run of white space one space. */
function shown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    .replace(/\s+/g, " ");
}
const oneLine = (markup: string) => markup.replace(/\s+/g, " ");

/**
 * The connector's actions on real requests: three corpus requests reach a real mailbox, are
 * synced and analysed by the workers, and the connector previews, edits and sends through the
 * web app, allowing Gmail's send permission on the way; the emails go out through the outbox
 * to the emulator's sent mail. The tests run in order: the first send grants the permission.
 */
describe("the connector's actions: preview, wording, permission to send, and the emails", () => {
  let product: RunningProduct;
  const A = uniqueAddress();
  const B = uniqueAddress();
  const alice = new BrowserSession();
  const bob = new BrowserSession();
  /** A's requests by requester: Alex → Mary (ask the target), Sasha → Tobias (decline), Priya → Oskar (snooze). */
  const ids = { alex: "", sasha: "", priya: "" };

  const prisma = () => product.services.prisma;
  const last = (pages: Page[]): Page => {
    const page = pages.at(-1);
    if (!page) throw new Error("no page");
    return page;
  };
  const get = (browser: BrowserSession, path: string) => browser.request(`${product.url}${path}`);
  const post = (browser: BrowserSession, path: string, form: Form) =>
    browser.request(`${product.url}${path}`, { method: "POST", form });
  const act = (id: string, action: string) => `/requests/${id}/act/${action}`;
  const csrfOf = (page: Page): string => {
    const token = formField(page.body, "_csrf");
    if (!token) throw new Error(`no CSRF token on ${page.url}`);
    return token;
  };
  /** Everything an action could change about a request. */
  const snapshot = async (id: string) => {
    const row = await prisma().introRequest.findUniqueOrThrow({ where: { id } });
    return {
      state: row.state,
      reason: row.reason,
      ask: row.ask,
      targetEmail: row.targetEmail,
      snoozedUntil: row.snoozedUntil,
      reminderDueAt: row.reminderDueAt,
      events: await prisma().introRequestEvent.count({ where: { introRequestId: id } }),
      outbox: await prisma().outboxEmail.count({ where: { introRequestId: id } }),
    };
  };
  /** A's sent mail as text, by recipient. */
  const sentTo = (address: string) =>
    product.emulator
      .mailbox(A)
      .list()
      .filter((message) => message.labelIds.includes("SENT") && message.toAddresses.includes(address));

  beforeAll(async () => {
    const mailbox = [
      corpus("high-01-mary-jones-hr.eml"),
      corpus("low-07-tobias-reinholt-qp.eml"),
      corpus("high-02-oskar-lindqvist-cto.eml"),
    ];
    product = await startProduct({ emulator: { mailboxes: { [A]: mailbox, [B]: [] } } });
    await product.connect(alice, A);
    await product.connect(bob, B);
    const connectorId = (await prisma().connector.findFirstOrThrow({ where: { email: A } })).id;
    // Synced and analysed: the first full sync done, each request waiting for the connector.
    const requests = await eventually(async () => {
      const account = await prisma().googleAccount.findFirstOrThrow({ where: { email: A } });
      if (account.historyId === null || account.lastSyncAt === null) return null;
      const rows = await prisma().introRequest.findMany({ where: { connectorId } });
      const judged = rows.every((row) => row.state === "awaiting_connector" && row.analyzedAt !== null);
      return rows.length === 3 && judged ? rows : null;
    }, 30_000);
    const idOf = (email: string) => requests.find((row) => row.requesterEmail === email)?.id ?? "";
    ids.alex = idOf("alex@northwind.example");
    ids.sasha = idOf("sasha@mintleaf.example");
    ids.priya = idOf("priya@ledgerleaf.test");
    expect(Object.values(ids).every(Boolean)).toBe(true);
  }, 60_000);
  afterAll(async () => {
    await product?.stop();
  });

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
