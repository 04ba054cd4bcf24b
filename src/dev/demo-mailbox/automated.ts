import type { MailboxBuilder } from "./builder.js";
import { type Person, SAM } from "./cast.js";

/** Machine mail: lists and notifications. It counts for nothing in any tie. */
interface AutomatedSender {
  from: Person;
  labels: string;
  headers: Record<string, string>;
  everyDays: number;
  oldestDaysAgo: number;
  newestDaysAgo: number;
  subjects: readonly string[];
  text: string;
}

export const AUTOMATED: readonly AutomatedSender[] = [
  {
    from: { name: "The Connector Weekly", email: "weekly@connectorweekly.example" },
    labels: "Inbox,Category Promotions",
    headers: {
      "List-Id": "The Connector Weekly <weekly.connectorweekly.example>",
      "List-Unsubscribe": "<https://connectorweekly.example/unsubscribe>, <mailto:leave@connectorweekly.example>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      Precedence: "bulk",
    },
    everyDays: 14,
    oldestDaysAgo: 530,
    newestDaysAgo: 6,
    subjects: [
      "This week: five ways to ask for an intro",
      "This week: the double opt-in, explained",
      "This week: networking without the small talk",
      "This week: how investors read a warm introduction",
      "This week: saying no gracefully",
      "This week: the follow-up that gets answered",
    ],
    text: "This week's issue is online. Read it at https://connectorweekly.example/latest\n\nYou are receiving this because you subscribed at connectorweekly.example. Unsubscribe: https://connectorweekly.example/unsubscribe",
  },
  {
    from: { name: "Fintech Brief", email: "digest@fintechbrief.example" },
    labels: "Inbox,Category Promotions",
    headers: {
      "List-Id": "Fintech Brief <digest.fintechbrief.example>",
      "List-Unsubscribe": "<https://fintechbrief.example/u>",
    },
    everyDays: 30,
    oldestDaysAgo: 520,
    newestDaysAgo: 11,
    subjects: [
      "Fintech Brief: card disputes go real-time",
      "Fintech Brief: the open banking scorecard",
      "Fintech Brief: who is hiring in payments",
      "Fintech Brief: the quarter in funding",
    ],
    text: "The month in fintech, in five minutes: https://fintechbrief.example/issues/latest\n\nManage your subscription: https://fintechbrief.example/u",
  },
  {
    from: { name: "CodeHub", email: "no-reply@codehub.example" },
    labels: "Inbox,Category Updates",
    headers: { "Auto-Submitted": "auto-generated" },
    everyDays: 24,
    oldestDaysAgo: 360,
    newestDaysAgo: 4,
    subjects: [
      "[rivera/site] Run failed: deploy on main",
      "[rivera/site] Dependabot opened a pull request",
      "[rivera/site] Run succeeded: deploy on main",
    ],
    text: "A workflow run on rivera/site finished. View it at https://codehub.example/rivera/site/actions\n\nYou are receiving this because you watch this repository.",
  },
  {
    from: { name: "Skyline Travel", email: "no-reply@skyline-travel.example" },
    labels: "Inbox,Category Updates",
    headers: { "Auto-Submitted": "auto-generated" },
    everyDays: 75,
    oldestDaysAgo: 470,
    newestDaysAgo: 30,
    subjects: ["Your booking is confirmed", "Check in now for your flight", "Your receipt from Skyline Travel"],
    text: "Booking reference SKY-4821. Manage your trip at https://skyline-travel.example/trips\n\nThis is an automated message; replies are not read.",
  },
];

export function addAutomated(builder: MailboxBuilder, sender: AutomatedSender): void {
  let index = 0;
  for (let daysAgo = sender.oldestDaysAgo; daysAgo >= sender.newestDaysAgo; daysAgo -= sender.everyDays) {
    const subject = sender.subjects[index++ % sender.subjects.length] ?? "";
    builder.add({
      from: sender.from,
      to: [SAM],
      subject,
      text: sender.text,
      date: builder.day(daysAgo),
      labels: sender.labels,
      headers: sender.headers,
    });
  }
}
