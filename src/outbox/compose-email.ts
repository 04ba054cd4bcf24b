import MailComposer from "nodemailer/lib/mail-composer";
import { newMessageId } from "./message-id.js";

/** Which email it is (outbox_emails.purpose); also the X-SafeIntro-Purpose header. */
export const OUTBOX_PURPOSES = [
  "ask_target",
  "introduction",
  "ask_requester_for_details",
  "decline_note",
  "reminder",
  /** To the connector themself: a new request, its recommendation and links to act on it. */
  "review",
] as const;
export type OutboxPurpose = (typeof OUTBOX_PURPOSES)[number];

export interface EmailAddress {
  name?: string | null;
  address: string;
}

export interface EmailToCompose {
  purpose: OutboxPurpose;
  /** The connector: their name and the address of their Gmail account. */
  from: EmailAddress;
  to: readonly EmailAddress[];
  cc?: readonly EmailAddress[];
  subject: string;
  text: string;
  html?: string;
  /** A reply: the Message-ID it answers ("<…>"), and the thread's References, oldest first. */
  inReplyTo?: string;
  references?: readonly string[];
  /** Where SafeIntro's Message-IDs live (messageIdDomainOf(PUBLIC_URL)). */
  messageIdDomain: string;
  /** The Date header (default: now). */
  date?: Date;
}

export interface ComposedEmail {
  /** "<uuid@domain>", as in the Message-ID header. */
  messageId: string;
  /** The RFC 5322 message, CRLF line ends. */
  raw: Buffer;
}

/** Marks SafeIntro's own mail, so that reading the connector's mailbox can tell it apart. */
export const PURPOSE_HEADER = "X-SafeIntro-Purpose";

/**
 * Builds the raw message with nodemailer's MailComposer: encoded words for names and subject,
 * folding, transfer encoding, a text and an HTML alternative. The Message-ID is made here, random
 * on SafeIntro's domain: it is how a retry finds the email in the connector's Sent mail.
 *
 * Names and the subject come from mail SafeIntro read and may hold anything: line breaks and other
 * control characters become spaces before they reach a header (MailComposer encodes them too,
 * but a decoded name must not carry a line break either). An address that is not a plain
 * `local@domain` is refused rather than guessed at.
 */
export async function composeEmail(email: EmailToCompose): Promise<ComposedEmail> {
  if (email.to.length === 0) throw new RangeError("an email needs at least one recipient");
  const messageId = newMessageId(email.messageIdDomain);
  const references = [...(email.references ?? [])];
  if (email.inReplyTo && !references.includes(email.inReplyTo)) references.push(email.inReplyTo);
  for (const id of references) checkMessageId(id);
  const composer = new MailComposer({
    from: mailbox(email.from),
    to: email.to.map(mailbox),
    ...(email.cc && email.cc.length > 0 ? { cc: email.cc.map(mailbox) } : {}),
    subject: oneLine(email.subject),
    text: email.text,
    ...(email.html === undefined ? {} : { html: email.html }),
    messageId,
    date: email.date ?? new Date(),
    ...(email.inReplyTo ? { inReplyTo: email.inReplyTo } : {}),
    ...(references.length > 0 ? { references: references.join(" ") } : {}),
    headers: { [PURPOSE_HEADER]: email.purpose },
    newline: "windows",
    // Nothing of the message may be read from a file or a URL, whatever the fields say.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return { messageId, raw: await composer.compile().build() };
}

// A plain addr-spec: no spaces, brackets, quotes, commas or semicolons that could add a recipient.
const PLAIN_ADDRESS = /^[^\s<>()[\]\\,;:"@]+@[^\s<>()[\]\\,;:"@]+\.[^\s<>()[\]\\,;:"@]+$/;

function mailbox(person: EmailAddress): { name: string; address: string } {
  if (!PLAIN_ADDRESS.test(person.address)) throw new RangeError("not a plain email address");
  return { name: oneLine(person.name ?? ""), address: person.address };
}

function checkMessageId(id: string): void {
  if (!/^<[^\s<>]+@[^\s<>]+>$/.test(id)) throw new RangeError("not a Message-ID");
}

/** Line breaks, tabs and other control characters become single spaces. */
function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, " ").trim();
}
