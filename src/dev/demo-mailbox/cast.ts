/**
 * The demo mailbox's people: its owner Sam Rivera, the cast Sam has mail with (by how well Sam
 * knows them), and the people who only ever appear in group mail.
 */

/** The connector: the mailbox's owner, and the name of its folder. */
export const DEMO_CONNECTOR = { name: "Sam Rivera", email: "sam@rivera.example" } as const;

export interface Person {
  name: string;
  email: string;
}

type Tie = "strong" | "moderate" | "weak";

interface CastMember extends Person {
  tie: Tie;
  about: string;
}

/**
 * The people Sam has mail with, by how well Sam knows them. The tie is what the mail is built to
 * show (counted from headers: how much mail, both ways, how recent), not a stored fact.
 */
export const DEMO_CAST = {
  // Strong: dozens of messages both ways over many months, the last ones recent.
  maya: {
    name: "Maya Goldberg",
    email: "maya@lumenlabs.example",
    tie: "strong",
    about: "head of product at Lumen Labs; Sam's former colleague; once introduced Sam to Viktor",
  },
  jose: {
    name: "José Núñez",
    email: "jose@altamar.example",
    tie: "strong",
    about: "founder of Altamar Logistics in Valencia; an old friend",
  },
  anna: {
    name: "Анна Петрова",
    email: "anna.petrova@severny.example",
    tie: "strong",
    about: "Head of Data at Severny Labs; Sam introduced her to José",
  },
  lena: {
    name: "Lena Fischer",
    email: "lena.fischer@fjordbank.example",
    tie: "strong",
    about: "Head of Fraud Operations at Fjordbank; on a summit thread with Maya",
  },
  kenji: {
    name: "Kenji Watanabe",
    email: "kenji@tidepool.example",
    tie: "strong",
    about: "partner at Tidepool Ventures; dinner guest with Ruth and Chloé",
  },
  priya: {
    name: "Priya Raman",
    email: "priya.raman@kestrelhealth.example",
    tie: "strong",
    about: "CTO at Kestrel Health; everyone wants an intro to her",
  },
  chloe: {
    name: "Chloé Martin",
    email: "chloe@ateliermartin.example",
    tie: "strong",
    about: "design director at Atelier Martin",
  },
  ruth: {
    name: "Ruth Adebayo",
    email: "ruth@brightwell.example",
    tie: "strong",
    about: "COO at Brightwell Energy",
  },
  // Moderate: some mail both ways, mostly months ago.
  omar: {
    name: "Omar Haddad",
    email: "omar@haddadfreight.example",
    tie: "moderate",
    about: "runs Haddad Freight; Sam introduced him to three people and he never returned one",
  },
  felipe: {
    name: "Felipe Andrade",
    email: "felipe@andradeclinics.example",
    tie: "moderate",
    about: "runs Andrade Clinics; asked for Priya six weeks ago",
  },
  zoe: {
    name: "Zoë Clarke",
    email: "zoe@northstarevents.example",
    tie: "moderate",
    about: "runs Northstar Events; organises the summit and the mentor circle",
  },
  // Weak: one or two messages long ago, or mail that only ever came in.
  viktor: {
    name: "Viktor Horváth",
    email: "viktor@horvathrobotics.example",
    tie: "weak",
    about: "founder of Horváth Robotics; Maya introduced him to Sam",
  },
  ines: {
    name: "Inés Castillo",
    email: "ines@castilloaduanas.example",
    tie: "weak",
    about: "customs broker in Valencia; Sam introduced her to Omar",
  },
  tariq: {
    name: "Tariq Mahmoud",
    email: "tariq@stackyard.example",
    tie: "weak",
    about: "builds warehouse software; Sam introduced him to Omar",
  },
  sofia: {
    name: "Sofia Lindgren",
    email: "sofia@lindgrenpricing.example",
    tie: "weak",
    about: "pricing consultant; Sam introduced her to Omar",
  },
  ingrid: {
    name: "Ingrid Solberg",
    email: "ingrid@polaris-ai.example",
    tie: "weak",
    about: "founder of Polaris AI; one message to Sam, fifteen months ago",
  },
  bartosz: {
    name: "Bartosz Wiśniewski",
    email: "bartosz@wisniewski-analytics.example",
    tie: "weak",
    about: "forecasting consultant; one cold pitch to Sam, eleven months ago",
  },
  marguerite: {
    name: "Marguerite Dubois",
    email: "marguerite@talentbridge.example",
    tie: "weak",
    about: "recruiter; two messages Sam never answered",
  },
  hiroshi: {
    name: "Hiroshi Tanaka",
    email: "hiroshi@tanaka-writes.example",
    tie: "weak",
    about: "writer; one exchange with Sam, sixteen months ago",
  },
} as const satisfies Record<string, CastMember>;

export type CastKey = keyof typeof DEMO_CAST;

/** People who only ever appear in group mail, among many recipients. */
export const GROUP_ONLY: readonly Person[] = [
  ["Aarav Shah", "aarav@shahworks.example"],
  ["Beatriz Costa", "beatriz@costa-labs.example"],
  ["Connor Walsh", "connor@walshco.example"],
  ["Dagny Berg", "dagny@bergmedia.example"],
  ["Emeka Obi", "emeka@obicapital.example"],
  ["Farah Aziz", "farah@azizdesign.example"],
  ["Gustavo Reyes", "gustavo@reyesfoods.example"],
  ["Hana Novak", "hana@novakstudio.example"],
  ["Ilse de Vries", "ilse@devries.example"],
  ["Jonas Weber", "jonas@weber-ops.example"],
  ["Kaito Mori", "kaito@moritech.example"],
  ["Lucía Romero", "lucia@romero.example"],
].map(([name, email]) => ({ name: name ?? "", email: email ?? "" }));

export const SAM: Person = DEMO_CONNECTOR;
export const person = (key: CastKey | "sam"): Person => (key === "sam" ? SAM : DEMO_CAST[key]);
