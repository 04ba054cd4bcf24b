import { describe, expect, it } from "vitest";
import { schedulesFor } from "../../../src/queue/schedules.js";

const ACCOUNT = "00000000-0000-4000-8000-000000000001";
const settings = { pollIntervalMs: 60_000, safetyPollMs: 3_600_000 };
const DAY = 24 * 3_600_000;

describe("an account's schedules", () => {
  it("without push: polling, and no watch renewal", () => {
    expect(schedulesFor(ACCOUNT, settings)).toEqual({
      keep: [{ id: `poll:${ACCOUNT}`, name: "poll", everyMs: 60_000 }],
      drop: [`renew-watch:${ACCOUNT}`],
    });
  });

  it("with push: the daily watch renewal, and a slow poll for notifications Google delays or drops", () => {
    expect(schedulesFor(ACCOUNT, { ...settings, pushTopic: "projects/p/topics/t" })).toEqual({
      keep: [
        { id: `poll:${ACCOUNT}`, name: "poll", everyMs: 3_600_000 },
        { id: `renew-watch:${ACCOUNT}`, name: "renew-watch", everyMs: DAY },
      ],
      drop: [],
    });
  });

  it("with push that Gmail refuses: polling as without push, and the watch tried again at the slow poll's pace", () => {
    expect(schedulesFor(ACCOUNT, { ...settings, pushTopic: "projects/p/topics/t" }, { watchFailing: true })).toEqual({
      keep: [
        { id: `poll:${ACCOUNT}`, name: "poll", everyMs: 60_000 },
        { id: `renew-watch:${ACCOUNT}`, name: "renew-watch", everyMs: 3_600_000 },
      ],
      drop: [],
    });
  });
});
