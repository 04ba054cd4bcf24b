import { simpleParser } from "mailparser";
import { pino } from "pino";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEmailRenderer, type EmailRenderer } from "../../src/email/index.js";
import { type ReviewEmailDeps, writeReviewEmail } from "../../src/optin/index.js";
import { analyzeIntroRequest } from "../../src/requests/index.js";
import { READ_SCOPES, type SendSetup, startSendSetup } from "../support/send-setup.js";

/**
 * The review email as the analysis job writes it, on the run's PostgreSQL: in the transaction
 * of a request's first judgement, and only then; the send queued after the commit.
 */
describe("the review email after a request's first judgement", () => {
  let renderer: EmailRenderer;
  beforeAll(async () => {
    renderer = await createEmailRenderer();
  });
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A connected connector whose first full sync has ended (unless told otherwise), and the job's review deps. */
  async function setUp(options: { scopes?: string[]; firstSyncDone?: boolean } = {}) {
    const setup = await startSendSetup({ syncing: false, ...(options.scopes ? { scopes: options.scopes } : {}) });
    cleanups.push(() => setup.close());
    if (options.firstSyncDone !== false)
      await setup.services.prisma.googleAccount.update({ where: { id: setup.accountId }, data: { historyId: 1000n } });
    /** The outbox rows that existed when each send was queued: the queueing comes after the commit. */
    const queued: { id: string; rowExisted: boolean }[] = [];
    const deps: ReviewEmailDeps = {
      renderer,
      sends: {
        async requestSend(id) {
          const row = await setup.services.prisma.outboxEmail.findUnique({ where: { id } });
          queued.push({ id, rowExisted: row !== null });
        },
      },
      publicUrl: "https://safeintro.example",
      messageIdDomain: setup.services.messageIdDomain,
      logger: pino({ level: "silent" }),
    };
    const analyse = (id: string, review: ReviewEmailDeps = deps) =>
      analyzeIntroRequest(setup.services.prisma, id, new Date(), {
        afterFirstJudgement: (tx, requestId, judgement, now) => writeReviewEmail(review, tx, requestId, judgement, now),
      });
    const reviews = (introRequestId: string) =>
      setup.services.prisma.outboxEmail.findMany({ where: { introRequestId, purpose: "review" } });
    const stateOf = async (id: string) =>
      (await setup.services.prisma.introRequest.findUniqueOrThrow({ where: { id } })).state;
    return { ...setup, deps, queued, analyse, reviews, stateOf };
  }

  async function named(setup: SendSetup, id: string) {
    await setup.services.prisma.introRequest.update({
      where: { id },
      data: { requesterName: "Alex Chen", targetName: "Mary Jones", subject: "Intro to Mary?", specificityScore: 70 },
    });
  }

  it("is written with the move to awaiting_connector, from and to the connector, and queued after the commit", async () => {
    const setup = await setUp();
    const id = await setup.newRequest();
    await named(setup, id);
    expect(await setup.analyse(id)).toBe("analysed");
    expect(await setup.stateOf(id)).toBe("awaiting_connector");
    const [row, ...more] = await setup.reviews(id);
    if (!row?.raw) throw new Error("no review email");
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({ connectorId: setup.connectorId, status: "pending", gmailThreadId: null });
    expect(setup.queued).toEqual([{ id: row.id, rowExisted: true }]);

    const mail = await simpleParser(Buffer.from(row.raw));
    expect(mail.from?.value.map((value) => value.address)).toEqual([setup.address]);
    expect((Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((to) => to?.value ?? [])).toEqual([
      expect.objectContaining({ address: setup.address }),
    ]);
    expect(mail.inReplyTo).toBeUndefined();
    expect(mail.headers.get("x-safeintro-purpose")).toBe("review");
    expect(mail.subject).toBe("Intro request: Alex Chen would like to meet Mary Jones");
    expect(mail.text).toMatch(/Suggested: (Ask the target|Ask for details|Suggest a call|Decline)\n/);
    expect(mail.text).toContain(`Ask the target: https://safeintro.example/requests/${id}/act/ask_target\n`);
    expect(mail.text).toContain("Specificity: 70/100");
  });

  it("is not written for a judgement again, nor for one after the requester sent details", async () => {
    const setup = await setUp();
    const id = await setup.newRequest();
    await setup.analyse(id);
    await setup.analyse(id);
    await setup.services.prisma.introRequest.update({ where: { id }, data: { state: "analyzed" } });
    await setup.analyse(id);
    expect(await setup.stateOf(id)).toBe("awaiting_connector");
    expect(await setup.reviews(id)).toHaveLength(1);
    expect(setup.queued).toHaveLength(1);
  });

  it("is not written when the connector turned review emails off, has not allowed sending, or the first sync runs", async () => {
    const off = await setUp();
    await off.services.prisma.connector.update({ where: { id: off.connectorId }, data: { reviewEmails: false } });
    const readOnly = await setUp({ scopes: READ_SCOPES });
    const firstSync = await setUp({ firstSyncDone: false });
    for (const setup of [off, readOnly, firstSync]) {
      const id = await setup.newRequest();
      expect(await setup.analyse(id)).toBe("analysed");
      expect(await setup.stateOf(id)).toBe("awaiting_connector");
      expect(await setup.services.prisma.outboxEmail.count({ where: { connectorId: setup.connectorId } })).toBe(0);
      expect(setup.queued).toHaveLength(0);
    }
  });

  it("that cannot be made leaves the judgement standing, without it", async () => {
    const setup = await setUp();
    const id = await setup.newRequest();
    const broken: EmailRenderer = {
      ...renderer,
      render: () => {
        throw new Error("template broken");
      },
    };
    expect(await setup.analyse(id, { ...setup.deps, renderer: broken })).toBe("analysed");
    expect(await setup.stateOf(id)).toBe("awaiting_connector");
    expect(await setup.reviews(id)).toHaveLength(0);
  });
});
