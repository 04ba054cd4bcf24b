import { QUOTA_PRICES } from "@safeintro/gmail-emulator";
import { describe, expect, it } from "vitest";
import { QUOTA_UNITS } from "../../src/gmail/google-endpoints.js";

/**
 * The client's price table against the emulator's. Each was copied from Google's "Usage
 * limits" page on its own (https://developers.google.com/workspace/gmail/api/reference/quota),
 * so a price mistyped on either side shows up here instead of agreeing with itself.
 */

/** Google's name for each method the client prices; the Record type makes a new key fail to compile until it is named here. */
const GOOGLE_NAME: Record<keyof typeof QUOTA_UNITS, string> = {
  getProfile: "getProfile",
  labelsList: "labels.list",
  messagesList: "messages.list",
  messagesGet: "messages.get",
  historyList: "history.list",
  messagesSend: "messages.send",
  watch: "watch",
  stop: "stop",
  sendAsList: "settings.sendAs.list",
};

const emulatorPrices: Record<string, number> = QUOTA_PRICES;
const clientMethods = Object.entries(QUOTA_UNITS).map(([key, units]) => ({
  name: GOOGLE_NAME[key as keyof typeof QUOTA_UNITS],
  units,
}));

describe("Gmail quota prices: the client's and the emulator's", () => {
  it("agree on every method both know", () => {
    const known = clientMethods.filter(({ name }) => name in emulatorPrices);
    expect(known.length).toBeGreaterThan(0);
    const client = Object.fromEntries(known.map(({ name, units }) => [name, units]));
    const emulator = Object.fromEntries(known.map(({ name }) => [name, emulatorPrices[name]]));
    expect(client).toEqual(emulator);
  });

  it("cover every method the client calls: the emulator serves (and prices) each one", () => {
    expect(clientMethods.map(({ name }) => name).filter((name) => !(name in emulatorPrices))).toEqual([]);
  });
});
