import { expect, it } from "vitest";
import { asksTheReader, detectIntroRequest } from "../../src/intros/detect.js";
import { parseEmail } from "../../src/intake/index.js";
import { analyzeEmail } from "../../src/intros/index.js";

/** Examples that should hold and ones that should not, as one table of [text, expected]. */
export const labelled = (yes: readonly string[], no: readonly string[]) => [
  ...yes.map((text) => [text, true] as const),
  ...no.map((text) => [text, false] as const),
];

/** Detection of a text as a message's new text, with no subject. */
export const detect = (fresh: string) =>
  detectIntroRequest({ fresh, isBulk: false, isCalendarInvite: false, sentByConnector: false });

/** Whether a message with this subject and new text is a request. */
export const detectWithSubject = (subject: string, fresh: string) =>
  detectIntroRequest({ subject, fresh, isBulk: false, isCalendarInvite: false, sentByConnector: false }).isIntroRequest;

/** One test per example: each request is one, each near miss is not. */
export function itTellsRequestsFromNearMisses(requests: readonly string[], nearMisses: readonly string[]): void {
  it.each(labelled(requests, nearMisses))("%j is a request: %j", (text, isRequest) =>
    expect(detect(text).isIntroRequest).toBe(isRequest),
  );
}

/** One test per sentence: whether it asks the reader about someone else (the model's evidence). */
export function itTellsAsksApart(asking: readonly string[], notAsking: readonly string[]): void {
  it.each(labelled(asking, notAsking))("%j asks the reader about someone else: %j", (sentence, asks) =>
    expect(asksTheReader(sentence)).toBe(asks),
  );
}

/** The whole analysis of a message from pat@writer.example to the connector (sam@rivera.example), parsed from MIME. */
export async function analyseMessageBody(body: string, subject = "a question") {
  const raw = `From: Pat Doe <pat@writer.example>\nTo: Sam Rivera <sam@rivera.example>\nSubject: ${subject}\nDate: Mon, 1 Jun 2009 10:00:00 -0500\n\n${body}\n`;
  return analyzeEmail(await parseEmail(Buffer.from(raw), { maxBytes: 1_000_000 }), {
    connectorAddresses: ["sam@rivera.example"],
  });
}
