import { z } from "zod";
import type { Signal } from "../intros/index.js";
import type { Judgement } from "../relationships/index.js";
import { RECOMMENDATIONS } from "./labels.js";

// What the analysis job stored is read back as JSON, checked shape by shape: a judgement of
// another version, a half-written one or one edited by hand is "not analysed yet", never a
// page that breaks. Unknown fields are dropped, so a later version may add some.

const count = z.number().int().min(0);
const score = z.number();

const tie = z.object({
  score,
  band: z.enum(["none", "weak", "moderate", "strong"]),
  evidence: z.string(),
});

const candidate = z.object({
  email: z.string(),
  displayName: z.string().nullable(),
  confidence: score,
  matchedBy: z.string(),
});

const target = z.discriminatedUnion("status", [
  z.object({ status: z.literal("address"), email: z.string() }),
  candidate.extend({ status: z.literal("resolved") }),
  z.object({ status: z.literal("ambiguous"), candidates: z.array(candidate) }),
  z.object({ status: z.literal("unknown"), why: z.string() }),
]);

const judgementV1 = z.object({
  version: z.literal(1),
  computedAt: z.string(),
  target: target.nullable(),
  ties: z.object({ requester: tie, target: tie.nullable(), requesterTarget: tie.nullable() }),
  ledger: z.object({
    madeForRequester: count,
    madeByRequester: count,
    previousRequests: z.object({ total: count, introduced: count, declined: count, open: count }),
  }),
  protection: z.object({ requestsLast90Days: count, pastDeclines: count, isProtected: z.boolean() }),
  recommendation: z.enum(RECOMMENDATIONS as [Judgement["recommendation"], ...Judgement["recommendation"][]]),
  reasons: z.array(z.object({ rule: z.string(), text: z.string() })),
});

/** The stored judgement, or null when there is none or it is not a version-1 judgement. */
export function parseJudgement(value: unknown): Judgement | null {
  const parsed = judgementV1.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const signal = z.object({
  id: z.string(),
  present: z.boolean(),
  points: z.number(),
  evidence: z.string().nullable(),
});

/** The stored specificity signals; the ones that cannot be read are left out. */
export function parseSignals(value: unknown): Signal[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = signal.safeParse(entry);
    // The id is shown as words where it is known and as itself otherwise: any string will do.
    return parsed.success ? [parsed.data as Signal] : [];
  });
}
