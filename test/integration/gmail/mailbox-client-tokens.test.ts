// MailboxClient and its access token against a faked Gmail: a 401 refreshes the token once (for
// a single call or a batch's part), a second refusal is temporary, and only a refused refresh
// needs a reconnect, with the token kept out of the error.
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY } from "../../../src/gmail/retry.js";
import { authError401 } from "../../unit/gmail/google-error-bodies.js";
import { fakeBatches, gmail, ok, setup, TOKEN, tokens, useFakedGmail } from "./mailbox-client-harness.js";

describe("MailboxClient against a faked Gmail", () => {
  useFakedGmail();

  it("a part answered 401 gets the token refreshed once and is sent again, alone", async () => {
    const { getAccessToken, refreshes } = tokens();
    const { client } = setup({ getAccessToken });
    const batches = fakeBatches((id, call) =>
      id === "m-2" && call === 1 ? { status: 401, statusText: "Unauthorized", body: authError401 } : ok(id),
    );
    const messages = await client.getRawMessages(["m-1", "m-2"]);
    expect([...messages.keys()].sort()).toEqual(["m-1", "m-2"]);
    expect(batches).toEqual([["m-1", "m-2"], ["m-2"]]);
    expect(refreshes).toHaveLength(1);
  });

  it("a part refused again with a fresh token is a temporary failure, not a reconnect", async () => {
    const { getAccessToken, refreshes } = tokens();
    const { client } = setup({ getAccessToken });
    fakeBatches((id) => (id === "m-2" ? { status: 401, statusText: "Unauthorized", body: authError401 } : ok(id)));
    const failure = await client.getRawMessages(["m-1", "m-2"]).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: "GmailError", code: "temporary", status: 401 });
    // Retried like any temporary failure, each attempt refreshing at most once.
    expect(refreshes).toHaveLength(DEFAULT_RETRY.maxAttempts);
  });

  it("a 401 refreshes the token and calls again, without waiting", async () => {
    const { getAccessToken, refreshes } = tokens();
    const { client, sleeps } = setup({ getAccessToken });
    gmail().get("/gmail/v1/users/me/profile").once().reply(401, authError401);
    gmail().get("/gmail/v1/users/me/profile").once().reply(200, { emailAddress: "c@example.com", historyId: "7" });
    await expect(client.getProfile()).resolves.toMatchObject({ emailAddress: "c@example.com", historyId: "7" });
    expect(refreshes).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("needs a reconnect only when the refresh itself is refused, and keeps the token out of the error", async () => {
    const { getAccessToken, refreshes } = tokens(true);
    const { client, sleeps } = setup({ getAccessToken });
    const scope = gmail().get("/gmail/v1/users/me/profile").once().reply(401, authError401);
    const failure = await client.getProfile().catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: "GmailError", code: "needs_reconnect", reason: "invalid_grant" });
    expect(`${String(failure)} ${JSON.stringify(failure)}`).not.toContain(TOKEN);
    expect(scope.isDone()).toBe(true);
    expect(refreshes).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});
