import type { Mail, MailboxBuilder } from "./builder.js";
import { type CastKey, GROUP_ONLY, type Person, person, SAM } from "./cast.js";

/** Mail among several people: the first message goes to everyone, each reply to everyone else. */
interface GroupThread {
  daysAgo: number;
  subject: string;
  /** Cast members in the thread besides Sam (the first writes first). */
  people: readonly CastKey[];
  /** How many group-only people are on it too. */
  extras: number;
  messages: readonly { from: CastKey | "sam" | "extra"; text: string }[];
}

export const GROUP_THREADS: readonly GroupThread[] = [
  {
    daysAgo: 410,
    subject: "Mentor circle: spring session",
    people: ["zoe", "chloe", "kenji"],
    extras: 10,
    messages: [
      {
        from: "zoe",
        text: "Welcome to the spring mentor circle! Sessions run every other Tuesday from six. The first one is on pricing; please bring one question from your own work.",
      },
      { from: "extra", text: "Looking forward to it. Is there parking near the venue?" },
      { from: "zoe", text: "Yes, the garage on Mill Street, entrance on the left." },
      { from: "sam", text: "Count me in for the first two sessions. I'll miss the third, I'm travelling." },
    ],
  },
  {
    daysAgo: 175,
    subject: "Lisbon summit speakers: logistics",
    people: ["zoe", "maya", "lena"],
    extras: 4,
    messages: [
      {
        from: "zoe",
        text: "Thank you all for speaking at the Lisbon fintech summit. Hotel details and the stage schedule are in the attached plan; speakers' dinner is on the Wednesday at eight.",
      },
      { from: "lena", text: "Thanks Zoë. I'll arrive on the Tuesday evening and stay for the dinner." },
      { from: "maya", text: "Same here. Is there a projector check before the morning sessions?" },
      { from: "zoe", text: "Yes, from half past eight in the main hall." },
      { from: "sam", text: "See you all there. I'll bring the clicker I always forget." },
    ],
  },
  {
    daysAgo: 130,
    subject: "Dinner at ours, Saturday the 14th",
    people: ["kenji", "ruth", "chloe"],
    extras: 0,
    messages: [
      {
        from: "sam",
        text: "We're doing a small dinner at ours on Saturday the 14th, from seven. Just the four of us and a lot of food. Say if there's anything you don't eat.",
      },
      { from: "ruth", text: "Lovely, I'll be there. No shellfish for me, otherwise anything." },
      { from: "kenji", text: "Wouldn't miss it. I'll bring wine." },
      { from: "chloe", text: "Yes please! I'll bring the tarte tatin I keep promising." },
    ],
  },
  {
    daysAgo: 96,
    subject: "Founders breakfast: first Friday",
    people: ["chloe", "ruth", "omar"],
    extras: 11,
    messages: [
      {
        from: "chloe",
        text: "The next founders breakfast is on the first Friday of the month at half past seven, same café as last time. Reply if you're coming so I can book the big table.",
      },
      { from: "extra", text: "Coming, thanks for organising." },
      { from: "extra", text: "I'll be there, a little late." },
      { from: "sam", text: "Coming. I'll bring two of the pastries from the place next door." },
    ],
  },
];

export function addGroupThread(builder: MailboxBuilder, group: GroupThread): void {
  const extras = builder.random.shuffle(GROUP_ONLY).slice(0, group.extras);
  const everyone = [SAM, ...group.people.map(person), ...extras];
  let extraIndex = 0;
  const sender = (from: GroupThread["messages"][number]["from"]): Person =>
    from === "extra" ? (extras[extraIndex++ % extras.length] ?? SAM) : person(from);
  let date = builder.day(group.daysAgo);
  let parent: Mail | undefined;
  for (const message of group.messages) {
    const from = sender(message.from);
    const to = everyone.filter((someone) => someone.email !== from.email);
    parent = parent
      ? builder.reply(parent, from, to, message.text, date)
      : builder.write(from, to, group.subject, message.text, date);
    date = builder.later(date, 1, 20);
  }
}
