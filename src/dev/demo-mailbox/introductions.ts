import { firstName, type MailboxBuilder } from "./builder.js";
import { type CastKey, person } from "./cast.js";

/** Sam introduces two people ("Omar, meet Inés"): one reply from each, the second to Sam alone. */
interface Introduction {
  daysAgo: number;
  introducer: CastKey | "sam";
  /** The introducer introduces these two; `b` answers first, to both, then `a` thanks the introducer. */
  a: CastKey | "sam";
  b: CastKey;
  subject: string;
  text: string;
  answer: string;
  thanks: string;
}

export const INTRODUCTIONS: readonly Introduction[] = [
  {
    daysAgo: 300,
    introducer: "sam",
    a: "omar",
    b: "ines",
    subject: "Omar <> Inés (Haddad Freight / Castillo Aduanas)",
    text: "Omar, meet Inés. Inés, meet Omar.\n\nOmar runs Haddad Freight and is opening a route through Valencia. Inés is a customs broker there and knows the port inside out. You both said yes to this, so I'll get out of the way.",
    answer:
      "Thanks Sam! Omar, lovely to e-meet you. I'm free on Thursday or Friday afternoon for a call; which suits you?",
    thanks: "Thanks for this, Sam. Inés and I are talking on Friday.",
  },
  {
    daysAgo: 250,
    introducer: "sam",
    a: "jose",
    b: "anna",
    subject: "José <> Анна (Altamar / Severny Labs)",
    text: "José, meet Анна. Анна, meet José.\n\nJosé runs Altamar Logistics and is drowning in scheduling data. Анна leads the data team at Severny Labs and has solved the same forecasting problem twice. Both of you said yes to this, so over to you.",
    answer: "Thank you, Sam! José, nice to e-meet you. Next Tuesday morning works well for me.",
    thanks: "Gracias, Sam. Анна and I have a call on Tuesday.",
  },
  {
    daysAgo: 210,
    introducer: "sam",
    a: "omar",
    b: "tariq",
    subject: "Omar <> Tariq (Haddad Freight / Stackyard)",
    text: "Omar, meet Tariq. Tariq, meet Omar.\n\nOmar is choosing warehouse software for his new depot. Tariq built Stackyard, which runs about forty warehouses in the south of France. You both said yes to this, so I'll leave you to it.",
    answer: "Thanks Sam. Omar, good to e-meet you. Shall we do a demo next week?",
    thanks: "Thanks Sam, much appreciated. Demo with Tariq booked for Wednesday.",
  },
  {
    daysAgo: 200,
    introducer: "maya",
    a: "sam",
    b: "viktor",
    subject: "Sam <> Viktor (Rivera / Horváth Robotics)",
    text: "Sam, meet Viktor. Viktor, meet Sam.\n\nViktor runs Horváth Robotics and wants an advisor who has built a marketplace. Sam has done exactly that for three companies. You both said yes to this, so I'll step back.",
    answer: "Thanks Maya! Sam, great to e-meet you. Does Tuesday afternoon work for a first call?",
    thanks: "Thank you, Maya. Viktor and I are talking on Tuesday.",
  },
  {
    daysAgo: 120,
    introducer: "sam",
    a: "omar",
    b: "sofia",
    subject: "Omar <> Sofia (Haddad Freight / Lindgren Pricing)",
    text: "Omar, meet Sofia. Sofia, meet Omar.\n\nOmar wants to move Haddad Freight from per-container to per-kilo pricing. Sofia has run that change for two carriers. You both said yes to this, so over to you.",
    answer: "Thanks Sam! Omar, happy to e-meet you. I could do Monday at ten.",
    thanks: "Thanks Sam. Monday with Sofia it is.",
  },
];

export function addIntroduction(builder: MailboxBuilder, intro: Introduction): void {
  const introducer = person(intro.introducer);
  const a = person(intro.a);
  const b = person(intro.b);
  const date = builder.day(intro.daysAgo);
  const made = builder.add({
    from: introducer,
    to: [a, b],
    subject: intro.subject,
    text: `${intro.text}\n\nBest,\n${firstName(introducer)}`,
    date,
  });
  const answered = builder.later(date, 2, 20);
  builder.reply(made, b, [a], intro.answer, answered, { cc: [introducer], greet: false });
  builder.reply(made, a, [introducer], intro.thanks, builder.later(answered, 2, 30), { greet: false });
}
