import MailComposer from "nodemailer/lib/mail-composer/index.js";

const DAY_MS = 86_400_000;

export interface Correspondent {
  name: string;
  email: string;
}

/** One message of a made-up mailbox history, built by nodemailer (headers, encoded words). */
export async function historyMessage(options: {
  from: Correspondent;
  to: Correspondent[];
  cc?: Correspondent[];
  subject: string;
  date: Date;
  /** Filed as the connector's sent mail. */
  sent?: boolean;
  inReplyTo?: string;
  headers?: Record<string, string>;
  text?: string;
}): Promise<Buffer> {
  const address = ({ name, email }: Correspondent) => ({ name, address: email });
  const composer = new MailComposer({
    from: address(options.from),
    to: options.to.map(address),
    ...(options.cc ? { cc: options.cc.map(address) } : {}),
    subject: options.subject,
    date: options.date,
    text: options.text ?? "Talk soon.",
    ...(options.inReplyTo ? { inReplyTo: options.inReplyTo, references: [options.inReplyTo] } : {}),
    headers: { ...(options.sent ? { "X-Gmail-Labels": "Sent" } : {}), ...options.headers },
  });
  return composer.compile().build();
}

/**
 * `count` messages between the connector and a contact, alternating who writes, one every
 * `everyDays` days back from `now`, in threads of three: a two-way tie of that strength.
 */
export async function correspondence(
  connector: Correspondent,
  contact: Correspondent,
  options: { count: number; everyDays: number; now: Date; topic: string },
): Promise<Buffer[]> {
  const messages: Buffer[] = [];
  for (let index = 0; index < options.count; index++) {
    const fromConnector = index % 2 === 0;
    const thread = Math.floor(index / 3);
    messages.push(
      await historyMessage({
        from: fromConnector ? connector : contact,
        to: [fromConnector ? contact : connector],
        subject: `${index % 3 === 0 ? "" : "Re: "}${options.topic} ${thread}`,
        date: new Date(options.now.getTime() - (options.count - index) * options.everyDays * DAY_MS),
        sent: fromConnector,
      }),
    );
  }
  return messages;
}
