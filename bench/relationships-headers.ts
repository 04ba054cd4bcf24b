/**
 * Made-up mailboxes for the relationships benchmark, as header sets only: the contact headers
 * the analysis hands to the counters (From, To, Cc, Date, List-*), `{ name, value }` pairs,
 * never a whole message. Deterministic (seeded), so every run counts the same mail:
 *   - about 2,000 personal correspondents, picked with a Zipf-like frequency (the most frequent
 *     writes about a hundred times as often as the hundredth), a few of them sharing a name;
 *   - 60 automated senders (notifications, newsletters, no-reply) with List-Unsubscribe, their
 *     mail about one message in eight;
 *   - threads of 1–8 messages, sent and received, mostly to one person but up to 30;
 *   - dates over the three years before `now`, some names in RFC 2047 encoded words.
 */

export interface Person {
  name: string;
  email: string;
}

export interface HeaderMessage {
  gmailMessageId: string;
  threadId: string;
  /** Gmail's internal date: a few seconds after the Date header. */
  receivedAt: Date;
  headers: { name: string; value: string }[];
}

export interface HeaderMailbox {
  owner: Person;
  /** The personal correspondents, the most frequent first. */
  people: readonly Person[];
  size: number;
  /** A fresh pass over the same messages, generated as they are read (not held in memory). */
  messages(): Generator<HeaderMessage>;
}

const DAY_MS = 86_400_000;
const YEARS = 3;
const AUTOMATED_SHARE = 0.12;
const AUTOMATED_SENDERS = 60;

const FIRST = [
  "Mary", "Oskar", "Priya", "José", "Zoë", "Amara", "Dev", "Harold", "Lucía", "Mei-Lin",
  "Fatima", "Beatrix", "Tobias", "Geneviève", "Alex", "Jordan", "Hiroshi", "Renée", "Liam", "Søren",
  "Daniel", "Ingrid", "Noah", "Grace", "Owen", "Inès", "Marco", "Jenna", "Kofi", "Sunita",
  "Tomasz", "Siobhán", "Lena", "Chris", "Brooke", "Matt", "Harper", "Jamal", "Wes", "Yusuf",
  "Olga", "Kwame", "Claire", "Ethan", "Imogen", "Felix", "Chloe", "Bogdan", "Tessa", "Rupert",
  "Wilhelmina", "Ezekiel", "Anneliese", "Dmitri", "Ana", "Cornelius", "Elspeth", "Philippa", "Ignatius", "Percival",
]; // prettier-ignore
const LAST = [
  "Jones", "Lindqvist", "Raman", "Müller", "Bäckström", "Nwosu-Bell", "Anand", "Quennell", "Ferreira", "Zhou",
  "Okafor", "Kowalczyk", "Reinholt", "Laurent", "Chen", "Blake", "Tanaka", "Dubois", "Walsh", "Hansen",
  "Cohen", "Halvorsen", "Adeyemi", "Bellini", "Hartmann", "Rao", "Kearney", "Prado", "Avramenko", "Strand",
  "Marchetti", "Brandt", "Whitfield", "Dunlevy", "Sorensen", "Quinn", "Wróbel", "Ivanova", "Mensah", "Oyelaran",
  // Made-up surnames, so that two correspondents seldom share a whole name (as in a real mailbox).
  ...["Ash", "Black", "Brook", "Crane", "Elm", "Fair", "Glen", "Hollo", "Kings", "Lang", "Mar", "North", "Oak",
    "Pem", "Red", "Stan", "Thorn", "Wester", "Whit", "Wood"].flatMap((stem) =>
    ["ley", "ford", "well", "wood", "by", "ridge", "stone", "holm"].map((end) => stem + end)),
]; // prettier-ignore
const DOMAINS = [
  "northwind", "ledgerleaf", "fjord-data", "quickfox", "xyzcorp", "tallowhill", "kumolegal", "harborlight",
  "meridianbio", "orchardst", "cobaltline", "stackhaven", "tidewater", "lumengrid", "ashgrove", "brightcanopy",
  "gmail", "outlook", "fastmail", "proton",
]; // prettier-ignore
const MACHINE_WORDS = ["notifications", "newsletter", "no-reply", "updates", "digest", "alerts", "news", "mailer"];

