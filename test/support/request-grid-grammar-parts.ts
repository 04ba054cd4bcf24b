/**
 * The sixth grid's parts (session 32): the acts src/intros/connecting-grammar.ts composes from
 * slots, in the ways of asking two blind general checks and four blind Enron sets used ("I would
 * request that you…", "Request you…", "Might you be in a position to…", "I'd just like you to…").
 * Each act is read for four people the writer speaks for and four people outside.
 */

export const SIXTH_FRAMES = [
  "Could you {A}?",
  "I would request that you {A}.",
  "Request you {A}.",
  "Might you be in a position to {A}?",
  "Would you be so kind as to {A}?",
  "I'd just like you to {A}.",
  "If you get a chance, could you {A}?",
  "pls {A} if u can",
  "Would you consider {a}?",
];

/** [act, its gerund]: {B} whom it is for, {P} their possessive, {S} them as a subject, {T} the person outside. */
export const SIXTH_ACTS: readonly (readonly [string, string])[] = [
  ["make contact for {B} with {T}", "making contact for {B} with {T}"],
  ["facilitate a call between {B} and {T}", "facilitating a call between {B} and {T}"],
  ["facilitate an introduction to {T}", "facilitating an introduction to {T}"],
  ["make a call to {T} on {P} behalf", "making a call to {T} on {P} behalf"],
  ["mention to {T} that {S} looking for a new role", "mentioning to {T} that {S} looking for a new role"],
  [
    "send {T} a note saying you think {B} would be a great fit",
    "sending {T} a note saying you think {B} would be a great fit",
  ],
  ["arrange for {T} to meet with {B}", "arranging for {T} to meet with {B}"],
  ["connect {B} with {T}", "connecting {B} with {T}"],
  ["give {T} {P} number", "giving {T} {P} number"],
  ["help {B} get in contact with {T}", "helping {B} get in contact with {T}"],
  ["forward {P} resume to {T}", "forwarding {P} resume to {T}"],
];

/** [whom the act is for, their possessive, them as a subject with "is"] */
export const SIXTH_FOR_WHOM = [
  ["me", "my", "I'm"],
  ["my client", "my client's", "my client is"],
  ["our CEO", "our CEO's", "our CEO is"],
  ["my daughter Priya", "my daughter's", "my daughter is"],
] as const;

export const SIXTH_TARGETS = [
  "the design director at Foster + Partners",
  "the logistics manager of Lidl Netherlands",
  "your brother-in-law at the bank",
  "your old boss at Nike",
];
