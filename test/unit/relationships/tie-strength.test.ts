import { describe, expect, it } from "vitest";
import {
  ago,
  interactionsRank,
  reciprocityLift,
  scoreSharedThreads,
  scoreTie,
  TIE_BAND_FLOORS,
  tieBandOf,
} from "../../../src/relationships/index.js";
import type { ContactCounters } from "../../../src/relationships/index.js";

const NOW = new Date("2025-06-15T00:00:00Z");
const DAY = 86_400_000;

function daysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * DAY);
}

function month(iso: string): Date {
  return new Date(`${iso}-01T00:00:00Z`);
}

const NO_MAIL: ContactCounters = {
  email: "mary.jones@xyzcorp.example",
  displayName: "Mary Jones",
  sentMessages: 0,
  receivedMessages: 0,
  automatedMessages: 0,
  firstContactAt: null,
  lastSentAt: null,
  lastReceivedAt: null,
  lastAutomatedAt: null,
  twoWayThreads: 0,
  months: [],
};

/** The worked example of docs/relationships.md. */
const WORKED_EXAMPLE: ContactCounters = {
  ...NO_MAIL,
  sentMessages: 18,
  receivedMessages: 23,
  firstContactAt: new Date("2022-05-10T09:00:00Z"),
  lastSentAt: new Date("2025-06-03T00:00:00Z"),
  lastReceivedAt: new Date("2025-06-02T17:00:00Z"),
  twoWayThreads: 9,
  months: [
    { month: month("2022-05"), sentWeight: 3, receivedWeight: 4 },
    { month: month("2023-11"), sentWeight: 5, receivedWeight: 6 },
    { month: month("2025-03"), sentWeight: 4, receivedWeight: 5 },
    { month: month("2025-06"), sentWeight: 6, receivedWeight: 8 },
  ],
};

/** Mail both ways every month for `monthsBack` months, `perMonth` each way. */
function regular(perMonth: number, monthsBack: number): ContactCounters {
  const months = Array.from({ length: monthsBack }, (_, index) => ({
    month: new Date(Date.UTC(2025, 5 - index, 1)),
    sentWeight: perMonth,
    receivedWeight: perMonth,
  }));
  return {
    ...NO_MAIL,
    sentMessages: perMonth * monthsBack,
    receivedMessages: perMonth * monthsBack,
    firstContactAt: months[months.length - 1]?.month ?? null,
    lastSentAt: daysAgo(5),
    lastReceivedAt: daysAgo(4),
    twoWayThreads: Math.ceil((perMonth * monthsBack) / 2),
    months,
  };
}

