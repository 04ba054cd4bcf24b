import type { Person } from "./person.js";

/** What intake keeps of a message: the parts analysis needs, nothing else. */
export interface ParsedEmail {
  from: Person;
  to: Person[];
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
