import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadMailboxDir } from "@safeintro/gmail-emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY_MS, type Message, NOW, read, SAM, SEED } from "../support/demo-mail.js";
import { ThreadIndex } from "../../packages/gmail-emulator/src/mailbox/threading.js";
import { DEMO_CAST, DEMO_REQUESTS, generateDemoMailbox, writeDemoMailbox } from "../../src/dev/demo-mailbox/index.js";
import { boundEmail, readMessageText } from "../../src/intake/index.js";
import { detectIntroductionMade, type IntroductionMade } from "../../src/intros/index.js";
import { tallyContacts } from "../../src/relationships/tally-contacts.js";
import {
  type ContactCounters,
  contactSearchKey,
  nameSearchTerms,
  readHeaderFacts,
  recommend,
  resolveTarget,
  scoreSharedThreads,
  scoreTie,
  type TieStrength,
} from "../../src/relationships/index.js";
import { targetKeyOf } from "../../src/relationships/target-key.js";

// The demo mailbox's ties and what its intro requests lead to. The mailbox itself (determinism,
// parsing, labels, threading, which messages are requests): demo-mailbox.test.ts.

/**
 * The whole mailbox as the demo serves it (generated and hand-written), judged as the analysis
 * job judges a request (src/requests/analyze-request.ts), but from the mail in memory rather
 * than from stored counters: the same counting, tie, target, ledger and recommendation code.
 */
