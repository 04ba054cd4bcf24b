/**
 * The contract between the two inbound routes (the SMTP listener and the provider webhook)
 * and the receiver that records what they accept. Each route authenticates the sender its
 * own way (mailauth over the SMTP session, or the provider's verdicts plus our own DKIM
 * check) and hands the receiver the same three facts; the receiver applies one policy.
 */

/** How a forwarded request reached SafeIntro. Stored on the request (request_source). */
export type InboundRoute = "inbound_smtp" | "inbound_webhook";

/** What the route could establish about who sent the message. */
export interface SenderAuthentication {
  /** The address in the From header (lowercased), or null when there is none or several. */
  from: string | null;
  /**
   * DMARC passed for the From domain, or a DKIM signature of the From domain (aligned)
   * verified. Only then is the From address believed.
   */
  passes: boolean;
  /** The checks in one line, for the connector and the logs: "spf=pass dkim=pass (example.org) dmarc=pass". */
  summary: string;
}

export interface InboundDelivery {
  route: InboundRoute;
  /** The envelope recipient (RCPT TO), one of the connector's inbound addresses. */
  recipient: string;
  /** The whole message as received, at most INBOUND_MAX_BYTES. */
  raw: Buffer;
  authentication: SenderAuthentication;
}

/** Why a delivery was refused; each has a plain-words reason beside it. */
export type InboundRefusal =
  /** No connector has this address (or it was rotated away). SMTP 550 at RCPT. */
  | "unknown_recipient"
  /** The From address is not one of the connector's own addresses. */
  | "sender_not_connector"
  /** From is the connector's, but neither DMARC nor an aligned DKIM signature passed. */
  | "sender_not_authenticated"
  /** Over INBOUND_MAX_BYTES. SMTP 552. */
  | "too_large"
  /** Nothing readable: no headers, or no From. */
  | "malformed";

export type InboundOutcome =
  { accepted: true; inboundMessageId: string } | { accepted: false; refusal: InboundRefusal; reason: string };

/** The receiver both routes call (src/inbound/receive-inbound.ts). */
export interface InboundReceiver {
  /** Whether an address belongs to a connector (an active inbound address): the RCPT check. */
  knowsRecipient(address: string): Promise<boolean>;
  /**
   * Applies the sender policy; an accepted message is written to PostgreSQL (and its job
   * queued) before this resolves, so the route may then answer 250 / 200 and nothing is
   * lost. A refusal is recorded for the connector's forwarded-items list (sender address and
   * reason, never the text) and creates nothing else.
   */
  receive(delivery: InboundDelivery): Promise<InboundOutcome>;
}
