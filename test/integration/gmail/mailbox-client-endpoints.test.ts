// MailboxClient's single calls against a faked Gmail: the profile, message ids page by page,
// history (and its expired cursor), and starting and stopping push; each with its quota units.
import { describe, expect, it } from "vitest";
import { notFound404 } from "../../unit/gmail/google-error-bodies.js";
import { gmail, setup, TOKEN, useFakedGmail } from "./mailbox-client-harness.js";

describe("MailboxClient against a faked Gmail", () => {
  useFakedGmail();

  it("reads the profile, with the token in the Authorization header and 1 unit reserved", async () => {
    const { client, reserved } = setup();
    gmail().get("/gmail/v1/users/me/profile").matchHeader("authorization", `Bearer ${TOKEN}`).reply(200, {
      emailAddress: "connector@example.com",
      messagesTotal: 1234,
      threadsTotal: 900,
      historyId: "98765",
    });
    await expect(client.getProfile()).resolves.toEqual({
      emailAddress: "connector@example.com",
      historyId: "98765",
      messagesTotal: 1234,
    });
    expect(reserved).toEqual([1]);
  });

  it("lists message ids page by page (500 a page, no spam or trash)", async () => {
    const { client, reserved } = setup();
    gmail()
      .get("/gmail/v1/users/me/messages")
      .query({ maxResults: "500", includeSpamTrash: "false" })
      .reply(200, {
        messages: [
          { id: "m1", threadId: "t1" },
          { id: "m2", threadId: "t1" },
        ],
        nextPageToken: "page-2",
        resultSizeEstimate: 3,
      });
    gmail()
      .get("/gmail/v1/users/me/messages")
      .query({ maxResults: "500", includeSpamTrash: "false", pageToken: "page-2" })
      .reply(200, { messages: [{ id: "m3", threadId: "t3" }], resultSizeEstimate: 3 });

    const first = await client.listMessageIds();
    expect(first).toEqual({
      ids: [
        { id: "m1", threadId: "t1" },
        { id: "m2", threadId: "t1" },
      ],
      nextPageToken: "page-2",
    });
    const second = await client.listMessageIds(first.nextPageToken);
    expect(second).toEqual({ ids: [{ id: "m3", threadId: "t3" }] });
    expect(reserved).toEqual([5, 5]);
  });

  it("pages through history, and an expired cursor (404) is cursor_expired", async () => {
    const { client, reserved } = setup();
    const historyQuery =
      (extra: Record<string, string> = {}) =>
      (query: Record<string, unknown>) =>
        JSON.stringify(query) ===
        JSON.stringify({
          startHistoryId: "100",
          historyTypes: ["messageAdded", "messageDeleted"],
          maxResults: "500",
          ...extra,
        });
    gmail()
      .get("/gmail/v1/users/me/history")
      .query(historyQuery())
      .reply(200, {
        history: [
          {
            id: "101",
            messages: [{ id: "a", threadId: "ta" }],
            messagesAdded: [{ message: { id: "a", threadId: "ta", labelIds: ["INBOX"] } }],
          },
          {
            id: "102",
            messages: [{ id: "b", threadId: "tb" }],
            messagesAdded: [{ message: { id: "b", threadId: "tb" } }],
          },
          {
            id: "103",
            messages: [{ id: "b", threadId: "tb" }],
            messagesDeleted: [{ message: { id: "b", threadId: "tb" } }],
          },
          {
            id: "104",
            messages: [{ id: "old", threadId: "to" }],
            messagesDeleted: [{ message: { id: "old", threadId: "to" } }],
          },
        ],
        nextPageToken: "h-2",
        historyId: "110",
      });
    gmail()
      .get("/gmail/v1/users/me/history")
      .query(historyQuery({ pageToken: "h-2" }))
      .reply(200, { historyId: "110" });

    const first = await client.listHistory("100");
    expect(first).toEqual({
      added: [{ id: "a", threadId: "ta" }],
      deleted: ["b", "old"],
      nextPageToken: "h-2",
      historyId: "110",
    });
    await expect(client.listHistory("100", "h-2")).resolves.toEqual({ added: [], deleted: [], historyId: "110" });
    expect(reserved).toEqual([2, 2]);

    gmail().get("/gmail/v1/users/me/history").query(true).reply(404, notFound404);
    await expect(client.listHistory("1")).rejects.toMatchObject({
      name: "GmailError",
      code: "cursor_expired",
      status: 404,
    });
  });

  it("starts and stops push notifications", async () => {
    const { client, reserved } = setup();
    gmail()
      .post("/gmail/v1/users/me/watch", { topicName: "projects/safeintro/topics/gmail" })
      .reply(200, { historyId: "4242", expiration: "1700604800000" });
    gmail().post("/gmail/v1/users/me/stop").reply(204);
    await expect(client.watch("projects/safeintro/topics/gmail")).resolves.toEqual({
      historyId: "4242",
      expiration: new Date(1_700_604_800_000),
    });
    await client.stop();
    expect(reserved).toEqual([100, 50]);
  });
});
