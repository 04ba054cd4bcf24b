/**
 * `npx tsx scripts/measure-counting.ts [DIR] [--connector a@x,b@x] [--sample N] [--seed S]`:
 * the relationship counters measured on a folder of real .eml files (default
 * ../shared/real-mail/enron-berkeley, which is not in the repository). Everything goes through
 * the product's own functions: parseEmail → contactHeaders → readHeaderFacts →
 * messageContactDelta / tallyContacts → scoreTie. Prints what the headers hold (parse failures,
 * missing From or recipients, recipient counts and the weight they leave), what is classed
 * automated and why, the inferred connector's strongest ties, every automated sender and the
 * busiest senders not classed automated (to judge the rules by hand). `--sample N` also lists
 * N non-automated messages picked at random (seeded: the same N and seed give the same list).
 * Hand labels (`--labels FILE`, default test/fixtures/real-mail-labels/automated-sample.csv:
 * file,label,classifier,set,note; label person, calendar, bulk or machine) give the automated
 * rules' precision and recall on each labelled set.
 *
 * What a real mailbox has and this folder lacks is stood in for, and said so: the connector's
 * addresses (the address most often on messages as sender or recipient, plus the other From
 * addresses the corpus's own X-From gives the same name; `--connector` overrides), their mailbox
 * (the folder is many people's mail: the connector's mailbox is the messages from their own
 * X-Origin or with them on From, To or Cc, each message once), and Gmail's thread id (the subject
 * without Re:/Fw: prefixes). The counting itself reads only the real headers contactHeaders keeps.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { InputError, mailboxKey, parseEmail } from "../src/intake/index.js";
import { csvFields } from "../src/dev/csv-fields.js";
import {
  type ContactCounters,
  type ContactTally,
  type HeaderFacts,
  type TieBand,
  type TieStrength,
  isAutomatedSender,
  messageContactDelta,
  readHeaderFacts,
  scoreTie,
  tallyContacts,
} from "../src/relationships/index.js";

const DEFAULT_DIR = "../shared/real-mail/enron-berkeley";
/** Gmail's own limit, as MAX_MESSAGE_BYTES defaults to. */
const MAX_BYTES = 25 * 1024 * 1024;
const DAY_MS = 86_400_000;

const DEFAULT_LABELS = fileURLToPath(
  new URL("../test/fixtures/real-mail-labels/automated-sample.csv", import.meta.url),
);
/** Hand labels that mean "should have been classed automated". */
const AUTOMATED_LABELS = new Set(["bulk", "machine"]);

interface Options {
  dir: string;
  connector: string[] | null;
  sample: number;
  seed: number;
  labels: string;
}

function readOptions(argv: readonly string[]): Options {
  const options: Options = { dir: DEFAULT_DIR, connector: null, sample: 0, seed: 1, labels: DEFAULT_LABELS };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    const value = (): string => {
      const next = argv[++index];
      if (next === undefined) fail(`${arg} needs a value`);
      return next;
    };
    if (arg === "--connector") options.connector = value().toLowerCase().split(",").filter(Boolean);
    else if (arg === "--sample") options.sample = Number(value());
    else if (arg === "--seed") options.seed = Number(value());
    else if (arg === "--labels") options.labels = value();
    else if (arg.startsWith("--")) fail(`unknown option ${arg}`);
    else options.dir = arg;
  }
  if (!Number.isInteger(options.sample) || options.sample < 0) fail("--sample takes a whole number");
  if (!Number.isInteger(options.seed)) fail("--seed takes a whole number");
  return options;
}

function fail(message: string): never {
  process.stderr.write(`measure-counting: ${message}\n`);
  process.exit(1);
}

/** One message as read: its file, its facts, and what only this script looks at. */
interface Message {
  file: string;
  facts: HeaderFacts;
  threadId: string;
  subject: string;
  /** Addresses mailparser read in From and To that readHeaderFacts refused (invalid). */
  refused: { from: string[]; to: string[] };
  /** The corpus's X-From (the sender's name as the mail system knew it): only to find the connector's aliases. */
  corpusFrom: string | null;
  /** The corpus's X-Origin (whose mailbox the file came from): only to rebuild the connector's mailbox. */
  corpusOrigin: string | null;
}

const options = readOptions(process.argv.slice(2));
if (!existsSync(options.dir)) {
  fail(
    `${options.dir} does not exist: this measurement needs the real-mail folder (../shared/real-mail, not part of the repository), or pass a folder of .eml files`,
  );
}
const files = readdirSync(options.dir)
  .filter((file) => file.toLowerCase().endsWith(".eml"))
  .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
