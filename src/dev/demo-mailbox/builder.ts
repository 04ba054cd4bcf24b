import { type Person, SAM } from "./cast.js";
import { DAY_MS, MONTH_NAMES, type Random } from "./random.js";

/**
 * Building messages in memory: each one dated, labelled as Gmail files it and given a
 * Message-ID; replies threaded (In-Reply-To, References) and quoting the message they answer.
 */

export interface Mail {
  from: Person;
  to: Person[];
  cc: Person[];
  subject: string;
  /** What the sender wrote: greeting, body, sign-off. */
  text: string;
  /** A reply's quote of the message it answers, below the text. */
  quoted: string | null;
  date: Date;
  messageId: string;
  references: string[];
  labels: string;
  headers: Record<string, string>;
  /** A fixed file name (the requests); others are numbered by date. */
  fileName?: string;
}

export const firstName = (someone: Person): string => someone.name.split(" ")[0] ?? someone.name;
const domainOf = (email: string): string => email.slice(email.indexOf("@") + 1);
const isSam = (someone: Person): boolean => someone.email === SAM.email;

export class MailboxBuilder {
  readonly mails: Mail[] = [];

  constructor(
    readonly random: Random,
    readonly now: Date,
  ) {}

  /** A working hour `daysAgo` days before today (UTC); 1 day ago or more is always in the past. */
  day(daysAgo: number, hour?: number): Date {
    const midnight = Math.floor(this.now.getTime() / DAY_MS) * DAY_MS - daysAgo * DAY_MS;
    const minutes = (hour ?? this.random.int(7, 18)) * 60 + this.random.int(0, 59);
    return new Date(midnight + minutes * 60_000 + this.random.int(0, 59) * 1000);
  }

  /** Some hours after `date`. */
  later(date: Date, minHours: number, maxHours: number): Date {
    const ms = this.random.int(minHours * 60, maxHours * 60) * 60_000 + this.random.int(0, 59) * 1000;
    return new Date(date.getTime() + ms);
  }

  add(mail: Pick<Mail, "from" | "to" | "subject" | "text" | "date"> & Partial<Mail>): Mail {
    const recent = this.now.getTime() - mail.date.getTime() < 3 * DAY_MS;
    const complete: Mail = {
      cc: [],
      references: [],
      headers: {},
      quoted: null,
      labels: isSam(mail.from) ? "Sent" : recent ? "Inbox,Unread" : "Inbox",
      messageId: `<${this.random.hex(24)}@${domainOf(mail.from.email)}>`,
      ...mail,
    };
    this.mails.push(complete);
    return complete;
  }

  /** A personal message: greeting, body, the sender's first name. */
  write(from: Person, to: Person[], subject: string, body: string, date: Date): Mail {
    return this.add({ from, to, subject, text: letter(from, to, body), date });
  }

  /** A reply in the same thread, quoting the message it answers. */
  reply(
    parent: Mail,
    from: Person,
    to: Person[],
    body: string,
    date: Date,
    options: { cc?: Person[]; greet?: boolean } = {},
  ): Mail {
    const subject = /^re:/i.test(parent.subject) ? parent.subject : `Re: ${parent.subject}`;
    return this.add({
      from,
      to,
      cc: options.cc ?? [],
      subject,
      text: options.greet === false ? `${body}\n\n${firstName(from)}` : letter(from, to, body),
      quoted: quote(parent),
      date,
      references: [...parent.references, parent.messageId],
    });
  }
}

function letter(from: Person, to: Person[], body: string): string {
  const greeting = to.length === 1 && to[0] ? `Hi ${firstName(to[0])},` : "Hi all,";
  return `${greeting}\n\n${body}\n\n${firstName(from)}`;
}

/** Gmail's quote of the message a reply answers. */
function quote(parent: Mail): string {
  const date = parent.date;
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][date.getUTCDay()];
  const month = MONTH_NAMES[date.getUTCMonth()]?.slice(0, 3);
  const hours = date.getUTCHours();
  const time = `${hours % 12 || 12}:${String(date.getUTCMinutes()).padStart(2, "0")} ${hours < 12 ? "AM" : "PM"}`;
  const header = `On ${weekday}, ${month} ${date.getUTCDate()}, ${date.getUTCFullYear()} at ${time} ${parent.from.name} <${parent.from.email}> wrote:`;
  const quoted = parent.text
    .split("\n")
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");
  return `${header}\n${quoted}`;
}
