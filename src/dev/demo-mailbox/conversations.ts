import type { Mail, MailboxBuilder } from "./builder.js";
import { type CastKey, person, SAM } from "./cast.js";
import { fill, fillings, TOPICS } from "./topics.js";

/** Conversations between Sam and one person: how many threads, from how long ago to how recently. */
interface ConversationPlan {
  who: CastKey;
  threads: number;
  oldestDaysAgo: number;
  newestDaysAgo: number;
}

export const CONVERSATIONS: readonly ConversationPlan[] = [
  { who: "maya", threads: 11, oldestDaysAgo: 535, newestDaysAgo: 8 },
  { who: "jose", threads: 10, oldestDaysAgo: 520, newestDaysAgo: 12 },
  { who: "anna", threads: 10, oldestDaysAgo: 500, newestDaysAgo: 15 },
  { who: "lena", threads: 10, oldestDaysAgo: 480, newestDaysAgo: 10 },
  { who: "kenji", threads: 10, oldestDaysAgo: 540, newestDaysAgo: 20 },
  { who: "priya", threads: 10, oldestDaysAgo: 510, newestDaysAgo: 24 },
  { who: "chloe", threads: 10, oldestDaysAgo: 470, newestDaysAgo: 14 },
  { who: "ruth", threads: 10, oldestDaysAgo: 450, newestDaysAgo: 9 },
  { who: "omar", threads: 3, oldestDaysAgo: 400, newestDaysAgo: 70 },
  { who: "felipe", threads: 5, oldestDaysAgo: 380, newestDaysAgo: 95 },
  { who: "zoe", threads: 4, oldestDaysAgo: 300, newestDaysAgo: 110 },
];

/** Threads of two to four messages between Sam and one person, more of them recently. */
export function addConversations(builder: MailboxBuilder, plan: ConversationPlan): void {
  const { random } = builder;
  const other = person(plan.who);
  const topics = random.shuffle(TOPICS);
  for (let i = 0; i < plan.threads; i++) {
    const progress = plan.threads === 1 ? 1 : i / (plan.threads - 1);
    const spread = (plan.oldestDaysAgo - plan.newestDaysAgo) * (1 - progress) ** 1.6;
    const daysAgo = Math.round(plan.newestDaysAgo + spread);
    const topic = topics[i % topics.length] ?? TOPICS[0];
    if (!topic) continue;
    const samStarts = random.chance(0.5);
    const turns = random.int(2, topic.lines.length);
    let date = builder.day(daysAgo);
    const values = fillings(random, date);
    let parent: Mail | undefined;
    for (let turn = 0; turn < turns; turn++) {
      const samWrites = turn % 2 === 0 ? samStarts : !samStarts;
      const from = samWrites ? SAM : other;
      const to = samWrites ? other : SAM;
      const body = fill(topic.lines[turn] ?? "", values);
      parent = parent
        ? builder.reply(parent, from, [to], body, date)
        : builder.write(from, [to], fill(topic.subject, values), body, date);
      date = builder.later(date, 1, 30);
    }
  }
}