if (files.length === 0) fail(`${options.dir} holds no .eml files`);

// 1. Read every message through intake and the header reader.
const started = performance.now();
const messages: Message[] = [];
const failures = new Map<string, number>();
let noDate = 0;
for (const file of files) {
  const raw = readFileSync(path.join(options.dir, file));
  try {
    const email = await parseEmail(raw, { maxBytes: MAX_BYTES });
    // Gmail's internal date stands in for a missing Date; a file has none, so such a message is dated 1970 and counted.
    if (email.date === null) noDate++;
    const facts = readHeaderFacts(email.contactHeaders, email.date ?? new Date(0));
    const kept = new Set(facts.recipients.map(({ email: address }) => address));
    messages.push({
      file,
      facts,
      threadId: threadKey(email.subject, file),
      subject: email.subject,
      refused: {
        from: email.from.email !== null && facts.from === null ? [email.from.email] : [],
        to: email.to.flatMap(({ email: address }) => (address === null || kept.has(address) ? [] : [address])),
      },
      corpusFrom: corpusHeader(raw, "x-from"),
      corpusOrigin: corpusHeader(raw, "x-origin")?.toUpperCase() ?? null,
    });
  } catch (error) {
    const reason = error instanceof InputError ? error.code : `other: ${(error as Error).message}`;
    failures.set(reason, (failures.get(reason) ?? 0) + 1);
  }
}
const parseMs = performance.now() - started;

/** Gmail threads by subject and references; this corpus keeps no references, so the subject stands in. */
function threadKey(subject: string, file: string): string {
  const key = subject
    .toLowerCase()
    .replace(/^(?:\s*(?:re|fw|fwd|aw|wg)\s*(?:\[\d+\])?\s*:)+/i, "")
    .replace(/\s+/g, " ")
    .trim();
  return key === "" ? `file:${file}` : `subject:${key}`;
}

/** A header of the corpus's own (X-From, X-Origin), from the header block; never counted. */
function corpusHeader(raw: Buffer, name: string): string | null {
  const head = raw.subarray(0, 65_536).toString("latin1");
  const end = head.search(/\r?\n\r?\n/);
  const block = end < 0 ? head : head.slice(0, end);
  const match = new RegExp(`^${name}:[ \\t]*(.*)$`, "im").exec(block);
  const value = match?.[1]?.trim() ?? "";
  return value === "" ? null : value;
}