/** Deterministic pseudo-random numbers (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)] as T;
const ascii = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[øØ]/g, "o")
    .replace(/ł/g, "l")
    .toLowerCase();

/** Picks index k (0-based) with weight 1 / (k + 1): Zipf's law with exponent 1. */
function zipf(count: number, next: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= count; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const target = next() * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

function makePeople(count: number, next: () => number): Person[] {
  const taken = new Set<string>();
  const people: Person[] = [];
  while (people.length < count) {
    const [first, last] = [pick(FIRST, next), pick(LAST, next)];
    const [f, l] = [ascii(first).replace(/[^a-z]/g, ""), ascii(last).replace(/[^a-z]/g, "")];
    const local = pick([`${f}.${l}`, `${f[0]}${l}`, f, `${f}_${l}`, `${l}.${f}`], next);
    const domain = `${pick(DOMAINS, next)}.example`;
    let email = `${local}@${domain}`;
    for (let n = 2; taken.has(email); n++) email = `${local}${n}@${domain}`;
    taken.add(email);
    people.push({ name: `${first} ${last}`, email });
  }
  return people;
}

/** `Name <address>`, a name with non-ASCII letters every other time as an RFC 2047 encoded word. */
function mailbox(person: Person, encode: boolean): string {
  if (encode && /[^\x20-\x7e]/.test(person.name))
    return `=?UTF-8?B?${Buffer.from(person.name).toString("base64")}?= <${person.email}>`;
  return `${person.name} <${person.email}>`;
}

/** 1 (most mail), 2–3, 4–10, 11–30 people besides the connector. */
function groupSize(next: () => number): number {
  const roll = next();
  if (roll < 0.7) return 1;
  if (roll < 0.85) return 2 + Math.floor(next() * 2);
  if (roll < 0.95) return 4 + Math.floor(next() * 7);
  return 11 + Math.floor(next() * 20);
}

function threadLength(next: () => number): number {
  const roll = next();
  if (roll < 0.35) return 1;
  if (roll < 0.55) return 2;
  if (roll < 0.7) return 3;
  if (roll < 0.8) return 4;
  return 5 + Math.floor(next() * 4);
}

/** A mailbox of `size` messages for `owner`, `now` its newest moment. */
export function headerMailbox(options: {
  owner: Person;
  size: number;
  seed: number;
  now: Date;
  correspondents?: number;
}): HeaderMailbox {
  const { owner, size, seed, now } = options;
  const people = makePeople(options.correspondents ?? 2000, seeded(seed));
  const tag = seed.toString(36);

  function* messages(): Generator<HeaderMessage> {
    const next = seeded(seed + 1);
    const person = zipf(people.length, next);
    const machine = zipf(AUTOMATED_SENDERS, next);
    let index = 0;
    for (let thread = 0; index < size; thread++) {
      const threadId = `t${tag}-${thread.toString(16)}`;
      const start = now.getTime() - next() * YEARS * 365 * DAY_MS;
      const message = (headers: [string, string][], at: number): HeaderMessage => {
        const date = new Date(Math.min(at, now.getTime() - 60_000));
        headers.push(["Date", date.toUTCString().replace("GMT", "+0000")]);
        return {
          gmailMessageId: `m${tag}-${(index++).toString(16).padStart(8, "0")}`,
          threadId,
          receivedAt: new Date(date.getTime() + 2000 + Math.floor(next() * 30_000)),
          headers: headers.map(([name, value]) => ({ name, value })),
        };
      };
      if (next() < AUTOMATED_SHARE) {
        const sender = machine();
        const word = MACHINE_WORDS[sender % MACHINE_WORDS.length] ?? "news";
        const domain = `${word.replace("-", "")}${sender}.example`;
        const list: [string, string][] = [
          ["From", `Service ${sender} <${word}@${domain}>`],
          ["To", mailbox(owner, false)],
          ["List-Unsubscribe", `<mailto:unsubscribe@${domain}>, <https://${domain}/u/${thread}>`],
        ];
        if (sender % 3 === 0) list.push(["List-Id", `<weekly.${domain}>`]);
        yield message(list, start);
        continue;
      }
      const group = [people[person()] as Person];
      const wanted = groupSize(next);
      for (let tries = 0; group.length < wanted && tries < wanted * 4; tries++) {
        const other = people[person()] as Person;
        if (!group.includes(other)) group.push(other);
      }
      const [primary] = group as [Person];
      let fromOwner = next() < 0.45;
      let at = start;
      for (let step = threadLength(next); step > 0 && index < size; step--) {
        const encode = next() < 0.5;
        if (fromOwner) {
          const list: [string, string][] = [["From", mailbox(owner, false)]];
          list.push([
            "To",
            group
              .slice(0, 3)
              .map((p) => mailbox(p, encode))
              .join(", "),
          ]);
          if (group.length > 3)
            list.push([
              "Cc",
              group
                .slice(3)
                .map((p) => mailbox(p, encode))
                .join(", "),
            ]);
          yield message(list, at);
        } else {
          const sender = next() < 0.8 || group.length === 1 ? primary : (pick(group.slice(1), next) as Person);
          const others = group.filter((p) => p !== sender);
          const list: [string, string][] = [
            ["From", mailbox(sender, encode)],
            ["To", [owner, ...others.slice(0, 2)].map((p) => mailbox(p, encode)).join(", ")],
          ];
          if (others.length > 2)
            list.push([
              "Cc",
              others
                .slice(2)
                .map((p) => mailbox(p, encode))
                .join(", "),
            ]);
          yield message(list, at);
        }
        at += (0.05 + next() * 3) * DAY_MS;
        if (next() < 0.7) fromOwner = !fromOwner;
      }
    }
  }

  return { owner, people, size, messages };
}

/** Groups a stream into arrays of `size`. */
export function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
