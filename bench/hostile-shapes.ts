/**
 * Crafted message bodies that once made the analysis take time growing with the square of
 * their size (or worse): long runs of one punctuation mark, words without spaces, thousands
 * of short lines, separators repeated. Shared by the hostile benchmark and its unit test, so
 * that both feed the analysis the same shapes.
 */

/** A request the analysis must still find when junk follows it. */
export const REQUEST = "Could you introduce me to Mary Jones at Acme Robotics? She runs procurement there.";

export interface HostileShape {
  name: string;
  /** A body of about `bytes` characters. */
  body: (bytes: number) => string;
  /** A subject of the same order, for the shapes that attack the subject line. */
  subject?: (bytes: number) => string;
  /** A To header of the same order, for the shapes that attack the list of known people. */
  to?: (bytes: number) => string;
  /** Junk alone, with no request to find: detection then tries every cue on all of it. */
  noRequest?: true;
}

/** `unit` repeated to about `bytes` characters. */
export function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

const PUNCTUATION = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"];
const punctuationName = (char: string) => `run of ${JSON.stringify(char)}`;

/** A Gmail forward's header, so that the forward parser runs on what follows. */
const FORWARD_HEAD =
  "FYI, can you look at this?\n\n---------- Forwarded message ---------\nFrom: Ethan Brooks <ethan@copperline.example>\n" +
  "Date: Mon, Mar 2, 2026 at 4:47 PM\nSubject: Intro request\nTo: Nina Patel <nina@rivera.example>\n\n\n";

const forwardSubject = () => "Fwd: Intro request";

/** Lines declaring `count` multipart boundaries, then their closing delimiters: the raw-message check reads them all. */
function boundaries(count: number): string {
  const indexes = Array.from({ length: count }, (_, index) => index);
  return `${indexes.map((index) => `Content-Type: multipart/mixed; boundary="b${index}"`).join("\n")}\n${indexes.map((index) => `--b${index}--`).join("\n")}`;
}

/** The words that cues start from, each repeated with no request anywhere. */
const CUE_WORDS = [
  "could you please ",
  "would you mind ",
  "an intro to Acme ",
  "any chance you ",
  "ask Sam to ",
  "happy for you to pass my note ",
  "anyone at Acme ",
  "I'd love to meet ",
  "thanks for the ",
  "let me introduce you ",
  "trying to reach ",
  "you would be willing ",
  "connect me with ",
  "introduce my cofounder ",
  "she would find it ",
];

/** After the request, so that detection and every extraction step run on the junk. */
const afterRequest = (unit: string) => (bytes: number) => `${REQUEST} ${repeatTo(unit, bytes)}`;
/** Inside the sentence that asks, so that the name, role and organisation patterns run on it. */
const insideRequest = (unit: string) => (bytes: number) => `Could you introduce me to ${repeatTo(unit, bytes)}`;