// 2. The connector: the address most often on messages, as sender or recipient.
const appearances = new Map<string, number>();
for (const { facts } of messages) {
  const seen = new Set([...(facts.from ? [facts.from.email] : []), ...facts.recipients.map(({ email }) => email)]);
  for (const email of seen) appearances.set(email, (appearances.get(email) ?? 0) + 1);
}
const ranked = [...appearances.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const top = ranked[0]?.[0];
if (top === undefined) fail("no message has a readable From, To or Cc");
const connectorAddresses = options.connector ?? [top, ...aliasesOf(top)];
const connectorKeys = new Set(connectorAddresses.map(mailboxKey));
const isConnector = (email: string): boolean => connectorKeys.has(mailboxKey(email));

/** Other From addresses whose X-From gives the same name (order, initials and punctuation aside). */
function aliasesOf(address: string): string[] {
  const nameKey = (name: string): string =>
    name
      .replace(/<[^>]*>/g, " ")
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((part) => part.length > 1)
      .sort()
      .join(" ");
  const namesOf = new Map<string, Map<string, number>>();
  for (const { facts, corpusFrom } of messages) {
    if (facts.from === null || corpusFrom === null) continue;
    const key = nameKey(corpusFrom);
    if (key === "") continue;
    const names = namesOf.get(facts.from.email) ?? new Map<string, number>();
    names.set(key, (names.get(key) ?? 0) + 1);
    namesOf.set(facts.from.email, names);
  }
  const usual = (email: string): string | undefined =>
    [...(namesOf.get(email)?.entries() ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0];
  const own = usual(address);
  if (own === undefined || !own.includes(" ")) return [];
  return [...namesOf.keys()].filter((email) => email !== address && usual(email) === own).sort();
}

/**
 * The connector's mailbox as Gmail would hold it: messages from their own X-Origin (their
 * folders: inbox, sent, lists, Bcc) and those elsewhere with them on From, To or Cc (a copy
 * reached them too), each message once (the same one sits in several folders and mailboxes).
 */
const origins = new Map<string, number>();
for (const { facts, corpusOrigin } of messages) {
  if (corpusOrigin !== null && facts.from !== null && isConnector(facts.from.email)) {
    origins.set(corpusOrigin, (origins.get(corpusOrigin) ?? 0) + 1);
  }
}
const connectorOrigin = [...origins.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
const onMessage = ({ facts }: Message): boolean =>
  [facts.from, ...facts.recipients].some((person) => person !== null && isConnector(person.email));
const copies = new Set<string>();
let repeated = 0;
const mailbox = messages.filter((message) => {
  if (!(message.corpusOrigin === connectorOrigin || onMessage(message))) return false;
  const { facts } = message;
  const key = JSON.stringify([
    facts.date.getTime(),
    facts.from?.email ?? null,
    facts.recipients.map(({ email }) => email).sort(),
    message.subject.replace(/\s+/g, " ").trim(),
  ]);
  if (copies.has(key)) {
    repeated++;
    return false;
  }
  copies.add(key);
  return true;
});

// 3. Each message's delta, and the tally of the connector's mailbox.
const countStarted = performance.now();
const deltas = messages.map((message) => messageContactDelta(message.facts, connectorAddresses, message.threadId));
const tally = tallyContacts(
  mailbox.map(({ facts, threadId }) => ({ facts, threadId })),
  connectorAddresses,
);
const newest = Math.max(...mailbox.map(({ facts }) => facts.date.getTime()));
const now = new Date(newest + DAY_MS);
const ties = countersOf(tally).map((counters) => ({
  counters,
  tie: scoreTie(counters, now, counters.displayName),
}));
const countMs = performance.now() - countStarted;

/**
 * The tally as the stored counters scoreTie reads: what count-message-headers.ts writes
 * (firstContactAt the earlier of first sent and first received) and read-contacts.ts reads back
 * (the months, and the threads where both wrote).
 */
function countersOf({ contacts, months, threads }: ContactTally): ContactCounters[] {
  const monthsOf = new Map<string, ContactCounters["months"]>();
  for (const { email, month, sentWeight, receivedWeight } of months) {
    monthsOf.set(email, [...(monthsOf.get(email) ?? []), { month, sentWeight, receivedWeight }]);
  }
  const twoWay = new Map<string, number>();
  for (const thread of threads) {
    if (thread.contactWrote && thread.connectorWrote) twoWay.set(thread.email, (twoWay.get(thread.email) ?? 0) + 1);
  }
  return contacts.map((contact) => {
    const firsts = [contact.firstSentAt, contact.firstReceivedAt].filter((date): date is Date => date !== null);
    return {
      email: contact.email,
      displayName: contact.displayName,
      sentMessages: contact.sentMessages,
      receivedMessages: contact.receivedMessages,
      automatedMessages: contact.automatedMessages,
      firstContactAt: firsts.length === 0 ? null : new Date(Math.min(...firsts.map((date) => date.getTime()))),
      lastSentAt: contact.lastSentAt,
      lastReceivedAt: contact.lastReceivedAt,
      lastAutomatedAt: contact.lastAutomatedAt,
      twoWayThreads: twoWay.get(contact.email) ?? 0,
      months: (monthsOf.get(contact.email) ?? []).sort((a, b) => a.month.getTime() - b.month.getTime()),
    };
  });
}

// 4. Report.
const out: string[] = [];
const say = (line = ""): void => void out.push(line);
const pct = (part: number, whole: number): string => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`);
const count = (part: number, whole: number): string => `${part} (${pct(part, whole)})`;
const read = messages.length;

say(`Counting measured on ${options.dir}`);
say(`  files: ${files.length}, read: ${read}, parse failures: ${files.length - read}`);
for (const [reason, n] of [...failures.entries()].sort((a, b) => b[1] - a[1])) say(`    ${reason}: ${n}`);
say(`  no Date (1970 stands in): ${noDate}`);
say(`  no From: ${count(messages.filter(({ facts }) => facts.from === null).length, read)}`);
say(
  `  no recipients (To and Cc empty or unreadable): ${count(messages.filter(({ facts }) => facts.recipients.length === 0).length, read)}`,
);
const refusedFrom = messages.flatMap(({ refused }) => refused.from);
const refusedTo = messages.flatMap(({ refused }) => refused.to);
const examples = (addresses: string[]): string => [...new Set(addresses)].slice(0, 4).join(", ");
say(`  From refused as invalid: ${refusedFrom.length} (${examples(refusedFrom)})`);
say(
  `  To addresses refused as invalid: ${refusedTo.length} on ${messages.filter(({ refused }) => refused.to.length > 0).length} messages (${examples(refusedTo)})`,
);
const dates = messages.map(({ facts }) => facts.date.getTime()).sort((a, b) => a - b);
const isoDay = (ms: number | undefined): string => (ms === undefined ? "–" : new Date(ms).toISOString().slice(0, 10));
say(`  dates: ${isoDay(dates[0])} to ${isoDay(dates.at(-1))} (median ${isoDay(dates[Math.floor(dates.length / 2)])})`);

const buckets: [string, (n: number) => boolean][] = [
  ["0", (n) => n === 0],
  ["1", (n) => n === 1],
  ["2", (n) => n === 2],
  ["3–5", (n) => n >= 3 && n <= 5],
  ["6–20", (n) => n >= 6 && n <= 20],
  [">20", (n) => n > 20],
];
say();
say("Recipients per message (To and Cc, after dropping repeats and invalid addresses)");
for (const [label, test] of buckets) {
  say(`  ${label.padEnd(5)} ${count(messages.filter(({ facts }) => test(facts.recipients.length)).length, read)}`);
}
const maxRecipients = Math.max(...messages.map(({ facts }) => facts.recipients.length));
say(`  largest: ${maxRecipients}`);

const automated = deltas.filter((delta) => delta.automated);
const mailboxDeltas = mailbox.map((message) => ({
  message,
  delta: messageContactDelta(message.facts, connectorAddresses, message.threadId),
}));
// Messages with no one to count (calendar entries, drafts, mail to oneself) are left out of the weights.
const personal = mailboxDeltas
  .filter(({ delta }) => !delta.automated && delta.contacts.length > 0)
  .map(({ delta }) => delta);
const noOne = mailboxDeltas.filter(({ delta }) => !delta.automated && delta.contacts.length === 0).length;
say();
say(
  `Weight in the connector's mailbox (${personal.length} non-automated messages; recipients besides connector and sender)`,
);
for (const [label, test] of buckets) {
  say(
    `  ${label.padEnd(5)} counterparts ${count(personal.filter((delta) => test(delta.counterpartRecipients)).length, personal.length)}`,
  );
}
const weightSum = personal.reduce((sum, delta) => sum + delta.weight, 0);
say(
  `  full weight (1): ${count(personal.filter((d) => d.weight === 1).length, personal.length)}, shared (0–1): ${count(
    personal.filter((d) => d.weight > 0 && d.weight < 1).length,
    personal.length,
  )}, none (0): ${count(personal.filter((d) => d.weight === 0).length, personal.length)}`,
);
say(`  mean weight per message: ${(weightSum / Math.max(1, personal.length)).toFixed(2)}`);
const sentPersonal = personal.filter((delta) => delta.direction === "sent");
say(
  `  direction: sent ${count(sentPersonal.length, personal.length)}, received ${personal.length - sentPersonal.length}`,
);
const notAddressed = mailboxDeltas.filter(
  ({ message, delta }) =>
    !delta.automated &&
    delta.direction === "received" &&
    !message.facts.recipients.some(({ email }) => isConnector(email)),
);
say(
  `  received without the connector on To or Cc (Bcc, a list, another mailbox's copy): ${notAddressed.length}, of them weighing 1: ${
    notAddressed.filter(({ delta }) => delta.weight === 1).length
  }`,
);
say(`  left out, no one to count (calendar entries, drafts, mail to oneself): ${noOne}`);

const bySender = messages.map(({ facts }) => facts.from !== null && isAutomatedSender(facts.from.email));
const byHeaders = messages.map(({ facts }) => facts.hasBulkHeaders);
say();
say(`Automated: ${count(automated.length, read)}`);
say(`  bulk headers only: ${messages.filter((_, i) => byHeaders[i] && !bySender[i]).length}`);
say(`  automated sender only: ${messages.filter((_, i) => bySender[i] && !byHeaders[i]).length}`);
say(`  both: ${messages.filter((_, i) => bySender[i] && byHeaders[i]).length}`);

const connectorNote = options.connector ? "given with --connector" : `on ${appearances.get(top)} messages`;
say();
say(`Connector: ${connectorAddresses.join(", ")} (${connectorNote})`);
say(
  `  next most frequent: ${ranked
    .slice(1, 4)
    .map(([email, n]) => `${email} ${n}`)
    .join(", ")}`,
);
const fromConnector = mailbox.filter(({ facts }) => facts.from !== null && isConnector(facts.from.email));
say(
  `  mailbox: ${mailbox.length} messages (X-Origin ${connectorOrigin ?? "none"}, or the connector on From, To or Cc; ${repeated} repeated copies dropped), ${fromConnector.length} sent by the connector`,
);
say(`  now = newest message + 1 day = ${now.toISOString()}`);
const bands = new Map<TieBand, number>();
for (const { tie } of ties) bands.set(tie.band, (bands.get(tie.band) ?? 0) + 1);
say(
  `  contacts: ${ties.length}; bands: ${(["strong", "moderate", "weak", "none"] as const)
    .map((band) => `${band} ${bands.get(band) ?? 0}`)
    .join(", ")}`,
);
say(`  with two-way threads: ${ties.filter(({ counters }) => counters.twoWayThreads > 0).length}`);
const byStrength = (a: { tie: TieStrength; counters: ContactCounters }, b: typeof a): number =>
  b.tie.score - a.tie.score ||
  weightOf(b.counters) - weightOf(a.counters) ||
  (a.counters.email < b.counters.email ? -1 : 1);
const weightOf = (counters: ContactCounters): number =>
  counters.months.reduce((sum, month) => sum + month.sentWeight + month.receivedWeight, 0);
say("  top 15 ties:");
for (const { counters, tie } of [...ties].sort(byStrength).slice(0, 15)) {
  const name = counters.displayName === null ? "" : ` (${counters.displayName})`;
  say(`    ${String(tie.score).padStart(3)} ${tie.band.padEnd(8)} ${counters.email}${name}`);
  say(
    `        ${tie.evidence}; sent ${counters.sentMessages}, received ${counters.receivedMessages}, weight ${weightOf(counters).toFixed(1)}, two-way threads ${counters.twoWayThreads}`,
  );
}

const senders = new Map<string, { messages: number; automated: number; byHeaders: number }>();
messages.forEach(({ facts }, i) => {
  if (facts.from === null) return;
  const entry = senders.get(facts.from.email) ?? { messages: 0, automated: 0, byHeaders: 0 };
  entry.messages++;
  if (deltas[i]?.automated) entry.automated++;
  if (byHeaders[i]) entry.byHeaders++;
  senders.set(facts.from.email, entry);
});
const everyAddress = new Set([...senders.keys(), ...appearances.keys()]);
const machineAddresses = [...everyAddress].filter(isAutomatedSender).sort();
say();
say(
  `Addresses classed as automated senders: ${machineAddresses.length} of the ${everyAddress.size} distinct addresses on From, To or Cc:`,
);
for (const email of machineAddresses) say(`  ${email}: ${senders.get(email)?.messages ?? 0} sent`);
const headerOnly = [...senders.entries()].filter(([email, entry]) => entry.byHeaders > 0 && !isAutomatedSender(email));
say(`Senders of mail with bulk headers (${headerOnly.length}):`);
for (const [email, entry] of headerOnly) say(`  ${email}: ${entry.byHeaders} of ${entry.messages}`);
say("30 most frequent senders not classed automated:");
const people = [...senders.entries()]
  .filter(([email]) => !isAutomatedSender(email))
  .sort((a, b) => b[1].messages - a[1].messages || (a[0] < b[0] ? -1 : 1))
  .slice(0, 30);
for (const [email, entry] of people) {
  const note = isConnector(email) ? " (connector)" : entry.automated > 0 ? ` (${entry.automated} by headers)` : "";
  say(`  ${String(entry.messages).padStart(4)} ${email}${note}`);
}

if (options.sample > 0) {
  const personalMail = messages.filter((_, i) => !deltas[i]?.automated);
  const received = personalMail.filter(({ facts }) => !(facts.from && isConnector(facts.from.email)));
  for (const [label, pool] of [
    ["non-automated messages", personalMail],
    ["non-automated messages not sent by the connector", received],
  ] as const) {
    say();
    say(`Random sample of ${Math.min(options.sample, pool.length)} ${label} (seed ${options.seed}):`);
    for (const message of shuffled(pool, options.seed).slice(0, options.sample)) {
      say(`  ${message.file}  ${message.facts.from?.email ?? "(no From)"}  ${message.subject.slice(0, 70)}`);
    }
  }
}

if (existsSync(options.labels)) reportLabels(options.labels);
else say(`\nNo hand labels at ${options.labels}: precision and recall not measured.`);

say();
say(`Elapsed: ${Math.round(parseMs)} ms reading and parsing, ${Math.round(countMs)} ms counting and scoring`);
process.stdout.write(`${out.join("\n")}\n`);

/**
 * The automated rules against hand labels, per labelled set: precision (of the labelled
 * messages classed automated, how many are bulk or machine mail) and recall (of the bulk and
 * machine mail, how much is classed automated), and what the misses weigh in the mailbox.
 */
function reportLabels(file: string): void {
  const [header, ...rows] = readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map(csvFields);
  const column = (name: string): number => header?.indexOf(name) ?? -1;
  const [fileAt, labelAt, classifierAt, setAt] = ["file", "label", "classifier", "set"].map(column);
  if ([fileAt, labelAt, classifierAt, setAt].some((at) => at === undefined || at < 0)) {
    say(`\n${file}: needs the columns file,label,classifier,set`);
    return;
  }
  const index = new Map(messages.map((message, i) => [message.file, i]));
  const inMailbox = new Set(mailbox.map(({ file: name }) => name));
  const labelled = rows.map((fields) => ({
    file: fields[fileAt as number] ?? "",
    label: fields[labelAt as number] ?? "",
    recorded: fields[classifierAt as number] ?? "",
    set: fields[setAt as number] ?? "",
  }));
  const missing = labelled.filter(({ file: name }) => !index.has(name));
  const found = labelled.filter(({ file: name }) => index.has(name));
  const classed = (name: string): boolean => deltas[index.get(name) as number]?.automated ?? false;
  const drift = found.filter(({ file: name, recorded }) => (classed(name) ? "automated" : "personal") !== recorded);
  say();
  say(
    `Hand labels (${path.relative(process.cwd(), file)}): ${labelled.length} messages, ${missing.length} not in ${options.dir}`,
  );
  say(
    `  labelled when the rules said otherwise than today: ${drift.length}${drift.length > 0 ? ` (${drift.map(({ file: name }) => name).join(", ")})` : ""}`,
  );
  const sets = [...new Set(found.map(({ set }) => set))];
  for (const set of [...sets, "all"]) {
    const rowsOfSet = set === "all" ? found : found.filter((row) => row.set === set);
    const should = rowsOfSet.filter(({ label }) => AUTOMATED_LABELS.has(label));
    const flagged = rowsOfSet.filter(({ file: name }) => classed(name));
    const hits = flagged.filter(({ label }) => AUTOMATED_LABELS.has(label));
    say(
      `  ${set} (${rowsOfSet.length}): bulk or machine ${should.length}, classed automated ${flagged.length}; precision ${
        flagged.length === 0 ? "– (none classed)" : `${hits.length}/${flagged.length}`
      }, recall ${should.length === 0 ? "–" : `${hits.length}/${should.length}`}`,
    );
  }
  const misses = found.filter(({ file: name, label }) => AUTOMATED_LABELS.has(label) && !classed(name));
  const describe = (weights: number[]): string =>
    `${weights.filter((weight) => weight > 0).length} counted as personal mail (${
      weights.filter((weight) => weight === 1).length
    } at full weight), total weight ${weights.reduce((sum, weight) => sum + weight, 0).toFixed(1)}`;
  const mailboxMisses = misses.filter(({ file: name }) => inMailbox.has(name));
  say(
    `  missed bulk or machine mail in the connector's mailbox: ${mailboxMisses.length} messages, ${describe(
      mailboxMisses.map(({ file: name }) => deltas[index.get(name) as number]?.weight ?? 0),
    )}`,
  );
  // Each miss as its first visible recipient's mailbox would count it (no recipient: a Bcc'd copy, as anyone's).
  const asRecipient = misses.map(({ file: name }) => {
    const message = messages[index.get(name) as number] as Message;
    const reader = message.facts.recipients[0]?.email;
    return messageContactDelta(message.facts, reader === undefined ? [] : [reader], message.threadId).weight;
  });
  say(`  all ${misses.length} missed, as a recipient's mailbox counts them: ${describe(asRecipient)}`);
}

/** A copy of `items` in a seeded random order (Fisher–Yates): the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  const random = mulberry32(seed);
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** A small seeded generator (mulberry32): the sample is the same on every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
