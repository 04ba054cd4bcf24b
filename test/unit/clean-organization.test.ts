import { describe, expect, it } from "vitest";
import { cleanOrganization } from "../../src/intros/describe-person.js";

describe("cleanOrganization", () => {
  it.each([
    ["Acme.", "Acme"],
    ["Halvorsen Mutual's", "Halvorsen Mutual"],
    // A date after the name is not part of it.
    ["Wrenfield Cathedral for September", "Wrenfield Cathedral"],
    ["Tessaly Pension by Friday", "Tessaly Pension"],
    // A month or a day alone is no organisation.
    ["November", null],
    ["June", null],
    ["Monday", null],
    // Words that only start like one stay.
    ["Junebug Farms", "Junebug Farms"],
    [null, null],
  ])("%j → %j", (raw, cleaned) => expect(cleanOrganization(raw)).toBe(cleaned));
});
