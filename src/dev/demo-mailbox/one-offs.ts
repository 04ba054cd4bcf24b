import { firstName, type MailboxBuilder } from "./builder.js";
import { type CastKey, person } from "./cast.js";

/** Mail with weak ties: a message or two, long ago. */
interface OneOff {
  daysAgo: number;
  from: CastKey | "sam";
  to: CastKey | "sam";
  subject: string;
  text: string;
  /** The other side answers, a day later. */
  answer?: string;
}

export const ONE_OFFS: readonly OneOff[] = [
  {
    daysAgo: 490,
    from: "sam",
    to: "hiroshi",
    subject: "Your article on marketplace trust",
    text: "I enjoyed your article on marketplace trust, especially the part about reviews that age. We saw the same thing at my last company.",
    answer: "Thank you for writing, Sam. It's good to hear it matched what you saw.",
  },
  {
    daysAgo: 455,
    from: "ingrid",
    to: "sam",
    subject: "Slides from the Oslo data meetup",
    text: "Thanks for stopping by after my session at the Oslo data meetup. As promised, the slides are at https://polaris-ai.example/oslo-slides.",
  },
  {
    daysAgo: 380,
    from: "marguerite",
    to: "sam",
    subject: "Head of Product roles in Paris",
    text: "I'm working on two Head of Product searches in Paris and your background stood out. Would you be open to a short conversation?",
  },
  {
    daysAgo: 352,
    from: "marguerite",
    to: "sam",
    subject: "Following up: Head of Product roles",
    text: "Following up on my note about the Paris searches. If the timing isn't right, I'll keep you in mind for next year.",
  },
  {
    daysAgo: 330,
    from: "bartosz",
    to: "sam",
    subject: "Forecasting for Rivera?",
    text: "I run Wiśniewski Analytics, a small forecasting consultancy in Warsaw. If demand planning is ever on your list, I'd be glad to send a case study.",
  },
];

export function addOneOff(builder: MailboxBuilder, oneOff: OneOff): void {
  const from = person(oneOff.from);
  const to = person(oneOff.to);
  const date = builder.day(oneOff.daysAgo);
  const first = builder.add({
    from,
    to: [to],
    subject: oneOff.subject,
    text: `Hi ${firstName(to)},\n\n${oneOff.text}\n\nBest,\n${from.name}`,
    date,
  });
  if (oneOff.answer) builder.reply(first, to, [from], oneOff.answer, builder.later(date, 10, 30));
}
