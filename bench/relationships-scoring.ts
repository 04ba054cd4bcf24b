/**
 * The relationships benchmark's second part: the judgement of one request (analyzeIntroRequest)
 * in a mailbox whose counters are built, timed whole, each of its read stages alone (the same
 * functions it calls), and its pure part alone (resolveTarget, scoreTie, scoreSharedThreads and
 * recommend on data read beforehand).
 */
import type { PrismaClient } from "../src/db/index.js";
import {
  type Judgement,
  recommend,
  resolveTarget,
  scoreSharedThreads,
  scoreTie,
  targetKeyOf,
} from "../src/relationships/index.js";
import { analyzeIntroRequest } from "../src/requests/index.js";
import { findTargetCandidates, readContactCounters, readSharedThreads } from "../src/requests/read-contacts.js";
import { readLedgerAndProtection } from "../src/requests/read-ledger.js";
import type { SyncTarget } from "../src/sync/store-messages.js";
import type { HeaderMailbox } from "./relationships-headers.js";

export const RUNS = 300;
export const WARM_UP = 20;
const STAGE_RUNS = 100;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A connected mailbox of the benchmark. */
export interface BenchAccount {
  email: string;
  connectorId: string;
  target: SyncTarget;
}

/** p50, p99 and max of durations in ms. */
function spread(values: number[], digits = 2) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (fraction: number) => sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  return { p50: round(rank(0.5), digits), p99: round(rank(0.99), digits), max: round(sorted.at(-1) ?? 0, digits) };
}

async function timed(runs: number, work: (run: number) => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work(run);
    times.push(performance.now() - start);
  }
  return times;
}

/** Three requests from the mailbox's most frequent correspondents, each naming another by name only. */
export async function scoreMailbox(prisma: PrismaClient, account: BenchAccount, mailbox: HeaderMailbox, NOW: Date) {
  const { accountId } = account.target;
  // Targets whose whole name no other correspondent has: resolved alike in both mailboxes.
  const named = new Map<string, number>();
  for (const person of mailbox.people) named.set(person.name, (named.get(person.name) ?? 0) + 1);
  const uniqueFrom = (index: number) => mailbox.people.slice(index).find((person) => named.get(person.name) === 1);
  const requests = [];
  for (const [index, [from, to]] of [
    [0, 4],
    [1, 9],
    [2, 19],
  ].entries()) {
    const requester = mailbox.people[from ?? 0];
    const target = uniqueFrom(to ?? 0);
    if (!requester || !target) throw new Error("the mailbox has too few correspondents");
    const row = await prisma.introRequest.create({
      data: {
        connectorId: account.connectorId,
        sourceKey: `bench-request-${index}`,
        requesterName: requester.name,
        requesterEmail: requester.email,
        targetName: target.name,
        reason: "They are hiring for exactly what I do.",
        ask: "A short email intro.",
        specificityScore: 85,
        specificityBand: "high",
        receivedAt: NOW,
      },
    });
    requests.push(row);
  }
  const ids = requests.map((request) => request.id);
  const analyse = (run: number) => analyzeIntroRequest(prisma, ids[run % ids.length] ?? "", NOW);
  await timed(WARM_UP, analyse);
  const total = await timed(RUNS, analyse);
  const contacts = await prisma.contact.count({ where: { accountId } });

  // The same reads as the job, each alone, and everything it computes from what they return.
  const loaded = await Promise.all(
    requests.map(async (request) => {
      const excluded = [account.email, request.requesterEmail];
      const named = { name: request.targetName, email: null, organization: null };
      const candidates = await findTargetCandidates(prisma, accountId, request.targetName ?? "", excluded);
      const target = resolveTarget(named, candidates);
      const targetEmails =
        target?.status === "resolved"
          ? [target.email]
          : target?.status === "ambiguous"
            ? target.candidates.map((c) => c.email)
            : [];
      const counters = await readContactCounters(prisma, accountId, [request.requesterEmail, ...targetEmails]);
      const ids = [counters.get(request.requesterEmail)?.id, counters.get(targetEmails[0] ?? "")?.id];
      const keys = [targetKeyOf({ email: targetEmails[0] ?? null, name: request.targetName })].filter(
        (key): key is string => key !== null,
      );
      const ledgerQuery = {
        connectorId: account.connectorId,
        accountId,
        connectorAddresses: [account.email],
        requesterEmail: request.requesterEmail,
        introRequestId: request.id,
        targetKeys: keys,
        now: NOW,
      };
      const { ledger, protection } = await readLedgerAndProtection(prisma, ledgerQuery);
      const shared = await readSharedThreads(prisma, ids[0] ?? "", ids[1] ?? "");
      return { request, named, excluded, candidates, targetEmails, counters, ids, ledgerQuery, ledger, protection, shared }; // prettier-ignore
    }),
  );
  const each = (run: number) => loaded[run % loaded.length] as (typeof loaded)[number];
  const stages = {
    targetSearch: spread(
      await timed(STAGE_RUNS, (run) => {
        const { request, excluded } = each(run);
        return findTargetCandidates(prisma, accountId, request.targetName ?? "", excluded);
      }),
    ),
    counters: spread(
      await timed(STAGE_RUNS, (run) =>
        readContactCounters(prisma, accountId, [each(run).request.requesterEmail, ...each(run).targetEmails]),
      ),
    ),
    sharedThreads: spread(
      await timed(STAGE_RUNS, (run) => readSharedThreads(prisma, each(run).ids[0] ?? "", each(run).ids[1] ?? "")),
    ),
    ledgerAndProtection: spread(
      await timed(STAGE_RUNS, (run) => readLedgerAndProtection(prisma, each(run).ledgerQuery)),
    ),
  };
  const pure = (run: number) => {
    const data = each(run);
    const target = resolveTarget(data.named, data.candidates);
    const requester = data.counters.get(data.request.requesterEmail) ?? null;
    let targetTie: Judgement["ties"]["target"] = null;
    for (const email of data.targetEmails) {
      const tie = scoreTie(data.counters.get(email) ?? null, NOW, data.request.targetName);
      if (targetTie === null || tie.score > targetTie.score) targetTie = tie;
    }
    const ties = {
      requester: scoreTie(requester, NOW, data.request.requesterName),
      target: targetTie,
      requesterTarget: targetTie === null ? null : scoreSharedThreads(data.shared, NOW),
    };
    return recommend({
      specificity: { score: 85, band: "high", missing: [] },
      target,
      ties,
      ledger: data.ledger,
      protection: data.protection,
      requesterName: data.request.requesterName,
      targetName: data.request.targetName,
    });
  };
  await timed(WARM_UP, pure);
  const pureTimes = await timed(RUNS, pure);
  const judged = await prisma.introRequest.findMany({ where: { id: { in: ids } }, select: { judgement: true } });
  return {
    messages: mailbox.size,
    contacts,
    analyzeMs: spread(total),
    stagesMs: stages,
    /** analyzeIntroRequest's p50 less its read stages' p50s: the request's read and the judgement's write transaction. */
    restMs: round(spread(total).p50 - Object.values(stages).reduce((sum, stage) => sum + stage.p50, 0), 2),
    pureMs: spread(pureTimes, 3),
    requesterMessages: loaded.map((data) => {
      const counters = data.counters.get(data.request.requesterEmail);
      return (counters?.sentMessages ?? 0) + (counters?.receivedMessages ?? 0);
    }),
    targets: judged.map((row) => (row.judgement as unknown as Judgement | null)?.target?.status ?? "none"),
  };
}
