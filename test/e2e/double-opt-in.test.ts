import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { performConnectorAction, prepareConnectorAction } from "../../src/optin/index.js";
import { BrowserSession, type Page } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { allowSending } from "../support/allow-sending.js";
import { CORPUS_PEOPLE } from "../support/corpus-people.js";
import { correspondence, historyMessage } from "../support/history-mail.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

const now = new Date();
const people = CORPUS_PEOPLE;

/**
 * The double opt-in through the whole product: HTTP, BullMQ, PostgreSQL and the Gmail
 * emulator. The connector asks the target; the target answers through the email's link;
 * the introduction goes to both from the connector's Gmail. Timers are fired by moving
 * the clock (promoting the delayed job), never by waiting.
 */
describe("double opt-in: ask the target first, then introduce, from the connector's Gmail", () => {
  let product: RunningProduct;
  const address = uniqueAddress();
  const connector = { name: "Sam Rivera", email: address };
  const browser = new BrowserSession();
  let connectorId = "";

  beforeAll(async () => {
    const history = await Promise.all(
      Object.values(people).map((person) =>
        correspondence(connector, person, { count: 12, everyDays: 15, now, topic: `News from ${person.name}` }),
      ),
    );
    const requests = [
      corpus("high-02-oskar-lindqvist-cto.eml"), // Priya → Oskar
      corpus("low-03-pick-brain-harold-quennell.eml"), // Dev → Harold
      corpus("high-01-mary-jones-hr.eml"), // Alex → Mary, no blurb
      corpus("high-05-zoe-backstrom-cp1252.eml"), // Marcus → Zoë, whose address the connector types
    ];
    product = await startProduct({ emulator: { mailboxes: { [address]: [...history.flat(), ...requests] } } });
    await product.connect(browser, address);
    connectorId = (await product.services.prisma.googleAccount.findFirstOrThrow({ where: { email: address } }))
      .connectorId;
    await allowSending(product, browser, address);
  }, 60_000);
  afterAll(async () => {
    await product?.stop();
  });

  const requestFrom = (requester: string) =>
    eventually(
      () =>
        product.services.prisma.introRequest.findFirst({
          where: { connectorId, requesterEmail: requester, state: "awaiting_connector", analyzedAt: { not: null } },
        }),
      30_000,
    );
  const stateOf = async (id: string) =>
    (await product.services.prisma.introRequest.findUniqueOrThrow({ where: { id } })).state;
  /** The connector's sent mail SafeIntro sent for one purpose, parsed. */
  const sent = async (purpose: string) => {
    const messages = product.emulator
      .mailbox(address)
      .list()
      .filter((message) => message.labelIds.includes("SENT"));
    const parsed = await Promise.all(
      messages.map(async (message) => ({ message, mail: await simpleParser(message.raw) })),
    );
    return parsed.filter(({ mail }) => mail.headers.get("x-safeintro-purpose") === purpose);
  };
  const linkIn = (text: string, action: string) => {
    const url = new RegExp(`https?://\\S+/l/[A-Za-z0-9_-]+/${action}`).exec(text)?.[0];
    if (!url) throw new Error(`no ${action} link in the email`);
    return url;
  };
  const to = (mail: Awaited<ReturnType<typeof simpleParser>>) =>
    (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((field) => field?.value.map((v) => v.address) ?? []);

  it("asks the target, and on Yes sends the introduction to both, in the connector's name", async () => {
    const request = await requestFrom(people.priya.email);
    expect(
      await performConnectorAction(product.optin, connectorId, request.id, "ask_target", {
        note: "Hi Oskar, a quick one from me.",
        keepWording: true,
      }),
    ).toEqual({ outcome: "done" });
    expect(await stateOf(request.id)).toBe("awaiting_target");

    const [ask] = await eventually(async () => ((await sent("ask_target")).length === 1 ? sent("ask_target") : null));
    if (!ask) throw new Error("no ask");
    expect(ask.mail.from?.value[0]?.address).toBe(address);
    // Signed with the name the connector's own sent mail carries.
    expect(ask.mail.from?.value[0]?.name).toBe("Sam Rivera");
    expect(to(ask.mail)).toEqual([people.oskar.email]);
    expect(ask.mail.text).toContain("Hi Oskar, a quick one from me.");
    // Nothing reaches the requester yet.
    expect(await sent("introduction")).toHaveLength(0);

    // The target opens the link (a GET changes nothing), then answers Yes on the page.
    const yes = linkIn(ask.mail.text ?? "", "yes").replace(/^https?:\/\/[^/]+/, product.url);
    const target = new BrowserSession();
    const confirm = (await target.navigate(yes)).at(-1) as Page;
    expect(confirm.status).toBe(200);
    expect(await stateOf(request.id)).toBe("awaiting_target");
    const answered = await target.request(yes, { method: "POST", form: { action: "yes" } });
    expect(answered.status).toBe(200);

    const [intro] = await eventually(async () =>
      (await sent("introduction")).length === 1 ? sent("introduction") : null,
    );
    if (!intro) throw new Error("no introduction");
    expect(intro.mail.from?.value[0]?.address).toBe(address);
    expect(to(intro.mail).sort()).toEqual([people.oskar.email, people.priya.email].sort());
    expect(intro.mail.subject).toMatch(/Oskar/);
    await eventually(async () => (await stateOf(request.id)) === "introduced");
    const events = await product.services.prisma.introRequestEvent.findMany({
      where: { introRequestId: request.id, kind: "transition" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => [event.actor, event.toState])).toEqual([
      ["safeintro", "awaiting_connector"],
      ["connector", "awaiting_target"],
      ["target", "accepted"],
      ["safeintro", "introduced"],
    ]);
    // A second answer changes nothing.
    expect((await target.request(yes, { method: "POST", form: { action: "yes" } })).status).toBe(409);
  });

  it("Not now: one reminder when its time comes, then the request expires", async () => {
    const request = await requestFrom(people.dev.email);
    await performConnectorAction(product.optin, connectorId, request.id, "ask_target", {
      reason: "Dev is moving into aerospace and Harold knows that world.",
      ask: "A 20-minute call next week.",
    });
    const [ask] = await eventually(async () => ((await sent("ask_target")).length === 2 ? sent("ask_target") : null));
    const harolds = (await sent("ask_target")).find(({ mail }) => to(mail).includes(people.harold.email));
    if (!ask || !harolds) throw new Error("no ask to Harold");
    const notNow = linkIn(harolds.mail.text ?? "", "not_now").replace(/^https?:\/\/[^/]+/, product.url);
    expect((await new BrowserSession().request(notNow, { method: "POST", form: { action: "not_now" } })).status).toBe(
      200,
    );
    expect(await stateOf(request.id)).toBe("awaiting_target");

    // The clock moves: the reminder's delayed job fires now.
    await eventually(() => product.services.timers.fireNow(request.id, "reminder_due"));
    const [reminder] = await eventually(async () => ((await sent("reminder")).length === 1 ? sent("reminder") : null));
    expect(to(reminder?.mail as never)).toEqual([people.harold.email]);
    expect(reminder?.mail.inReplyTo).toBe(harolds.mail.messageId);
    await eventually(() => product.services.timers.fireNow(request.id, "expiry_due"));
    await eventually(async () => (await stateOf(request.id)) === "expired");
  });

  it("asks the requester for details in their own thread, and their answer sends the request back to be judged", async () => {
    const request = await requestFrom(people.alex.email);
    await performConnectorAction(product.optin, connectorId, request.id, "ask_requester_for_details", {});
    const [details] = await eventually(async () =>
      (await sent("ask_requester_for_details")).length === 1 ? sent("ask_requester_for_details") : null,
    );
    if (!details) throw new Error("no reply to the requester");
    expect(to(details.mail)).toEqual([people.alex.email]);
    expect(details.mail.inReplyTo).toBe(request.sourceMessageId);
    expect(details.message.threadId).toBe(request.gmailThreadId);
    expect(details.mail.subject).toMatch(/^Re: /);
    expect(await stateOf(request.id)).toBe("needs_details");

    // Alex answers in the thread.
    await product.emulator.addMessage(
      address,
      await historyMessage({
        from: people.alex,
        to: [connector],
        subject: details.mail.subject ?? "",
        date: new Date(),
        inReplyTo: details.mail.messageId ?? "",
        text: "Here is a blurb you can forward: Bea Tran runs Lanternfish Health and wants to hire a head of HR.",
      }),
    );
    const account = await product.services.prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    await product.services.jobs.requestSync(account.id, "manual");
    await eventually(async () => {
      const events = await product.services.prisma.introRequestEvent.findMany({
        where: { introRequestId: request.id, actor: "requester" },
      });
      return events.some((event) => event.toState === "analyzed");
    }, 20_000);
    await eventually(async () => (await stateOf(request.id)) === "awaiting_connector", 20_000);

    // The words the connector kept as their version of the ask are its defaults now.
    const form = await prepareConnectorAction(product.optin, connectorId, request.id, "ask_target", {});
    expect(form?.defaults.note).toBe("Hi Oskar, a quick one from me.");
    expect(form?.preview?.text).toContain("Hi Oskar, a quick one from me.");
  });

  it("No thanks: the connector is told, and the requester gets a kind note only when the connector sends one", async () => {
    const request = await requestFrom(people.marcus.email);
    const zoe = "zoe@backstrom.example";
    await performConnectorAction(product.optin, connectorId, request.id, "ask_target", { targetEmail: zoe });
    const ask = await eventually(async () => (await sent("ask_target")).find(({ mail }) => to(mail).includes(zoe)));
    const no = linkIn(ask.mail.text ?? "", "no").replace(/^https?:\/\/[^/]+/, product.url);
    expect((await new BrowserSession().request(no, { method: "POST", form: { action: "no" } })).status).toBe(200);
    expect(await stateOf(request.id)).toBe("declined_by_target");
    const events = await product.services.prisma.introRequestEvent.findMany({ where: { introRequestId: request.id } });
    expect(events.some((event) => event.actor === "target" && event.toState === "declined_by_target")).toBe(true);
    // Nothing to the requester on its own.
    expect((await sent("decline_note")).filter(({ mail }) => to(mail).includes(people.marcus.email))).toHaveLength(0);

    await performConnectorAction(product.optin, connectorId, request.id, "send_decline_note", {
      note: "Thanks for thinking of me.",
    });
    const note = await eventually(async () =>
      (await sent("decline_note")).find(({ mail }) => to(mail).includes(people.marcus.email)),
    );
    expect(note.mail.inReplyTo).toBe(request.sourceMessageId);
    expect(note.mail.text).toContain("Thanks for thinking of me.");
    expect(note.mail.text).not.toContain(zoe);
    expect(await stateOf(request.id)).toBe("declined_by_target");
  });
});
