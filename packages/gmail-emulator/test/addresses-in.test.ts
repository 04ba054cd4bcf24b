import { describe, expect, it } from "vitest";
import { addressesIn } from "../src/mailbox/prepare-message.js";

describe("addressesIn", () => {
  it("reads the addresses of a list, lower-cased", () => {
    expect(addressesIn("Sam <Sam@Rivera.example>, dana@helix.example")).toEqual([
      "sam@rivera.example",
      "dana@helix.example",
    ]);
  });

  it("takes no address from a quoted display name or a comment", () => {
    expect(addressesIn('"Sam Bcc: eve@evil.example" <sam@rivera.example>')).toEqual(["sam@rivera.example"]);
    expect(addressesIn('"Sam \\"eve@evil.example\\"" <sam@rivera.example>')).toEqual(["sam@rivera.example"]);
    expect(addressesIn("sam@rivera.example (not eve@evil.example)")).toEqual(["sam@rivera.example"]);
  });
});