describe("the mailbox as the demo serves it", () => {
  let dir: string;
  let generated: number;
  let judged: JudgedMailbox;

  beforeAll(async () => {
    generated = (await generateDemoMailbox({ seed: SEED, now: NOW })).length;
    dir = await mkdtemp(join(tmpdir(), "demo-mailbox-test-"));
    const { mailboxDir, messages: count } = await writeDemoMailbox(dir, { seed: SEED, now: NOW });
    expect((await readdir(mailboxDir)).length).toBe(count);
    const raws = (await loadMailboxDir(dir))[SAM] ?? [];
    const names = (await readdir(mailboxDir)).sort();
    const mailbox = await Promise.all(raws.map((raw, i) => read(names[i] ?? "", raw)));
    // Oldest first, as the emulator adds them (and threads them).
    mailbox.sort((a, b) => (a.mail.date?.getTime() ?? 0) - (b.mail.date?.getTime() ?? 0));
    judged = judgeMailbox(mailbox, NOW);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("holds the generated messages and the hand-written samples", async () => {
    const names = await readdir(join(dir, SAM));
    expect(names.length).toBe(generated + 15);
    expect(names).toContain("07-nearmiss-meet-02-dana-meet-leo.eml");
  });

  it("gives each of the cast the tie the mail is written to show", () => {
    for (const member of Object.values(DEMO_CAST)) {
      const tie = judged.tieOf(member.email);
      expect(tie.band, `${member.name}: ${tie.score}, ${tie.evidence}`).toBe(member.tie);
    }
  });

  it("counts newsletters and notifications for nothing", () => {
    const automated = judged.counters.filter((contact) => contact.automatedMessages > 0);
    expect(automated.map((contact) => contact.email)).toEqual(
      expect.arrayContaining(["weekly@connectorweekly.example", "no-reply@codehub.example"]),
    );
    for (const contact of automated) {
      expect(contact.sentMessages + contact.receivedMessages, contact.email).toBe(0);
      expect(judged.tieOf(contact.email).band, contact.email).toBe("none");
    }
  });

  it.each(DEMO_REQUESTS.map((request) => [request.fileName, request] as const))(
    "%s leads to its recommendation",
    (fileName, request) => {
      const judgement = judged.requests.get(fileName);
      expect(judgement?.reasons[0], judgement?.summary).toBe(request.rule);
      expect(judgement?.recommendation).toBe(request.recommendation);
    },
  );
});

interface JudgedMailbox {
  /** Each request's recommendation and the rules that applied, by file name. */
  requests: Map<string, { recommendation: string; reasons: string[]; summary: string }>;
  counters: ContactCounters[];
  tieOf(email: string): TieStrength;
}

/**
 * Every request in the mailbox, judged from its mail (see the describe block above). A target
 * is taken only when resolved to one contact: the demo's requests name people clearly.
 */
function judgeMailbox(mailbox: Message[], now: Date): JudgedMailbox {
  const threads = new ThreadIndex();
  const counted = mailbox.map((message, index) => {
    const references = [message.mail.references ?? [], message.mail.inReplyTo ?? []].flat();
    const threadId = threads.find(references, message.mail.subject ?? "") ?? String(index);
    threads.remember(threadId, message.mail.messageId, message.mail.subject ?? "");
    return { facts: readHeaderFacts(message.email.contactHeaders, message.mail.date ?? now), threadId };
  });
  const tally = tallyContacts(counted, [SAM]);
  const counters = new Map<string, ContactCounters>(
    tally.contacts.map((contact) => [
      contact.email,
      {
        ...contact,
        firstContactAt:
          [contact.firstSentAt, contact.firstReceivedAt]
            .filter((date) => date !== null)
            .sort((a, b) => a.getTime() - b.getTime())[0] ?? null,
        twoWayThreads: tally.threads.filter((t) => t.email === contact.email && t.contactWrote && t.connectorWrote)
          .length,
        months: tally.months.filter((month) => month.email === contact.email),
      },
    ]),
  );
  const introductions = mailbox.flatMap((message, index): IntroductionMade[] => {
    const facts = counted[index]?.facts;
    if (!facts?.from || message.analysis.isIntroRequest || message.email.isBulk) return [];
    const bounded = boundEmail(message.email);
    const { fresh } = readMessageText(bounded.subject, bounded.text);
    const made = detectIntroductionMade({
      fresh,
      from: facts.from.email,
      recipients: facts.recipients.map((r) => r.email),
    });
    return made ? [made] : [];
  });

  const requests = mailbox
    .filter((message) => message.analysis.isIntroRequest)
    .map((message) => {
      const { analysis } = message;
      const requester = analysis.requester.email ?? "";
      const name = analysis.target?.name ?? null;
      const candidates = [...counters.values()]
        .filter((c) => c.email !== SAM && c.email !== requester)
        .filter((c) =>
          nameSearchTerms(name ?? "").some((term) => contactSearchKey(c.email, c.displayName).includes(term)),
        )
        .map((c) => ({ email: c.email, displayName: c.displayName, messages: c.sentMessages + c.receivedMessages }));
      const target =
        name === null
          ? null
          : resolveTarget({ name, email: null, organization: analysis.target?.organization ?? null }, candidates);
      const targetEmail = target?.status === "resolved" ? target.email : null;
      return { message, requester, name, target, targetEmail, key: targetKeyOf({ email: targetEmail, name }) };
    });

  const sharedThreads = (a: string, b: string) => {
    const ofA = new Map(tally.threads.filter((t) => t.email === a).map((t) => [t.threadId, t.lastAt]));
    const both = tally.threads.filter((t) => t.email === b && ofA.has(t.threadId));
    const last = Math.max(...both.map((t) => Math.max(t.lastAt.getTime(), ofA.get(t.threadId)?.getTime() ?? 0)));
    return { threads: both.length, lastAt: both.length > 0 ? new Date(last) : null };
  };

  const judged = new Map(
    requests.map((request) => {
      const { analysis } = request.message;
      const requesterTie = scoreTie(counters.get(request.requester) ?? null, now, analysis.requester.name);
      const targetTie: TieStrength | null = request.targetEmail
        ? scoreTie(counters.get(request.targetEmail) ?? null, now, request.name)
        : null;
      const keys = [request.key, targetKeyOf({ email: null, name: request.name })];
      const since = now.getTime() - 90 * DAY_MS;
      const requestsLast90Days = requests.filter(
        (other) =>
          other !== request &&
          other.key !== null &&
          keys.includes(other.key) &&
          (other.message.mail.date?.getTime() ?? 0) >= since,
      ).length;
      const specificity = analysis.specificity;
      const result = recommend({
        specificity: specificity && {
          score: specificity.score,
          band: specificity.band,
          missing: specificity.signals.filter((s) => !s.present && s.id !== "vague_ask").map((s) => s.id),
        },
        target: request.target,
        ties: {
          requester: requesterTie,
          target: targetTie,
          requesterTarget: request.targetEmail
            ? scoreSharedThreads(sharedThreads(request.requester, request.targetEmail), now)
            : null,
        },
        ledger: {
          madeForRequester: introductions.filter(
            (i) => i.introducer === SAM && i.introduced.includes(request.requester),
          ).length,
          madeByRequester: introductions.filter((i) => i.introducer === request.requester && i.introduced.includes(SAM))
            .length,
          previousRequests: { total: 0, introduced: 0, declined: 0, open: 0 },
        },
        protection: { requestsLast90Days, pastDeclines: 0, isProtected: false },
        requesterName: analysis.requester.name,
        targetName: request.name,
      });
      const summary = `${analysis.requester.name} (${requesterTie.band}) → ${request.name} (${request.target?.status}, ${targetTie?.band}), asked ${requestsLast90Days} other times`;
      return [
        request.message.fileName,
        { recommendation: result.recommendation, reasons: result.reasons.map((reason) => reason.rule), summary },
      ];
    }),
  );
  return {
    requests: judged,
    counters: [...counters.values()],
    tieOf: (email) => scoreTie(counters.get(email) ?? null, now, counters.get(email)?.displayName ?? null),
  };
}
