import { boundEmail, mailboxKey, readMessageText } from "../intake/index.js";
import type { ParsedEmail } from "../intake/index.js";
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
  const text = readMessageText(email.subject, email.text);
  const { forward, fresh, quoted } = text;
  const requester: Person = forward ? forward.original : email.from;
  const forwardedBy: Person | null = forward ? email.from : null;
  const truncated = parsed.truncated ? ({ truncated: true } as const) : {};

  const detection = detectIntroRequest({
    fresh,
    isBulk: email.isBulk,
    isCalendarInvite: email.isCalendarInvite,
    sentByConnector: isConnector(requester, options.connectorAddresses ?? []),
  });
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