export const HOSTILE_SHAPES: readonly HostileShape[] = [
  ...PUNCTUATION.map((char) => ({ name: punctuationName(char), body: afterRequest(char) })),
  ...PUNCTUATION.map((char) => ({ name: `${punctuationName(char)} in the request`, body: insideRequest(char) })),
  { name: "letters without spaces", body: afterRequest("a") },
  { name: "capitalised word without spaces", body: (bytes) => `${REQUEST} M${repeatTo("a", bytes)}` },
  {
    name: "name without spaces in the request",
    body: (bytes) => `Could you introduce me to Mary${repeatTo("y", bytes)}X`,
  },
  { name: "mixed Unicode letters", body: afterRequest("ÉcoleŻółćΩμέγαЖизнь日本語ßØå") },
  { name: "mixed Unicode words", body: insideRequest("Élodie Łukasz Ωmega Жанна ") },
  { name: '"a." repeated', body: afterRequest("a.") },
  { name: '"1." repeated', body: afterRequest("1.") },
  { name: '"A. " repeated', body: afterRequest("A. ") },
  { name: '"Mr. " repeated', body: afterRequest("Mr. ") },
  { name: '"e.g. " repeated', body: afterRequest("e.g. ") },
  { name: '"Ab-" repeated', body: afterRequest("Ab-") },
  { name: '"Ab\'" repeated', body: insideRequest("Ab'") },
  { name: '"AbC" repeated', body: insideRequest("AbC") },
  { name: "one word of endless parts", body: insideRequest("Abc") },
  { name: "capitalised words repeated", body: afterRequest("Mary Jones ") },
  { name: "capitalised words in the request", body: insideRequest("Abc ") },
  { name: "names with particles", body: insideRequest("Anna van der ") },
  {
    name: "organisations repeated",
    body: (bytes) => `Could you introduce me to someone at ${repeatTo("Acme of ", bytes)}`,
  },
  { name: "roles repeated", body: (bytes) => `Could you introduce me to Mary, ${repeatTo("head of ", bytes)}` },
  { name: '"she runs" repeated', body: afterRequest("she runs the ") },
  { name: '"do you know anyone at" repeated', body: afterRequest("do you know anyone at Acme ") },
  { name: '"introduce me to" repeated', body: afterRequest("could you introduce me ") },
  { name: '"to Mary" repeated in the request', body: insideRequest("to Mary ") },
  {
    name: "names, and many recipients",
    body: afterRequest("Mary Jones "),
    to: (bytes) => repeatTo("Sam Rivera <sam@rivera.example>, ", bytes),
  },
  { name: '"ask" repeated', body: afterRequest("ask you to ") },
  { name: '"because she" repeated', body: afterRequest("because she ") },
  { name: '"why her" repeated', body: afterRequest("why her ") },
  { name: '"for her" repeated', body: afterRequest("for her ") },
  // It asks by itself: phone-typed mail leaves the question mark off.
  { name: '"do you know anyone at Acme" repeated', body: (bytes) => repeatTo("do you know anyone at Acme ", bytes) },
  ...CUE_WORDS.map((words) => ({
    name: `"${words.trim()}" repeated, no request`,
    body: (bytes: number) => repeatTo(words, bytes),
    noRequest: true as const,
  })),
  {
    name: '"blurb" then junk',
    body: (bytes) => `${REQUEST}\n\nHere's a blurb you can forward: ${repeatTo("We build robots. ", bytes)}`,
  },
  {
    name: "sentences, then a long blurb",
    body: (bytes) =>
      `${REQUEST}\n\n${repeatTo("A2. ", bytes / 2)}\n\nHere's a blurb you can forward:\n\n${repeatTo("A1 ", bytes / 2)}`,
  },
  {
    name: '"blurb" then many paragraphs',
    body: (bytes) => `${REQUEST}\n\nHere's a blurb you can forward:\n\n${repeatTo("We build robots.\n\n", bytes)}`,
  },
  { name: "quoted words repeated", body: afterRequest('"can you connect me" ') },
  { name: "email-like words", body: afterRequest("a.b.c") },
  { name: '"a@" repeated', body: afterRequest("a@") },
  { name: '"a@b." repeated', body: afterRequest("a@b.") },
  { name: "addresses without spaces", body: afterRequest("mary.jones@acme.example") },
  { name: "blanks after a cue word", body: (bytes) => `${REQUEST} I have one${repeatTo("\u3000", bytes)}x` },
  {
    name: "blurb, then blanks",
    body: (bytes) => `${REQUEST}\n\nHere's a blurb you can forward: "We build${repeatTo("\u3000", bytes)}x`,
  },
  { name: "spaces", body: afterRequest(" ") },
  { name: "tabs", body: afterRequest("\t") },
  { name: "non-breaking spaces", body: afterRequest("\u00a0") },
  { name: "ideographic spaces", body: afterRequest("\u3000") },
  { name: "line separators", body: afterRequest("\u2028") },
  { name: "curly quotes", body: afterRequest("\u201c\u2019") },
  { name: "many short lines", body: (bytes) => `${REQUEST}\n${repeatTo("word\n", bytes)}` },
  { name: "many empty lines", body: (bytes) => `${REQUEST}\n${repeatTo("\n", bytes)}x` },
  { name: "many blank lines with spaces", body: (bytes) => `${REQUEST}\n${repeatTo(" \n", bytes)}x` },
  { name: "many lines ending in a colon", body: (bytes) => `${REQUEST}\n${repeatTo("Note:\n", bytes)}` },
  { name: "many list items", body: (bytes) => `${REQUEST}\n${repeatTo("- item\n", bytes)}` },
  { name: '"On " + a huge line', body: (bytes) => `${REQUEST}\nOn ${repeatTo("x", bytes)}\n` },
  { name: 'many "On … wrote" lines', body: (bytes) => `${REQUEST}\n${repeatTo("On Mon, Sam wrote: x\n", bytes)}` },
  { name: 'many "From:" lines', body: (bytes) => `${REQUEST}\n${repeatTo("From: a\n", bytes)}` },
  { name: "many Outlook header lines", body: (bytes) => `${REQUEST}\n${repeatTo("From: a\nSent: b\n", bytes)}` },
  { name: 'many ">" lines', body: (bytes) => `${REQUEST}\n${repeatTo("> quoted line\n", bytes)}` },
  { name: '">" lines between replies', body: (bytes) => `${REQUEST}\n${repeatTo("> quoted line\nreply\n", bytes)}` },
  { name: 'deep ">" nesting', body: (bytes) => `${REQUEST}\n${repeatTo(">", bytes)} hi\nreply` },
  { name: '"-- Original message" repeated', body: afterRequest("-- Original message") },
  {
    name: '"-----Original Message-----" lines',
    body: (bytes) => `${REQUEST}\n${repeatTo("-----Original Message-----\n", bytes)}`,
  },
  {
    name: '"Forwarded message" lines',
    body: (bytes) => `${REQUEST}\n${repeatTo("---------- Forwarded message ---------\n", bytes)}`,
  },
  {
    name: "forward, then junk",
    body: (bytes) => `${FORWARD_HEAD}${REQUEST}\n${repeatTo("- ", bytes)}`,
    subject: forwardSubject,
  },
  {
    name: 'forward, then many ">" lines',
    body: (bytes) => `${FORWARD_HEAD}${REQUEST}\n${repeatTo("> quoted line\n", bytes)}`,
    subject: forwardSubject,
  },
  {
    name: "forward, then many short lines",
    body: (bytes) => `${FORWARD_HEAD}${REQUEST}\n${repeatTo("word\n", bytes)}`,
    subject: forwardSubject,
  },
  {
    name: "forward, then letters without spaces",
    body: (bytes) => `${FORWARD_HEAD}${REQUEST}\n${repeatTo("a", bytes)}`,
    subject: forwardSubject,
  },
  {
    name: '"Begin forwarded message:" lines',
    body: (bytes) => `${REQUEST}\n${repeatTo("Begin forwarded message:\n", bytes)}`,
  },
  // Lines that the mail parsers' own patterns take polynomial time on (measured on the parsers alone).
  { name: '"abc. x skrev x" lines', body: (bytes) => `${REQUEST}\n${repeatTo("abc. x skrev x\n", bytes)}` },
  {
    name: '"wrote … on at" lines',
    body: (bytes) => `${REQUEST}\n${repeatTo(`wrote${repeatTo(" on at", 240)}\n`, bytes)}`,
  },
  {
    name: '"időpontban <" lines',
    body: (bytes) => `${REQUEST}\n${repeatTo(`x${repeatTo(" időpontban <", 240)}\n`, bytes)}`,
    subject: forwardSubject,
  },
  {
    name: '"<b> kirjoitti" lines',
    body: (bytes) => `${REQUEST}\n${repeatTo(`x${repeatTo(" <b> kirjoitti", 240)}\n`, bytes)}`,
    subject: forwardSubject,
  },
  { name: "signature words repeated", body: (bytes) => `${REQUEST}\n${repeatTo("Cheers regards Sent from ", bytes)}` },
  { name: "many multipart boundaries", body: (bytes) => `${REQUEST}\n${boundaries(Math.ceil(bytes / 60))}` },
  { name: "huge subject", body: () => REQUEST, subject: (bytes) => `Fwd: ${repeatTo("intro ", bytes)}` },
  { name: "huge subject without spaces", body: () => REQUEST, subject: (bytes) => `Fwd: ${repeatTo("-", bytes)}` },
];

/** A raw message of about `bytes` in the given shape, as Gmail would hand it over. */
export function hostileMessage(shape: HostileShape, bytes: number): Buffer {
  const subject = shape.subject?.(bytes) ?? "Intro?";
  const to = shape.to?.(bytes) ?? "Sam Rivera <sam@rivera.example>";
  return Buffer.from(
    `From: Alex Kim <alex@example.com>\r\nTo: ${to}\r\nSubject: ${subject}\r\n` +
      "Date: Mon, 1 Jun 2026 09:00:00 +0000\r\nMessage-ID: <hostile@example.com>\r\nMIME-Version: 1.0\r\n" +
      "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
      shape.body(bytes).replace(/\r?\n/g, "\r\n"),
  );
}
