import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession, formField, type Page } from "../support/browser-session.js";
import { CORPUS_PEOPLE } from "../support/corpus-people.js";
import { eventually } from "../support/eventually.js";
import { correspondence, type Correspondent } from "../support/history-mail.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { allowSending } from "../support/allow-sending.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

const now = new Date();
// The corpus's cast but Marcus, whose request this test does not use.
const { priya, oskar, dev, harold, alex, mary } = CORPUS_PEOPLE;
const people = { priya, oskar, dev, harold, alex, mary };

const history = (connector: Correspondent) =>
  Promise.all(
    Object.values(people).map((person) =>
      correspondence(connector, person, { count: 12, everyDays: 15, now, topic: `News from ${person.name}` }),
    ),
  ).then((threads) => threads.flat());

/**
 * The review email through the whole product: a request's first judgement writes an email to
 * the connector themself, sent from their Gmail, with the recommendation and links to the
 * request's page and its actions' confirm pages. Never for a judgement again, never when the
 * connector turned review emails off (on the status page), never without permission to send.
 */
describe("review emails: the connector hears of each new request by email", () => {
  let product: RunningProduct;
  /** Allowed sending before any request arrived. */
  const sam = { name: "Sam Rivera", email: uniqueAddress(), browser: new BrowserSession(), connectorId: "" };
  /** Never allowed sending. */
  const kim = { name: "Kim Ode", email: uniqueAddress(), browser: new BrowserSession(), connectorId: "" };

  beforeAll(async () => {
    product = await startProduct({
      emulator: {
        mailboxes: {
          [sam.email]: await history(sam),
          [kim.email]: await history(kim),
        },
      },
    });
    for (const connector of [sam, kim]) {
      await product.connect(connector.browser, connector.email);
      connector.connectorId = (await account(connector.email)).connectorId;
    }
    await allowSending(product, sam.browser, sam.email);
    // Review emails are for new mail: none while the first full sync reads the old.
    await firstSyncDone(sam.email);
    await firstSyncDone(kim.email);
  }, 60_000);
  afterAll(async () => {
    await product?.stop();
  });

  const account = (email: string) => product.services.prisma.googleAccount.findFirstOrThrow({ where: { email } });
  const firstSyncDone = (email: string) => eventually(async () => (await account(email)).historyId !== null, 30_000);

  /** A request arrives in the connector's mailbox; the sync finds it and the analysis judges it. */
  async function arrives(email: string, connectorId: string, file: string, requester: string) {
    await product.emulator.addMessage(email, corpus(file));
    await product.services.jobs.requestSync((await account(email)).id, "manual");
    return judged(connectorId, requester);
  }
  const judged = (connectorId: string, requester: string) =>
    eventually(
      () =>
        product.services.prisma.introRequest.findFirst({
          where: { connectorId, requesterEmail: requester, state: "awaiting_connector", analyzedAt: { not: null } },
        }),
      30_000,
    );
  const reviewRows = (introRequestId: string) =>
    product.services.prisma.outboxEmail.findMany({ where: { introRequestId, purpose: "review" } });
  /** The review emails in the connector's Sent mail, parsed. */
  const sentReviews = async (email: string) => {
    const sent = product.emulator
      .mailbox(email)
      .list()
      .filter((message) => message.labelIds.includes("SENT"));
    const parsed = await Promise.all(sent.map((message) => simpleParser(message.raw)));
    return parsed.filter((mail) => mail.headers.get("x-safeintro-purpose") === "review");
  };
  const addresses = (field: Awaited<ReturnType<typeof simpleParser>>["to"]) =>
    (Array.isArray(field) ? field : [field]).flatMap((one) => one?.value.map((value) => value.address) ?? []);

  /** The status page's review emails form: pressed, it turns them the other way. */
  async function pressReviewEmailsButton(browser: BrowserSession): Promise<Page[]> {
    const status = await browser.request(`${product.url}/`);
    const wanted = /name="reviewEmails" value="(on|off)"/.exec(status.body)?.[1] ?? "";
    return browser.navigate(`${product.url}/settings/review-emails`, {
      form: { _csrf: formField(status.body, "_csrf") ?? "", reviewEmails: wanted },
    });
  }

  it("sends one review email to the connector after a request's first judgement, with the recommendation and the links", async () => {
    const request = await arrives(sam.email, sam.connectorId, "high-02-oskar-lindqvist-cto.eml", people.priya.email);
    expect(request.recommendation).toBe("ask_target");
    const [review] = await eventually(async () => {
      const reviews = await sentReviews(sam.email);
      return reviews.length > 0 ? reviews : null;
    }, 20_000);
    if (!review) throw new Error("no review email");
    expect(review.from?.value.map((value) => value.address)).toEqual([sam.email]);
    expect(addresses(review.to)).toEqual([sam.email]);
    expect(review.inReplyTo).toBeUndefined();
    expect(review.subject).toBe("Intro request: Priya Natarajan would like to meet Oskar Lindqvist");
    const text = review.text ?? "";
    expect(text).toContain("Suggested: Ask the target");
    const page = `${product.optin.publicUrl}/requests/${request.id}`;
    expect(text).toContain(`The whole request and its evidence: ${page}\n`);
    expect(text).toContain(`Ask the target: ${page}/act/ask_target\n`);
    expect(text).toContain(`Ask for details: ${page}/act/ask_requester_for_details\n`);
    expect(text).toContain(`Decline: ${page}/act/decline\n`);
    expect(text).toContain("you may need to sign in first");
    expect(review.html).toContain(`href="${page}/act/ask_target"`);

    const [row] = await reviewRows(request.id);
    expect(row?.status).toBe("sent");
    // A thread of its own, not the requester's.
    expect(row?.gmailThreadId).toBeTruthy();
    expect(row?.gmailThreadId).not.toBe(request.gmailThreadId);

    // The link opens the confirm page: the email asking the target, and nothing sent yet.
    const confirm = await sam.browser.request(`${product.url}/requests/${request.id}/act/ask_target`);
    expect(confirm.status).toBe(200);
    expect(confirm.body).toContain(people.oskar.email);
    expect((await product.services.prisma.introRequest.findUniqueOrThrow({ where: { id: request.id } })).state).toBe(
      "awaiting_connector",
    );
    // The review email in the connector's own mailbox is theirs, never a request to them.
    const { id: accountId } = await account(sam.email);
    await product.services.jobs.requestSync(accountId, "manual");
    const seen = await eventually(() =>
      product.services.prisma.syncedMessage.findFirst({
        where: { accountId, gmailMessageId: row?.gmailMessageId ?? "" },
      }),
    );
    expect(seen.isIntroRequest).toBe(false);
    expect(await product.services.prisma.introRequest.count({ where: { connectorId: sam.connectorId } })).toBe(1);
  });

  it("sends no second one when the request is judged again, or judged after the requester sent details", async () => {
    const request = await judged(sam.connectorId, people.priya.email);
    const analysedAt = request.analyzedAt?.getTime() ?? 0;
    await product.services.analysis.requestAnalysis(request.id);
    await eventually(async () => {
      const again = await product.services.prisma.introRequest.findUniqueOrThrow({ where: { id: request.id } });
      return (again.analyzedAt?.getTime() ?? 0) > analysedAt;
    });
    // As after the requester's answer to a request for details: `analyzed`, then judged again.
    await product.services.prisma.introRequest.update({ where: { id: request.id }, data: { state: "analyzed" } });
    await product.services.analysis.requestAnalysis(request.id);
    await eventually(async () => (await judged(sam.connectorId, people.priya.email)).id === request.id);

    expect(await reviewRows(request.id)).toHaveLength(1);
    expect(await sentReviews(sam.email)).toHaveLength(1);
  });

  it("sends none once the connector turns review emails off on the status page, and again once on", async () => {
    const off = await pressReviewEmailsButton(sam.browser);
    expect(off[0]?.status).toBe(303);
    expect(off[0]?.headers.get("location")).toBe("/?notice=review-emails-off");
    expect(off.at(-1)?.body).toContain("Review emails are off");
    expect(off.at(-1)?.body).toMatch(/Review emails: <strong id="review-emails-state">off<\/strong>/);
    expect(off.at(-1)?.body).toContain("Turn review emails on");
    const connector = await product.services.prisma.connector.findUniqueOrThrow({ where: { id: sam.connectorId } });
    expect(connector.reviewEmails).toBe(false);

    const request = await arrives(
      sam.email,
      sam.connectorId,
      "low-03-pick-brain-harold-quennell.eml",
      people.dev.email,
    );
    // Written with the state change or not at all: the request waiting for the connector says none is coming.
    expect(await reviewRows(request.id)).toHaveLength(0);
    expect(await sentReviews(sam.email)).toHaveLength(1);

    const on = await pressReviewEmailsButton(sam.browser);
    expect(on[0]?.headers.get("location")).toBe("/?notice=review-emails-on");
    expect(on.at(-1)?.body).toMatch(/Review emails: <strong id="review-emails-state">on<\/strong>/);
    expect(
      (await product.services.prisma.connector.findUniqueOrThrow({ where: { id: sam.connectorId } })).reviewEmails,
    ).toBe(true);
  });

  it("refuses the setting without the form's CSRF token, or signed out", async () => {
    const forged = await sam.browser.request(`${product.url}/settings/review-emails`, {
      form: { _csrf: "forged", reviewEmails: "off" },
    });
    expect(forged.status).toBe(403);
    const stranger = await new BrowserSession().request(`${product.url}/settings/review-emails`, {
      form: { _csrf: "", reviewEmails: "off" },
    });
    expect(stranger.status).toBe(401);
    const status = await sam.browser.request(`${product.url}/`);
    const wrong = await sam.browser.request(`${product.url}/settings/review-emails`, {
      form: { _csrf: formField(status.body, "_csrf") ?? "", reviewEmails: "maybe" },
    });
    expect(wrong.status).toBe(400);
    expect(
      (await product.services.prisma.connector.findUniqueOrThrow({ where: { id: sam.connectorId } })).reviewEmails,
    ).toBe(true);
  });

  it("sends none to a connector who has not allowed sending, and the request is judged as usual", async () => {
    const request = await arrives(kim.email, kim.connectorId, "high-01-mary-jones-hr.eml", people.alex.email);
    expect(request.recommendation).toBe("ask_requester_for_details");
    expect(request.analysisError).toBeNull();
    expect(await product.services.prisma.outboxEmail.count({ where: { connectorId: kim.connectorId } })).toBe(0);
    expect(await sentReviews(kim.email)).toHaveLength(0);
    const status = await kim.browser.request(`${product.url}/`);
    expect(status.body).toMatch(/Review emails: <strong id="review-emails-state">on<\/strong>/);
    expect(status.body).toContain("allow SafeIntro to send from your Gmail");
  });
});
