import type { UnwrappedForward } from "./unwrap-forward.js";

/**
 * Lotus Notes' forward, which email-forward-parser does not know and corporate mail is full
 * of (657 of the 1,691 real Enron messages carry one):
 *
 *   ---------------------- Forwarded by Carol Moffett/HOU/EES on 05/09/2001 08:48 AM ---------------------------
 *   <blank>
 *   	"Doe, Jane" <jane@example.org>          (or: From:  Jane Doe   05/09/2001 08:16 AM,
 *   	05/09/2001 08:16 AM                      or: Jane Doe@DEPT on 05/09/2001 …)
 *   		 To: …
 *   		 cc: …
 *   		 Subject: …
 *   <blank>
 *   the forwarded text
 *
 * The separator often wraps ("on 05/09/2001 08:48 \nAM -----"). Lines are found by their
 * start, each pattern bounded: no pattern scans a long line more than once.
 */
const SEPARATOR_START = /^[ \t]*-{3,}[ \t]*Forwarded by[ \t]/m;
/** Whether a text holds a Notes forward's separator line. */
export const holdsLotusForward = (text: string): boolean => SEPARATOR_START.test(text);
/** Where the header block's lines are looked for: Notes puts Subject within a dozen lines. */
const HEADER_LINES = 24;

/** Forwards of forwards: an assistant's "FYI" above the forward that holds the request. */
const MAX_NESTED = 3;
/** A note this short above an inner forward is a relay ("FYI", "see below"), not a message of its own. */
const RELAY_NOTE_CHARS = 120;

/**
 * The forwarded message of a Lotus Notes forward, read down through relays: when what was
 * forwarded is itself a forward with little more than "FYI" above it, the inner one is the
 * message that asks, and the relays' notes are kept with the outer note.
 */
export function unwrapLotusForward(text: string): UnwrappedForward | null {
  let outer = unwrapOneLotusForward(text);
  if (!outer) return null;
  for (let depth = 1; depth < MAX_NESTED; depth++) {
    const inner = unwrapOneLotusForward(outer.body);
    if (!inner || inner.note.length > RELAY_NOTE_CHARS) break;
    outer = { ...inner, note: [outer.note, inner.note].filter(Boolean).join("\n\n") };
  }
  return outer;
}

function unwrapOneLotusForward(text: string): UnwrappedForward | null {
  const start = SEPARATOR_START.exec(text);
  if (!start) return null;
  const note = text.slice(0, start.index).trim();
  // The separator ends at the first run of dashes after "Forwarded by", on its line or the next.
  const afterBy = start.index + start[0].length;
  const closing = /-{3,}[ \t]*(?:\n|$)/.exec(text.slice(afterBy, afterBy + 300));
  if (!closing) return null;
  const rest = text.slice(afterBy + closing.index + closing[0].length);
  const lines = rest.split("\n");
  const subjectAt = lines.slice(0, HEADER_LINES).findIndex((line) => /^\s*Subject:/i.test(line));
  // What was forwarded is itself a forward, with nothing above it: the caller reads on into it.
  const nestedAt = lines.slice(0, HEADER_LINES).findIndex((line) => SEPARATOR_START.test(line));
  if (nestedAt >= 0 && (subjectAt < 0 || nestedAt < subjectAt))
    return { original: { name: null, email: null }, subject: "", body: rest.trim(), note, date: null };
  if (subjectAt < 0) return null;
  const header = lines.slice(0, subjectAt);
  // The subject may wrap onto the following lines, up to the blank line that ends the block.
  let bodyAt = subjectAt + 1;
  const subjectParts = [(lines[subjectAt] ?? "").replace(/^\s*Subject:\s*/i, "")];
  while (bodyAt < lines.length && (lines[bodyAt] ?? "").trim() !== "" && bodyAt < subjectAt + 3) {
    subjectParts.push((lines[bodyAt] ?? "").trim());
    bodyAt++;
  }
  const body = lines.slice(bodyAt).join("\n").trim();
  if (!body) return null;
  return {
    original: originalSender(header),
    subject: subjectParts.join(" ").replace(/\s+/g, " ").trim(),
    body,
    note,
    date: null,
  };
}

/** The sender in a Notes header block: before "To:", a quoted or bare name, maybe an address. */
function originalSender(header: string[]): { name: string | null; email: string | null } {
  const before = header.slice(
    0,
    Math.max(
      1,
      header.findIndex((line) => /^\s*To:/i.test(line)),
    ),
  );
  // An explicit "From:" line wins over a letterhead above it ("Enron Energy Services").
  const fromLine = before.find((line) => /^\s*From:/i.test(line));
  for (const raw of fromLine ? [fromLine] : before) {
    const line = raw.trim();
    if (!line) continue;
    const from = /^From:\s*(.*)$/i.exec(line);
    const who = (from ? from[1] : line) ?? "";
    const email = /<([^<>\s@]+@[^<>\s]+)>/.exec(who)?.[1] ?? /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/.exec(who)?.[0] ?? null;
    // The name: before an address, a date, or Notes' "/DEPT/Company@Domain" path.
    const name = who
      .replace(/<[^>]*>.*$/, "")
      .replace(/\s{2,}.*$/, "")
      .replace(/\s+on\s+\d.*$/i, "")
      .replace(/\/.*$/, "")
      .replace(/@.*$/, "")
      .trim()
      .replace(/^"|"$/g, "")
      .trim();
    if (/^\d/.test(name) && !email) continue; // a date line
    return { name: name || null, email: email ? email.toLowerCase() : null };
  }
  return { name: null, email: null };
}
