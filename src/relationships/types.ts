/**
 * The shapes shared by the relationship counters, the strength formula, target resolution,
 * the karma ledger, target protection and the recommendation. Plain data: stored as JSON on
 * a request (its judgement) and shown on its page.
 */

/** What one message's headers say about who the connector has mail with. Never content. */
export interface HeaderFacts {
  /** Date header, or Gmail's internal date when the header is missing or unreadable. */
  date: Date;
  /** Lowercased sender address, or null when there is none. */
  from: { email: string; name: string | null } | null;
  /** To and Cc together, lowercased, without duplicates. */
  recipients: { email: string; name: string | null }[];
  /** List-Id, List-Unsubscribe, Precedence bulk/list/junk, Auto-Submitted other than "no". */
  hasBulkHeaders: boolean;
}

/** One contact's counters, as stored (table `contacts` and its monthly buckets). */
export interface ContactCounters {
  email: string;
  displayName: string | null;
  /** Messages the connector sent with this contact among the recipients. */
  sentMessages: number;
  /** Messages this contact sent that reached the connector. */
  receivedMessages: number;
  /** Automated mail from this address (newsletters, notifications): shown, never scored. */
  automatedMessages: number;
  firstContactAt: Date | null;
  lastSentAt: Date | null;
  lastReceivedAt: Date | null;
  lastAutomatedAt: Date | null;
  /** Threads where both the connector and this contact wrote. */
  twoWayThreads: number;
  /** Weighted mail per calendar month (UTC, first day): many-recipient mail weighs less. */
  months: { month: Date; sentWeight: number; receivedWeight: number }[];
}

export type TieBand = "none" | "weak" | "moderate" | "strong";

/** A relationship's strength 0–100, with its evidence in plain words. */
export interface TieStrength {
  score: number;
  band: TieBand;
  /** "41 messages over 3 years, both ways, last contact 12 days ago". */
  evidence: string;
}

/** Who the named target is among the connector's contacts. */
export type TargetResolution =
  | { status: "address"; email: string }
  | { status: "resolved"; email: string; displayName: string | null; confidence: number; matchedBy: string }
  | {
      status: "ambiguous";
      candidates: { email: string; displayName: string | null; confidence: number; matchedBy: string }[];
    }
  | { status: "unknown"; why: string };

export interface KarmaLedger {
  /** Introductions the connector made for the requester (mail history and SafeIntro's records). */
  madeForRequester: number;
  /** Introductions the requester made for the connector (mail history). */
  madeByRequester: number;
  /** The requester's earlier requests to this connector, by outcome. */
  previousRequests: { total: number; introduced: number; declined: number; open: number };
}

export interface TargetProtection {
  /** Other requests that named this target in the last 90 days, from anyone. */
  requestsLast90Days: number;
  /** Requests to this target the target declined. */
  pastDeclines: number;
  /** The connector marked the target "protect: ask me before any request reaches them". */
  isProtected: boolean;
}

export type Recommendation = "ask_target" | "ask_requester_for_details" | "suggest_call" | "decline";

export interface RecommendationReason {
  /** The rule's id, as in the README's table ("protected_target", "weak_target_tie", …). */
  rule: string;
  /** The reason in plain words, for the connector. */
  text: string;
}

/**
 * Everything the analysis job concluded about one request: stored as JSON on the request
 * (`intro_requests.judgement`), shown on its page. Dates are ISO strings: it is JSON.
 */
export interface Judgement {
  version: 1;
  computedAt: string;
  /** Who the target is among the connector's contacts; null when the request names no one. */
  target: TargetResolution | null;
  ties: {
    /** Connector ↔ requester. */
    requester: TieStrength;
    /** Connector ↔ target; null when the target is unknown (never a made-up score). */
    target: TieStrength | null;
    /** Requester ↔ target, from threads both appear in; null when the target is unknown. */
    requesterTarget: TieStrength | null;
  };
  ledger: KarmaLedger;
  protection: TargetProtection;
  recommendation: Recommendation;
  reasons: RecommendationReason[];
}
