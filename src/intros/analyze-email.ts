import { boundEmail, mailboxKey, readMessageText } from "../intake/index.js";
import type { MessageText, ParsedEmail } from "../intake/index.js";
import { detectIntroRequest } from "./detect.js";
import { extractRequestParts } from "./extract-request-parts.js";
import { extractTarget } from "./extract-target.js";
import { scoreSpecificity } from "./score-specificity.js";
import type { Analysis, Person } from "./types.js";

/**
 * Analyses one parsed message: unwraps a forward (the requester is the original
 * sender), judges only the new text of a reply, and for intro requests extracts the
 * target and the parts of the request and scores its specificity. Pure: no I/O.
 * Only the start of a long message is read (src/intake/bound-email.ts).
 */
export interface AnalyzeOptions {
  /** The connector's own addresses: mail they wrote is not a request to them. */
  connectorAddresses?: readonly string[];
}

export function analyzeEmail(parsed: ParsedEmail, options: AnalyzeOptions = {}): Analysis {
  const email = boundEmail(parsed);
  const read = readMessageText(email.subject, email.text);
  const truncated = parsed.truncated ? ({ truncated: true } as const) : {};
  const judged = (text: MessageText, requester: Person, forwarded?: string) =>
    detectIntroRequest({
      fresh: text.fresh,
      subject: text.forward ? text.forward.subject : email.subject,
      isBulk: email.isBulk,
      isCalendarInvite: email.isCalendarInvite,
      sentByConnector: isConnector(requester, options.connectorAddresses ?? []),
      ...(forwarded ? { forwarded } : {}),
    });
  let text = read;
  let requester: Person = read.forward ? read.forward.original : email.from;
  let forwardedBy: Person | null = read.forward ? email.from : null;
  let detection = judged(read, requester);
  // A forward whose own text asks nothing, under a note that does: "This is the resume of my
  // friend, could you pass it to the hiring manager?" The one forwarding is the requester, and
  // what they forward is the context of their request.
  if (!detection.isIntroRequest && read.forward && read.forward.note.trim()) {
    const noteText: MessageText = {
      forward: null,
      fresh: read.forward.note,
      quoted: read.forward.body,
      withInlineQuotes: read.forward.note,
    };
    const noteDetection = judged(noteText, email.from, read.forward.body);
    if (noteDetection.isIntroRequest) {
      text = noteText;
      requester = email.from;
      forwardedBy = null;
      detection = noteDetection;
    }
  }
  const { fresh, quoted } = text;
  if (!detection.isIntroRequest) {
    return {
      isIntroRequest: false,
      requester,
      forwardedBy,
      target: null,
      reason: null,
      ask: null,
      benefitToTarget: null,
      blurb: null,
      specificity: null,
      ...truncated,
    };
  }

  const { requestSentence } = detection;
  const target = extractTarget({
    fresh,
    quoted,
    requestSentence,
    knownPeople: [requester, ...(forwardedBy ? [forwardedBy] : []), ...email.to],
  });
  const parts = extractRequestParts(text, requestSentence, target);
  return {
    isIntroRequest: true,
    requester,
    forwardedBy,
    target,
    reason: parts.reason,
    ask: parts.ask,
    benefitToTarget: parts.benefitToTarget,
    blurb: parts.blurb,
    specificity: scoreSpecificity(parts.evidence),
    ...truncated,
  };
}

function isConnector(person: Person, connectorAddresses: readonly string[]): boolean {
  if (person.email === null) return false;
  const key = mailboxKey(person.email);
  return connectorAddresses.some((address) => mailboxKey(address) === key);
}
