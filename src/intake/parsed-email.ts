import type { Person } from "./person.js";

/** What intake keeps of a message: the parts analysis needs, nothing else. */
export interface ParsedEmail {
  from: Person;
  to: Person[];
  /**
   * The message was cut off (a multipart boundary never closed): what arrived is analysed, as
   * a mail client would show it. Absent when the message is whole.
   */
  truncated?: boolean;
  /** Absent on messages made up from a forward's text (src/intros/analyze-submission.ts). */
  cc?: Person[];
  /** The Delivered-To addresses Gmail stamps on delivery (me+intros@gmail.com), lowercased. */
  deliveredTo?: string[];
  /**
   * The topmost Authentication-Results header (the receiving server's verdict on SPF, DKIM and
   * DMARC), when there is one: Gmail adds it to mail that came in from outside.
   */
  authenticationResults?: string | null;
  subject: string;
  date: Date | null;
  messageId: string | null;
  /** The plain-text body (from the text part, or converted from HTML when there is none). */
  text: string;
  /** Mail sent to many by machines: list or bulk headers, auto-submitted notifications. */
  isBulk: boolean;
  /** The message carries a calendar invitation (text/calendar or an .ics attachment). */
  isCalendarInvite: boolean;
  /**
   * The raw header lines relationship counting reads (From, To, Cc, Date and the automation
   * headers: CONTACT_HEADERS), unfolded, in message order. Never the body.
   */
  contactHeaders: { name: string; value: string }[];
}
