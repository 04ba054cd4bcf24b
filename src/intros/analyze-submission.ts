import { contentKey, mailboxKey, readMessageText, type ParsedEmail, type Person } from "../intake/index.js";
import { analyzeEmail } from "./analyze-email.js";
import type { Analysis } from "./types.js";

/**
 * A message the connector forwarded to SafeIntro on purpose (to their plus-address or their
 * inbound address): a request record is made whatever the analysis finds in it.
 */
export interface Submission {
  /** The analysis of the forwarded message: its requester is the original sender. */
  analysis: Analysis;
  /** The forwarded message's own subject (the forward's is "Fwd: …"). */
  subject: string;
  /** Who sent the forward (the From address of the message received), lowercased. */
  sentBy: string | null;
  /** What the connector wrote above the forward, when anything; null otherwise. */
  connectorNote: string | null;
  /** When the original was sent, from the forward's header block; null when not readable. */
  originalDate: Date | null;
  /** Plain words for a submission in which no intro request was recognised; null when one was. */
  unrecognised: string | null;
}

/** The layer of a message that a request's identity is read from (see messageIdentity). */
interface Layer {
  email: ParsedEmail;
  /** What the connector wrote on the layers peeled off to reach it. */
  notes: string[];
  originalDate: Date | null;
  /** The message was a forward of the connector's (at least one layer was peeled). */
  peeled: boolean;
}

/** The innermost forward layers the connector wrote are peeled off, at most this many. */
const MAX_PEELED_LAYERS = 5;

/**
 * Peels the connector's own forwards off a message: a forward of a forward they wrote
 * ("Fwd: Fwd: …") is read down to the first layer someone else wrote. That layer is the
 * message whose sender asks, and the message whose identity counts.
 */
function peelConnectorForwards(email: ParsedEmail, connectorAddresses: readonly string[]): Layer {
  const own = new Set(connectorAddresses.map(mailboxKey));
  const isOwn = (person: Person) => person.email !== null && own.has(mailboxKey(person.email));
  let layer: Layer = { email, notes: [], originalDate: null, peeled: false };
  for (let depth = 0; depth < MAX_PEELED_LAYERS && isOwn(layer.email.from); depth++) {
    const { forward } = readMessageText(layer.email.subject, layer.email.text, { knownForward: true });
    if (!forward) break;
    const note = forward.note.trim();
    layer = {
      email: {
        ...layer.email,
        from: forward.original,
        subject: forward.subject,
        date: forward.date,
        messageId: null,
        text: forward.body,
        // The forward's own headers are the connector's, not the original's.
        contactHeaders: [],
      },
      notes: note ? [...layer.notes, note] : layer.notes,
      originalDate: forward.date ?? layer.originalDate,
      peeled: true,
    };
  }
  return layer;
}

/**
 * How a request is known again when it arrives a second time (forwarded twice, by two
 * routes, or also in the inbox): its Message-ID when the message still has one (an inline
 * forward does not), and a fingerprint of its sender and text (src/intake/content-key.ts),
 * both read from the first layer the connector did not write.
 */
export function messageIdentity(
  email: ParsedEmail,
  connectorAddresses: readonly string[],
): { originalMessageId: string | null; contentKey: string } {
  const layer = peelConnectorForwards(email, connectorAddresses);
  return {
    originalMessageId: layer.email.messageId,
    contentKey: contentKey(layer.email.from.email, layer.email.text),
  };
}

/** Analyses a message the connector forwarded to SafeIntro on purpose. Pure: no I/O. */
export function analyzeSubmission(email: ParsedEmail, connectorAddresses: readonly string[]): Submission {
  const layer = peelConnectorForwards(email, connectorAddresses);
  const analysis = analyzeEmail(layer.email, { connectorAddresses });
  const connectorNote = layer.notes.join("\n\n").trim() || null;
  return {
    analysis,
    subject: layer.email.subject,
    sentBy: email.from.email,
    connectorNote,
    originalDate: layer.originalDate,
    unrecognised: analysis.isIntroRequest
      ? null
      : layer.peeled
        ? "Forwarded by you; no intro request recognised in it."
        : "Sent by you, but no forwarded message was found in it.",
  };
}
