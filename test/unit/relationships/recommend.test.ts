import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  RECOMMENDATION_RULES,
  recommend,
  type RecommendationInput,
  type TieBand,
  type TieStrength,
} from "../../../src/relationships/index.js";

function tie(band: TieBand, evidence = `${band} evidence`): TieStrength {
  const score = { none: 0, weak: 10, moderate: 40, strong: 80 }[band];
  return { score, band, evidence };
}

/** A specific request from a close friend to a close contact: asks the target. */
const GOOD: RecommendationInput = {
  specificity: { score: 85, band: "high", missing: ["respects_judgement"] },
  target: {
    status: "resolved",
    email: "mary@xyzcorp.example",
    displayName: "Mary Jones",
    confidence: 0.95,
    matchedBy: "display name",
  },
  ties: { requester: tie("strong"), target: tie("moderate"), requesterTarget: tie("none") },
  ledger: {
    madeForRequester: 1,
    madeByRequester: 0,
    previousRequests: { total: 1, introduced: 1, declined: 0, open: 0 },
  },
  protection: { requestsLast90Days: 0, pastDeclines: 0, isProtected: false },
  requesterName: "Alex Kim",
  targetName: "Mary Jones",
};

function with_(changes: Partial<RecommendationInput>): RecommendationInput {
  return { ...GOOD, ...changes };
}

function ruleIds(input: RecommendationInput): string[] {
  return recommend(input).reasons.map((reason) => reason.rule);
}

