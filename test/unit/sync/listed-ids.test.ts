import { describe, expect, it } from "vitest";
import { ListedIds } from "../../../src/sync/listed-ids.js";

describe("the ids a full sync has listed and not fetched yet", () => {
  it("hands them over oldest first, and knows the page of the oldest one still waiting", () => {
    const listed = new ListedIds();
    expect(listed.oldestPage()).toBeUndefined();
    listed.add(null, ["a", "b", "c"]);
    listed.add("page-2", ["d", "e"]);
    expect(listed.size).toBe(5);
    expect(listed.oldestPage()).toBeNull();
    expect(listed.take(2)).toEqual(["a", "b"]);
    expect(listed.oldestPage()).toBeNull(); // "c" waits: a stopped sync lists the first page again
    expect(listed.take(2)).toEqual(["c", "d"]);
    expect(listed.oldestPage()).toBe("page-2");
    expect(listed.take(10)).toEqual(["e"]);
    expect(listed.size).toBe(0);
    expect(listed.oldestPage()).toBeUndefined();
  });

  it("keeps no empty page", () => {
    const listed = new ListedIds();
    listed.add(null, []);
    listed.add("page-2", ["x"]);
    expect(listed.oldestPage()).toBe("page-2");
  });
});
