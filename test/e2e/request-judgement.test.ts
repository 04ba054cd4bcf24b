import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { queuesIdle } from "../support/queues-idle.js";
import { CORPUS_PEOPLE } from "../support/corpus-people.js";
import { correspondence, historyMessage, type Correspondent } from "../support/history-mail.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

const DAY_MS = 86_400_000;
const now = new Date();

/** The people of the mailbox: requesters from the corpus's requests, and the targets they name. */
const people = CORPUS_PEOPLE;

/**
 * Months of two-way history with the requesters and their targets (but none with Zoë
 * Bäckström, whom Marcus asks for), a newsletter, a thread where Priya and Oskar both
 * appear, then five requests from the labelled corpus, one for each recommendation.
 */
async function mailbox(connector: Correspondent): Promise<Buffer[]> {
  const strong = { count: 24, everyDays: 9, now };
  const history = await Promise.all(
    (["priya", "oskar", "dev", "harold", "marcus", "alex", "mary"] as const).map((key) =>
      correspondence(connector, people[key], { ...strong, topic: `Catching up with ${people[key].name}` }),
    ),
  );
  const together = await historyMessage({
    from: connector,
    to: [people.priya, people.oskar],
    subject: "Dinner on Thursday",
    date: new Date(now.getTime() - 40 * DAY_MS),
    sent: true,
  });
  const newsletter = await historyMessage({
    from: { name: "Fintech Weekly", email: "no-reply@fintechweekly.example" },
    to: [connector],
    subject: "This week in fintech",
    date: new Date(now.getTime() - 3 * DAY_MS),
    headers: { "List-Unsubscribe": "<mailto:unsubscribe@fintechweekly.example>" },
  });
  return [
    ...history.flat(),
    together,
    newsletter,
    corpus("high-02-oskar-lindqvist-cto.eml"), // Priya → Oskar: specific, both close: ask the target
    corpus("low-03-pick-brain-harold-quennell.eml"), // Dev → Harold: vague, both close: suggest a call
    corpus("high-05-zoe-backstrom-cp1252.eml"), // Marcus → Zoë: never in the mailbox: decline
    corpus("high-01-mary-jones-hr.eml"), // Alex → Mary: no blurb: ask for details
    corpus("low-07-tobias-reinholt-qp.eml"), // Sasha, a stranger: decline
  ];
}