describe("recommend", () => {
  it("asks the target for a specific request from a trusted requester to a close contact (ready_for_target)", () => {
    expect(recommend(GOOD)).toEqual({
      recommendation: "ask_target",
      reasons: [
        {
          rule: "ready_for_target",
          text: "The request is specific, and you know Alex Kim and Mary Jones well enough to vouch for the intro.",
        },
      ],
    });
  });

  it("asks the target for a medium request with reason, concrete ask and benefit", () => {
    const medium = with_({ specificity: { score: 60, band: "medium", missing: ["target_org_or_role"] } });
    expect(recommend(medium).recommendation).toBe("ask_target");
    const noBenefit = with_({ specificity: { score: 55, band: "medium", missing: ["benefit_to_target"] } });
    expect(recommend(noBenefit)).toEqual({
      recommendation: "ask_requester_for_details",
      reasons: [
        { rule: "needs_more", text: "The request is not specific enough yet (55 of 100): ask Alex Kim for details." },
      ],
    });
  });

  it("declines for a target the connector protects (protected_target), and later rules still add reasons", () => {
    const result = recommend(with_({ protection: { requestsLast90Days: 0, pastDeclines: 0, isProtected: true } }));
    expect(result.recommendation).toBe("decline");
    expect(result.reasons[0]).toEqual({
      rule: "protected_target",
      text: "You asked to be asked before any request reaches Mary Jones.",
    });
    expect(result.reasons.map((reason) => reason.rule)).toEqual(["protected_target", "ready_for_target"]);
  });

  it("declines for a target asked twice this quarter or who declined before (target_fatigue)", () => {
    const asked = recommend(with_({ protection: { requestsLast90Days: 2, pastDeclines: 0, isProtected: false } }));
    expect(asked.recommendation).toBe("decline");
    expect(asked.reasons[0]).toEqual({
      rule: "target_fatigue",
      text: "Mary Jones was asked 2 other times in the last 90 days: protect their time.",
    });
    const both = recommend(with_({ protection: { requestsLast90Days: 3, pastDeclines: 1, isProtected: false } }));
    expect(both.reasons[0]?.text).toBe(
      "Mary Jones was asked 3 other times in the last 90 days and declined 1 request before: protect their time.",
    );
    const once = recommend(with_({ protection: { requestsLast90Days: 1, pastDeclines: 0, isProtected: false } }));
    expect(once.recommendation).toBe("ask_target");
  });

  it("declines when the connector hardly knows the target (weak_target_tie)", () => {
    const weak = recommend(with_({ ties: { ...GOOD.ties, target: tie("weak", "2 messages over 1 year, both ways") } }));
    expect(weak).toEqual({
      recommendation: "decline",
      reasons: [
        {
          rule: "weak_target_tie",
          text: "You and Mary Jones hardly crossed paths (2 messages over 1 year, both ways): an intro from you would carry no weight.",
        },
      ],
    });
    const unknown = recommend(
      with_({
        target: { status: "unknown", why: "no one named Mary Jones in your mail" },
        ties: { ...GOOD.ties, target: null },
      }),
    );
    expect(unknown.recommendation).toBe("decline");
    expect(unknown.reasons[0]?.text).toBe(
      "You and Mary Jones hardly crossed paths (no one named Mary Jones in your mail): an intro from you would carry no weight.",
    );
    const none = recommend(
      with_({
        target: { status: "address", email: "mary@xyzcorp.example" },
        targetName: null,
        ties: { ...GOOD.ties, target: tie("none", "no mail with this address") },
      }),
    );
    expect(none.recommendation).toBe("decline");
    expect(none.reasons[0]?.text).toBe(
      "You and mary@xyzcorp.example hardly crossed paths (no mail with this address): an intro from you would carry no weight.",
    );
  });

  it("declines when the connector hardly knows the requester (weak_requester_tie)", () => {
    const result = recommend(
      with_({ ties: { ...GOOD.ties, requester: tie("weak", "1 message from them, 3 months ago") } }),
    );
    expect(result).toEqual({
      recommendation: "decline",
      reasons: [
        {
          rule: "weak_requester_tie",
          text: "You hardly know Alex Kim (1 message from them, 3 months ago): an intro would vouch for someone you cannot speak for.",
        },
      ],
    });
  });

  it("suggests a call when both ties are strong enough and the request is vague (strong_ties_vague_request)", () => {
    const vague = with_({ specificity: { score: 20, band: "low", missing: ["reason", "blurb", "benefit_to_target"] } });
    const result = recommend(vague);
    expect(result.recommendation).toBe("suggest_call");
    expect(result.reasons[0]).toEqual({
      rule: "strong_ties_vague_request",
      text: "You know Alex Kim and Mary Jones well but the request is vague: a call with Alex Kim will sort it out faster than an email thread.",
    });
    expect(result.reasons.map((reason) => reason.rule)).toEqual(["strong_ties_vague_request", "missing_details"]);
    // Two moderate ties are not enough for a call: ask for the details instead.
    const moderate = with_({ ...vague, ties: { ...GOOD.ties, requester: tie("moderate") } });
    expect(recommend(moderate).recommendation).toBe("ask_requester_for_details");
  });

  it("suggests a call when the karma ledger leans too far (karma_unbalanced)", () => {
    const taken = recommend(with_({ ledger: { ...GOOD.ledger, madeForRequester: 4, madeByRequester: 1 } }));
    expect(taken.recommendation).toBe("suggest_call");
    expect(taken.reasons[0]).toEqual({
      rule: "karma_unbalanced",
      text: "You made 4 intros for Alex Kim and they made 1 for you: talk with Alex Kim before another one.",
    });
    const declined = recommend(
      with_({ ledger: { ...GOOD.ledger, previousRequests: { total: 3, introduced: 0, declined: 2, open: 1 } } }),
    );
    expect(declined.recommendation).toBe("suggest_call");
    expect(declined.reasons[0]?.text).toBe(
      "2 of their earlier requests were declined: talk with Alex Kim before another one.",
    );
    const even = recommend(with_({ ledger: { ...GOOD.ledger, madeForRequester: 3, madeByRequester: 1 } }));
    expect(even.recommendation).toBe("ask_target");
  });

  it("asks the requester who they mean when the target is unclear (unclear_target)", () => {
    const noOne = recommend(with_({ target: null, targetName: null, ties: { ...GOOD.ties, target: null } }));
    expect(noOne).toEqual({
      recommendation: "ask_requester_for_details",
      reasons: [{ rule: "unclear_target", text: "The request names no one: ask Alex Kim who they want to meet." }],
    });
    const candidate = { email: "a@x.example", displayName: "Mary Jones", confidence: 0.85, matchedBy: "display name" };
    const several = recommend(
      with_({ target: { status: "ambiguous", candidates: [candidate, { ...candidate, email: "b@y.example" }] } }),
    );
    expect(several.recommendation).toBe("ask_requester_for_details");
    expect(several.reasons[0]?.text).toBe(
      "Several people in your mail could be Mary Jones: ask Alex Kim for their address or organisation.",
    );
  });

  it("asks a known requester for a missing reason or blurb (missing_details)", () => {
    const result = recommend(with_({ specificity: { score: 70, band: "high", missing: ["reason", "blurb"] } }));
    expect(result).toEqual({
      recommendation: "ask_requester_for_details",
      reasons: [
        {
          rule: "missing_details",
          text: "The request lacks why Mary Jones and a blurb you could forward: ask Alex Kim for it.",
        },
        {
          rule: "ready_for_target",
          text: "The request is specific, and you know Alex Kim and Mary Jones well enough to vouch for the intro.",
        },
      ],
    });
    expect(ruleIds(with_({ specificity: { score: 75, band: "high", missing: ["blurb"] } }))[0]).toBe("missing_details");
  });

  it("falls back to asking for details when nothing else applies (needs_more)", () => {
    expect(recommend(with_({ specificity: null, requesterName: null }))).toEqual({
      recommendation: "ask_requester_for_details",
      reasons: [{ rule: "needs_more", text: "The request could not be scored: ask the requester for details." }],
    });
  });

  it("names no one it does not know", () => {
    const result = recommend(
      with_({
        requesterName: null,
        targetName: null,
        target: { status: "unknown", why: "no one named M in your mail" },
        ties: { ...GOOD.ties, target: null },
      }),
    );
    expect(result.reasons[0]?.text).toBe(
      "You and the target hardly crossed paths (no one named M in your mail): an intro from you would carry no weight.",
    );
  });
});

describe("RECOMMENDATION_RULES", () => {
  it("lists the rules in the order they are tried", () => {
    expect(RECOMMENDATION_RULES.map((rule) => [rule.id, rule.recommendation])).toEqual([
      ["protected_target", "decline"],
      ["target_fatigue", "decline"],
      ["weak_target_tie", "decline"],
      ["weak_requester_tie", "decline"],
      ["strong_ties_vague_request", "suggest_call"],
      ["karma_unbalanced", "suggest_call"],
      ["unclear_target", "ask_requester_for_details"],
      ["missing_details", "ask_requester_for_details"],
      ["ready_for_target", "ask_target"],
      ["needs_more", "ask_requester_for_details"],
    ]);
  });

  it.each(["docs/relationships.md", "README.md"])("is the table %s shows", (file) => {
    const docs = readFileSync(new URL(`../../../${file}`, import.meta.url), "utf8");
    const rows = [...docs.matchAll(/^\| (\d+) \| `([a-z_]+)` \| (.+?) \| `([a-z_]+)` \|$/gm)].map((row) => ({
      id: row[2],
      condition: row[3],
      recommendation: row[4],
    }));
    expect(rows).toEqual(
      RECOMMENDATION_RULES.map(({ id, condition, recommendation }) => ({ id, condition, recommendation })),
    );
  });
});
