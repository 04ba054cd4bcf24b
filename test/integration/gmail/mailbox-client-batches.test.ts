// MailboxClient's batch reads against a faked Gmail: batches that grow as calls succeed, the
// quota reserved first, and only the parts that hit a 429 or a 5xx sent again.
import { describe, expect, it } from "vitest";
import { backendError503, notFound404, userRateLimit429 } from "../../unit/gmail/google-error-bodies.js";
import { fakeBatches, ok, setup, useFakedGmail } from "./mailbox-client-harness.js";

describe("MailboxClient against a faked Gmail", () => {
  useFakedGmail();

  it("gets 120 raw messages in batches that start at 16 and grow one call at a time, reserving 5 units a message first; a deleted one is null", async () => {
    const { client, reserved } = setup();
    const batches = fakeBatches((id) =>
      id === "m-77" ? { status: 404, statusText: "Not Found", body: notFound404 } : ok(id),
    );
    const ids = Array.from({ length: 120 }, (_, index) => `m-${index}`);

    const messages = await client.getRawMessages(ids);

    // 20 calls at once are safe, sent as 16 (three fill a second's 48 messages); then one more at a time.
    expect(batches.map((batch) => batch.length)).toEqual([16, 21, 22, 23, 24, 14]);
    expect(batches.flat()).toEqual(ids);
    expect(reserved).toEqual([80, 105, 110, 115, 120, 70]);
    expect(messages.size).toBe(120);
    expect(messages.get("m-77")).toBeNull();
    const first = messages.get("m-0");
    expect(first?.raw?.toString()).toBe("Subject: hello m-0\r\n\r\nbody of m-0\r\n");
    expect(first).toMatchObject({ threadId: "t-m-0", historyId: "9000", internalDate: new Date(1_700_000_000_000) });
  });

  it("sends again only the parts that hit a 429 or a 5xx, after Retry-After, and pauses the account", async () => {
    const { client, reserved, pauses, sleeps } = setup();
    const batches = fakeBatches((id, call) => {
      if (call === 1 && id === "m-2") {
        return {
          status: 429,
          statusText: "Too Many Requests",
          body: userRateLimit429("2030-01-01T00:00:00.000Z"),
          headers: { "Retry-After": "1" },
        };
      }
      if (call === 1 && id === "m-3") return { status: 503, statusText: "Service Unavailable", body: backendError503 };
      return ok(id);
    });

    const messages = await client.getRawMessages(["m-1", "m-2", "m-3", "m-4"]);

    expect(batches).toEqual([
      ["m-1", "m-2", "m-3", "m-4"],
      ["m-2", "m-3"],
    ]);
    expect(reserved).toEqual([20, 10]);
    expect(pauses).toEqual([1000]);
    expect(sleeps[0]).toBeGreaterThanOrEqual(1000);
    expect([...messages.values()].every((message) => message !== null)).toBe(true);
  });
});
