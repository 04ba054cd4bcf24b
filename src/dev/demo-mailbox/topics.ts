import { MONTH_NAMES, type Random } from "./random.js";

/** An everyday exchange: the opening message, then alternate replies. No line asks for an intro. */
interface Topic {
  subject: string;
  lines: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    subject: "Lunch on {day}?",
    lines: [
      "Are you free for lunch on {day}? I'll be near your office from noon.",
      "{day} works for me. Half past twelve at the noodle bar on Canal Street?",
      "Perfect, see you there.",
      "Running five minutes late, save me a seat.",
    ],
  },
  {
    subject: "Notes from {event}",
    lines: [
      "I wrote up my notes from {event}. The section on pricing is the one I'd most like your view on.",
      "Thanks, these are really useful. I'd push back a little on the pricing section; I'll add comments tonight.",
      "Fair points, I've reworked that part. Have another look when you get a moment.",
      "Much better. Ship it.",
    ],
  },
  {
    subject: "{month} board deck",
    lines: [
      "Here's the draft of the {month} board deck. Slides four to seven still feel too long to me.",
      "Agreed on four to seven. I'd merge the two hiring slides and lead with the retention numbers.",
      "Done, and it reads much better. Thanks for the quick turnaround.",
    ],
  },
  {
    subject: "Hiring plan for next quarter",
    lines: [
      "We're finalising the hiring plan for next quarter. Would you sanity-check the order of the roles?",
      "I'd hire the data engineer before the second designer. The rest looks right to me.",
      "That matches my gut. Swapping them.",
      "Good luck with it, and tell me how the first interviews go.",
    ],
  },
  {
    subject: "{city} next month",
    lines: [
      "I'm in {city} from the 12th to the 15th next month. Are you around?",
      "I'm there on the 14th! Dinner?",
      "Dinner on the 14th it is. I'll book somewhere near the station.",
    ],
  },
  {
    subject: "Your talk at {event}",
    lines: [
      "I watched the recording of your talk at {event}. The bit about onboarding checklists was spot on.",
      "Thank you! It was my first time on that stage, so that means a lot.",
      "You should submit it to the autumn edition too.",
    ],
  },
  {
    subject: "Something to read on the plane",
    lines: [
      "You wanted something to read on the plane: try {book}. Short and oddly gripping.",
      "Ordered it. I owe you one for the last recommendation too.",
    ],
  },
  {
    subject: "Contract renewal",
    lines: [
      "On the renewal: did you keep the 60-day notice clause last time?",
      "We did, and I'd keep it. It saved us once already.",
      "Thanks, that settles it.",
    ],
  },
  {
    subject: "Hike on Saturday",
    lines: [
      "Still on for the hike on Saturday? The forecast looks dry.",
      "Yes! I'll bring coffee. Trailhead at eight?",
      "Eight it is.",
      "Great day, thanks for organising. My legs disagree.",
    ],
  },
  {
    subject: "Quarterly numbers",
    lines: [
      "Our quarterly numbers are in: revenue up 18 percent, churn flat. Thought you'd like to know.",
      "Congratulations, that's a great quarter. Flat churn through a price rise is impressive.",
      "Thanks, the team worked hard for it.",
    ],
  },
  {
    subject: "The podcast episode",
    lines: [
      "The episode we recorded goes live on {day}. I'll send the link as soon as it's up.",
      "Can't wait. Thanks again for having me on.",
      "Here it is: https://podcast.example/episodes/42. Already a few kind comments.",
    ],
  },
  {
    subject: "Onboarding flow feedback",
    lines: [
      "Would you click through our new onboarding flow and tell me where you get stuck? It takes five minutes.",
      "Done. Step three lost me: I couldn't tell which workspace I was in. Otherwise smooth.",
      "Great catch, we're fixing step three this sprint.",
    ],
  },
  {
    subject: "Happy birthday!",
    lines: [
      "Happy birthday! I hope someone bakes you a proper cake.",
      "Thank you! There was cake. There was too much cake.",
    ],
  },
  {
    subject: "Dinner on {day}",
    lines: [
      "We're having a few friends over for dinner on {day}. Come if you can, and bring nothing.",
      "We'd love to. I'll bring dessert anyway.",
      "Deal. From seven.",
    ],
  },
  {
    subject: "Reading group in {month}",
    lines: [
      "This month's reading group pick is {book}. We'll talk about it on the last Thursday.",
      "Perfect, I've started it already.",
    ],
  },
  {
    subject: "Pricing page draft",
    lines: [
      "Here's the new pricing page draft. Does the middle tier read as the obvious choice?",
      "Almost. I'd drop the annual toggle from the first view and say who the middle tier is for.",
      "Good call, changing both.",
      "Looks great now.",
    ],
  },
  {
    subject: "Offsite agenda",
    lines: [
      "I'm putting the offsite agenda together. Would you run the session on customer interviews again?",
      "Happy to. Same format as last year, an hour with exercises?",
      "Exactly that. Thank you!",
    ],
  },
  {
    subject: "Long overdue catch-up",
    lines: [
      "It's been too long. How are things? Let's find time for a proper catch-up soon.",
      "Busy but good! Next week is calmer. How about a call on {day} at four?",
      "{day} at four works. Talk then.",
    ],
  },
];

const FILL = {
  day: ["Tuesday", "Wednesday", "Thursday", "Friday"],
  event: [
    "the Lisbon fintech summit",
    "the Berlin product meetup",
    "the Oslo data conference",
    "the founders retreat",
    "the Toronto payments forum",
  ],
  city: ["Lisbon", "Berlin", "Tokyo", "Toronto", "Oslo", "Valencia", "Warsaw"],
  book: ["The Goal", "Working in Public", "The Mom Test", "Shape Up", "High Output Management"],
} as const;

/** A topic's words for one thread: the same day or city in every message of it. */
export function fillings(random: Random, date: Date): Record<string, string> {
  return {
    day: random.pick(FILL.day),
    event: random.pick(FILL.event),
    city: random.pick(FILL.city),
    book: random.pick(FILL.book),
    month: MONTH_NAMES[date.getUTCMonth()] ?? "",
  };
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
