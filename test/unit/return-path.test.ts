import { describe, expect, it } from "vitest";
import { safeReturnPath } from "../../src/http/return-path.js";

describe("safeReturnPath", () => {
  it("keeps SafeIntro's own paths, with their query", () => {
    expect(safeReturnPath("/requests")).toBe("/requests");
    expect(safeReturnPath("/requests/3f2b0c1e-5d6a-4b7c-8d9e-0f1a2b3c4d5e?notice=x")).toBe(
      "/requests/3f2b0c1e-5d6a-4b7c-8d9e-0f1a2b3c4d5e?notice=x",
    );
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "requests",
    "/a b",
    "",
  ])("sends %j to the status page instead", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });

  it("refuses what is not a short string", () => {
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath(["/requests"])).toBe("/");
    expect(safeReturnPath(`/${"a".repeat(400)}`)).toBe("/");
  });
});