describe("every request judged: counters from headers, an analysis job, the recommendation on its page", () => {
  let product: RunningProduct;
  const address = uniqueAddress();
  const connector = { name: "Sam Rivera", email: address };
  const browser = new BrowserSession();
  let connectorId = "";

  beforeAll(async () => {
    product = await startProduct({
      emulator: { mailboxes: { [address]: await mailbox(connector) } },
      // Only the poll the schedule runs at once: judged() waits for the queues to be idle.
      env: { POLL_INTERVAL_SECONDS: "3600" },
    });
    await product.connect(browser, address);
    const account = await product.services.prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    connectorId = account.connectorId;
  });
  afterAll(async () => {
    await product?.stop();
  });

  /**
   * The five requests, once judged on the whole history: requests found early in the first
   * sync are judged on part of it, then again when the full sync and the contact count end.
   * Judged when that work is over, never by comparing times: the poll scheduled at connect
   * runs a second, short sync whose end a slow machine could take for the full sync's, after
   * which no analysis would ever come.
   */
  const judged = () =>
    eventually(async () => {
      const { prisma } = product.services;
      const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
      if (account.historyId === null || !(await queuesIdle(product.redisPrefix))) return null;
      const requests = await prisma.introRequest.findMany({ where: { connectorId } });
      const done = (request: (typeof requests)[number]) =>
        request.state === "awaiting_connector" && request.analyzedAt !== null;
      return requests.length === 5 && requests.every(done) ? requests : null;
    }, 25_000);

  it("recommends for each request what a careful connector would, with its evidence on the request's page", async () => {
    const requests = await judged();
    const byRequester = Object.fromEntries(requests.map((request) => [request.requesterEmail, request]));
    expect(byRequester["priya@ledgerleaf.test"]?.recommendation).toBe("ask_target");
    expect(byRequester["dev@quickfox.example"]?.recommendation).toBe("suggest_call");
    expect(byRequester["marcus@tallowhill.example"]?.recommendation).toBe("decline");
    expect(byRequester["alex@northwind.example"]?.recommendation).toBe("ask_requester_for_details");
    expect(byRequester["sasha@mintleaf.example"]?.recommendation).toBe("decline");

    const priya = byRequester["priya@ledgerleaf.test"];
    if (!priya) throw new Error("no request from Priya");
    const judgement = priya.judgement as {
      target: { status: string; email?: string };
      ties: {
        requester: { band: string; evidence: string };
        target: { band: string };
        requesterTarget: { score: number };
      };
    };
    // Named without an address, found among the contacts by display name.
    expect(judgement.target).toMatchObject({ status: "resolved", email: people.oskar.email });
    expect(judgement.ties.requester.band).toBe("strong");
    expect(judgement.ties.requester.evidence).toMatch(/both ways/);
    expect(judgement.ties.target.band).toBe("strong");
    expect(judgement.ties.requesterTarget.score).toBeGreaterThan(0);

    const events = await product.services.prisma.introRequestEvent.findMany({ where: { introRequestId: priya.id } });
    expect(events).toMatchObject([{ kind: "transition", fromState: "detected", toState: "awaiting_connector" }]);

    const pages = await browser.navigate(`${product.url}/requests/${priya.id}`);
    const page = pages.at(-1);
    expect(page?.status).toBe(200);
    expect(page?.body).toContain("Ask the target");
    expect(page?.body).toContain("Oskar Lindqvist");
  });

  it("counts automated mail for nothing, and the connector's own addresses never as a contact", async () => {
    await judged();
    const { prisma } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    const newsletter = await prisma.contact.findUniqueOrThrow({
      where: { accountId_email: { accountId: account.id, email: "no-reply@fintechweekly.example" } },
    });
    expect(newsletter).toMatchObject({ automatedMessages: 1, sentMessages: 0, receivedMessages: 0 });
    expect(await prisma.contact.count({ where: { accountId: account.id, email: address } })).toBe(0);
    const priya = await prisma.contact.findUniqueOrThrow({
      where: { accountId_email: { accountId: account.id, email: people.priya.email } },
    });
    // 24 messages of history, alternating, plus the dinner thread (sent) and her request (received).
    expect(priya).toMatchObject({ sentMessages: 13, receivedMessages: 13 });
  });

  it("counts nothing twice when the mailbox is fully synced again", async () => {
    await judged();
    const { prisma, jobs } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    const snapshot = async () => ({
      messages: await prisma.syncedMessage.count({ where: { accountId: account.id } }),
      contacts: await prisma.contact.findMany({
        where: { accountId: account.id },
        orderBy: { email: "asc" },
        select: { email: true, sentMessages: true, receivedMessages: true, automatedMessages: true },
      }),
      months: await prisma.contactMonth.aggregate({
        where: { contact: { accountId: account.id } },
        _sum: { sentWeight: true, receivedWeight: true },
      }),
      threads: await prisma.contactThread.count({ where: { contact: { accountId: account.id } } }),
    });
    const before = await snapshot();
    // As after an expired history cursor: the next sync is a full one over every message.
    await prisma.googleAccount.update({ where: { id: account.id }, data: { historyId: null } });
    await jobs.requestSync(account.id, "manual");
    await eventually(
      async () => (await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } })).historyId !== null,
    );
    expect(await snapshot()).toEqual(before);
  });

  it("retries an analysis that failed, saying so on the request until it succeeds", async () => {
    const requests = await judged();
    const { prisma, analysis } = product.services;
    const target = requests[0];
    if (!target) throw new Error("no request");
    // A real database failure for this one request: its judgement cannot be written.
    const guard = `fail_analysis_${target.id.replaceAll("-", "")}`;
    await prisma.$executeRawUnsafe(
      `CREATE FUNCTION ${guard}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$`,
    );
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER ${guard} BEFORE UPDATE ON intro_requests FOR EACH ROW
       WHEN (OLD.id = '${target.id}' AND NEW.analyzed_at IS DISTINCT FROM OLD.analyzed_at) EXECUTE FUNCTION ${guard}()`,
    );
    try {
      await analysis.requestAnalysis(target.id);
      const failed = await eventually(() =>
        prisma.introRequest.findFirst({ where: { id: target.id, analysisError: { not: null } } }),
      );
      expect(failed.analysisError).toMatch(/trying again/);
      const page = (await browser.navigate(`${product.url}/requests/${target.id}`)).at(-1);
      expect(page?.body).toContain("trying again");
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER ${guard} ON intro_requests`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION ${guard}()`);
    }
    const healed = await eventually(
      () =>
        prisma.introRequest.findFirst({
          where: { id: target.id, analysisError: null, analyzedAt: { gt: target.analyzedAt ?? new Date(0) } },
        }),
      20_000,
    );
    expect(healed.recommendation).toBe(target.recommendation);
    // Judged again, moved once: still one transition.
    expect(await prisma.introRequestEvent.count({ where: { introRequestId: target.id, kind: "transition" } })).toBe(1);
  });
});