describe("scoreTie", () => {
  it("reproduces the worked example of docs/relationships.md", () => {
    expect(interactionsRank(WORKED_EXAMPLE.months, NOW)).toBeCloseTo(18.23, 2);
    expect(reciprocityLift(WORKED_EXAMPLE, NOW)).toBeCloseTo(2.856, 3);
    expect(scoreTie(WORKED_EXAMPLE, NOW, "Mary Jones")).toEqual({
      score: 88,
      band: "strong",
      evidence: "41 messages over 3 years, both ways, last contact 12 days ago",
    });
  });

  it("scores no counters and no mail 0, band none", () => {
    expect(scoreTie(null, NOW, "Mary")).toEqual({ score: 0, band: "none", evidence: "no mail with this address" });
    expect(scoreTie(NO_MAIL, NOW, "Mary")).toEqual({ score: 0, band: "none", evidence: "no mail with this address" });
  });

  it("grows with frequency and never passes 100", () => {
    const scores = [0.1, 0.25, 0.5, 1, 2, 50].map((perMonth) => scoreTie(regular(perMonth, 12), NOW, null).score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(new Set(scores).size).toBe(scores.length);
    expect(scores[scores.length - 1]).toBe(100);
  });

  it("decays as time passes without mail", () => {
    const later = [0, 180, 365, 730, 1460].map(
      (days) => scoreTie(WORKED_EXAMPLE, new Date(NOW.getTime() + days * DAY), null).score,
    );
    expect(later).toEqual([88, 70, 51, 23, 5]);
  });

  it("keeps one-way incoming mail weak however much there is", () => {
    const incoming: ContactCounters = {
      ...NO_MAIL,
      receivedMessages: 500,
      firstContactAt: daysAgo(400),
      lastReceivedAt: daysAgo(2),
      months: regular(40, 12).months.map((bucket) => ({ ...bucket, sentWeight: 0 })),
    };
    expect(scoreTie(incoming, NOW, "Mary")).toEqual({
      score: 10,
      band: "weak",
      evidence: "you never wrote to Mary: 500 messages from them, the last 2 days ago",
    });
  });

  it("keeps mail the contact never answered weak", () => {
    const outgoing: ContactCounters = {
      ...NO_MAIL,
      sentMessages: 3,
      firstContactAt: daysAgo(100),
      lastSentAt: daysAgo(200),
      months: [{ month: month("2024-11"), sentWeight: 3, receivedWeight: 0 }],
    };
    expect(scoreTie(outgoing, NOW, null)).toEqual({
      score: 8,
      band: "weak",
      evidence: "this address never wrote back: you sent 3 messages, the last 6 months ago",
    });
  });

  it("gives automated mail nothing but shows it", () => {
    const newsletter: ContactCounters = {
      ...NO_MAIL,
      automatedMessages: 1,
      lastAutomatedAt: new Date("2024-03-02T00:00:00Z"),
    };
    expect(scoreTie(newsletter, NOW, "Mary")).toEqual({
      score: 0,
      band: "none",
      evidence: "you never wrote to Mary: 1 automated message from this address, 1 year ago",
    });
    expect(scoreTie({ ...newsletter, automatedMessages: 40, lastAutomatedAt: daysAgo(3) }, NOW, null).evidence).toBe(
      "you never wrote to this address: 40 automated messages from this address, the last 3 days ago",
    );
  });

  it("scores any personal mail at least 1, and mentions automated mail beside it", () => {
    const once: ContactCounters = {
      ...NO_MAIL,
      receivedMessages: 1,
      automatedMessages: 2,
      firstContactAt: new Date("2015-01-10T00:00:00Z"),
      lastReceivedAt: new Date("2015-01-10T00:00:00Z"),
      months: [{ month: month("2015-01"), sentWeight: 0, receivedWeight: 1 }],
    };
    expect(scoreTie(once, NOW, "  ")).toEqual({
      score: 1,
      band: "weak",
      evidence: "you never wrote to this address: 1 message from it, 10 years ago, plus 2 automated messages",
    });
  });

  it("counts one message and short spans in words", () => {
    const twoWayToday: ContactCounters = {
      ...NO_MAIL,
      sentMessages: 1,
      receivedMessages: 1,
      firstContactAt: new Date(NOW.getTime() - 3 * 3_600_000),
      lastSentAt: new Date(NOW.getTime() - 3_600_000),
      lastReceivedAt: new Date(NOW.getTime() - 2 * 3_600_000),
      twoWayThreads: 1,
      months: [{ month: month("2025-06"), sentWeight: 1, receivedWeight: 1 }],
    };
    expect(scoreTie(twoWayToday, NOW, "Mary")).toEqual({
      score: 7,
      band: "weak",
      evidence: "2 messages within a day, both ways, last contact today",
    });
  });
});

describe("tieBandOf", () => {
  it.each([
    [0, "none"],
    [1, "weak"],
    [TIE_BAND_FLOORS.moderate - 1, "weak"],
    [TIE_BAND_FLOORS.moderate, "moderate"],
    [TIE_BAND_FLOORS.strong - 1, "moderate"],
    [TIE_BAND_FLOORS.strong, "strong"],
    [100, "strong"],
  ] as const)("puts %i in band %s", (score, band) => {
    expect(tieBandOf(score)).toBe(band);
  });

  it("has the documented floors", () => {
    expect(TIE_BAND_FLOORS).toEqual({ moderate: 25, strong: 60 });
  });
});

describe("ago", () => {
  it.each([
    [0.5, "today"],
    [1, "1 day ago"],
    [12, "12 days ago"],
    [30, "30 days ago"],
    [31, "1 month ago"],
    [95, "3 months ago"],
    [364, "11 months ago"],
    [366, "1 year ago"],
    [800, "2 years ago"],
  ])("says %f days ago as %j", (days, words) => {
    expect(ago(daysAgo(days), NOW)).toBe(words);
  });
});

describe("scoreSharedThreads", () => {
  it("says so when requester and target never shared a thread", () => {
    expect(scoreSharedThreads({ threads: 0, lastAt: null }, NOW)).toEqual({
      score: 0,
      band: "none",
      evidence: "never in the same thread in your mail",
    });
  });

  it("scores shared threads, decayed by the age of the last", () => {
    expect(scoreSharedThreads({ threads: 6, lastAt: new Date("2025-04-10T00:00:00Z") }, NOW)).toEqual({
      score: 48,
      band: "moderate",
      evidence: "in 6 threads together, the last 2 months ago",
    });
    expect(scoreSharedThreads({ threads: 1, lastAt: daysAgo(3) }, NOW)).toEqual({
      score: 12,
      band: "weak",
      evidence: "in 1 thread together, 3 days ago",
    });
    expect(scoreSharedThreads({ threads: 6, lastAt: daysAgo(3 * 365) }, NOW).score).toBe(9);
  });
});
