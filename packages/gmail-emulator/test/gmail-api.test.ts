import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { gmail_v1 } from "@googleapis/gmail";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixtureToRaw, type FixturePart } from "./fixture-to-raw.js";
import { FIXTURES, SAM, connectedGmail, startEmulator, type RunningEmulator } from "./helpers.js";

let running: RunningEmulator;
let gmail: gmail_v1.Gmail;
beforeAll(async () => {
  running = await startEmulator();
});
afterAll(async () => {
  await running.emulator.close();
});
beforeEach(async () => {
  await running.emulator.reset();
  ({ gmail } = connectedGmail(running, ["openid", "email", "https://www.googleapis.com/auth/gmail.modify"]));
});

function readFixture(name: string): gmail_v1.Schema$Message {
  return JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as gmail_v1.Schema$Message;
}

/** The payload tree without what differs per account (ids), kept in Google's key order. */
function shapeOf(part: gmail_v1.Schema$MessagePart): unknown {
  return {
    mimeType: part.mimeType,
    filename: part.filename,
    headers: part.headers,
    body: part.body?.attachmentId ? { size: part.body.size, attachmentId: "…" } : part.body,
    ...(part.parts ? { parts: part.parts.map(shapeOf) } : {}),
  };
}

describe("Gmail API through the googleapis client", () => {
  it("lists newest first, in pages, with search operators", async () => {
    const first = await gmail.users.messages.list({ userId: "me", maxResults: 6 });
    expect(first.data.messages).toHaveLength(6);
    expect(first.data.resultSizeEstimate).toBe(15);
    const seen = [...(first.data.messages ?? [])];
    let pageToken = first.data.nextPageToken ?? undefined;
    while (pageToken) {
      const page = await gmail.users.messages.list({ userId: "me", maxResults: 6, pageToken });
      seen.push(...(page.data.messages ?? []));
      pageToken = page.data.nextPageToken ?? undefined;
    }
    expect(new Set(seen.map((message) => message.id)).size).toBe(15);
    const dates = await Promise.all(
      seen.map(async (message) =>
        Number(
          (await gmail.users.messages.get({ userId: "me", id: message.id ?? "", format: "minimal" })).data.internalDate,
        ),
      ),
    );
    expect(dates).toEqual([...dates].sort((a, b) => b - a));

    const sent = await gmail.users.messages.list({ userId: "me", q: "in:sent" });
    expect(sent.data.messages).toHaveLength(2);
    const fromAlex = await gmail.users.messages.list({
      userId: "me",
      q: "from:alex@northwind.example after:2026/03/04 -in:chats",
    });
    expect(fromAlex.data.messages).toHaveLength(1);
    const promotions = await gmail.users.messages.list({ userId: "me", labelIds: ["CATEGORY_PROMOTIONS"] });
    expect(promotions.data.messages).toHaveLength(1);
    const none = await gmail.users.messages.list({ userId: "me", q: "newer_than:1d before:2000/01/01" });
    expect(none.data).toEqual({ resultSizeEstimate: 0 });
  });

  it("answers format=full exactly as Gmail did for the same message", async () => {
    for (const name of [
      "multipartAlternativeWithAttachmentsMessage.json",
      "multipartAlternativePlainTextAttachmentMessage.json",
      "plainTextMessage.json",
      "multipartAlternativeMessage.json",
    ]) {
      const fixture = readFixture(name);
      const added = await running.emulator.addMessage(
        SAM,
        fixtureToRaw(fixture.payload as FixturePart),
        fixture.labelIds ?? undefined,
      );
      const { data } = await gmail.users.messages.get({ userId: "me", id: added.id });
      expect(Object.keys(data).sort()).toEqual(Object.keys(fixture).sort());
      expect(shapeOf(data.payload ?? {})).toEqual(shapeOf(fixture.payload ?? {}));
      // That fixture's snippet was edited by hand: it does not come from its body.
      if (name !== "multipartAlternativePlainTextAttachmentMessage.json") expect(data.snippet).toBe(fixture.snippet);
      expect(data.labelIds).toEqual(fixture.labelIds);
      expect(data.payload?.partId).toBe("");
      // Modern Gmail numbers every part, multipart containers included.
      expect(data.payload?.parts?.map((part) => part.partId)).toEqual(
        data.payload?.parts?.map((_part, index) => String(index)),
      );
    }
  });

  it("answers the metadata, minimal and raw formats, and serves attachments", async () => {
    const list = await gmail.users.messages.list({ userId: "me", q: "has:attachment from:alex@northwind.example" });
    const id = list.data.messages?.[0]?.id ?? "";
    const metadata = (
      await gmail.users.messages.get({ userId: "me", id, format: "metadata", metadataHeaders: ["Subject", "from"] })
    ).data;
    expect(metadata.payload).toEqual({
      mimeType: "multipart/mixed",
      headers: [
        { name: "From", value: "Alex Chen <alex@northwind.example>" },
        { name: "Subject", value: "Re: Question about Mary Jones (HR at XYZ Corp)" },
      ],
    });
    const minimal = (await gmail.users.messages.get({ userId: "me", id, format: "minimal" })).data;
    expect(Object.keys(minimal)).toEqual([
      "id",
      "threadId",
      "labelIds",
      "snippet",
      "sizeEstimate",
      "historyId",
      "internalDate",
    ]);
    const raw = (await gmail.users.messages.get({ userId: "me", id, format: "raw" })).data;
    const bytes = Buffer.from(raw.raw ?? "", "base64url");
    expect(bytes.toString()).toContain("Subject: Re: Question about Mary Jones");
    expect(raw.sizeEstimate).toBe(bytes.length);

    const full = (await gmail.users.messages.get({ userId: "me", id })).data;
    const pdf = full.payload?.parts?.find((part) => part.filename === "northwind-one-pager.pdf");
    const attachment = await gmail.users.messages.attachments.get({
      userId: "me",
      messageId: id,
      id: pdf?.body?.attachmentId ?? "",
    });
    expect(Buffer.from(attachment.data.data ?? "", "base64url").toString("latin1")).toMatch(/^%PDF-1\.4/);
    expect(attachment.data.size).toBe(pdf?.body?.size);
  });

  it("threads replies and keeps history of adds, label changes and deletes, in pages", async () => {
    const profile = (await gmail.users.getProfile({ userId: "me" })).data;
    expect(profile).toEqual({ emailAddress: SAM, messagesTotal: 15, threadsTotal: 13, historyId: "1015" });
    const start = profile.historyId ?? "";

    const original = await gmail.users.messages.list({ userId: "me", q: "subject:mary from:alex" });
    const raw = Buffer.from(
      "From: Sam Rivera <sam@rivera.example>\r\nTo: alex@northwind.example\r\nSubject: Re: Question about Mary Jones (HR at XYZ Corp)\r\nIn-Reply-To: <alex-blurb-0002@northwind.example>\r\nReferences: <sam-reply-0001@rivera.example> <alex-blurb-0002@northwind.example>\r\n\r\nDone, I have asked Mary.\r\n",
    );
    const threadId = original.data.messages?.[0]?.threadId ?? "";
    const sent = (
      await gmail.users.messages.send({ userId: "me", requestBody: { raw: raw.toString("base64url"), threadId } })
    ).data;
    expect(sent.labelIds).toEqual(["SENT"]);
    const thread = (await gmail.users.messages.get({ userId: "me", id: sent.id ?? "", format: "minimal" })).data;
    expect(original.data.messages?.every((message) => message.threadId === thread.threadId)).toBe(true);

    const incoming = await running.emulator.addMessage(
      SAM,
      Buffer.from("From: zoe@example.org\r\nTo: sam@rivera.example\r\nSubject: hello\r\n\r\nhi\r\n"),
    );
    await gmail.users.messages.modify({ userId: "me", id: incoming.id, requestBody: { removeLabelIds: ["UNREAD"] } });
    expect(running.emulator.deleteMessage(SAM, incoming.id)).toBe(true);

    const pages: gmail_v1.Schema$History[] = [];
    let pageToken: string | undefined;
    do {
      const page = await gmail.users.history.list({
        userId: "me",
        startHistoryId: start,
        maxResults: 2,
        ...(pageToken ? { pageToken } : {}),
      });
      pages.push(...(page.data.history ?? []));
      expect(page.data.historyId).toBe("1019");
      pageToken = page.data.nextPageToken ?? undefined;
    } while (pageToken);
    expect(pages.map((record) => record.id)).toEqual(["1016", "1017", "1018", "1019"]);
    expect(pages[0]).toEqual({
      id: "1016",
      messages: [{ id: sent.id, threadId: thread.threadId }],
      messagesAdded: [{ message: { id: sent.id, threadId: thread.threadId, labelIds: ["SENT"] } }],
    });
    expect(pages[2]?.labelsRemoved).toEqual([
      { message: { id: incoming.id, threadId: incoming.threadId, labelIds: ["INBOX"] }, labelIds: ["UNREAD"] },
    ]);
    expect(pages[3]?.messagesDeleted?.[0]?.message?.id).toBe(incoming.id);

    const addedOnly = await gmail.users.history.list({
      userId: "me",
      startHistoryId: start,
      historyTypes: ["messageAdded"],
      labelId: "INBOX",
    });
    expect(addedOnly.data.history?.map((record) => record.id)).toEqual(["1017"]);
    const nothingNew = await gmail.users.history.list({ userId: "me", startHistoryId: "1019" });
    expect(nothingNew.data).toEqual({ historyId: "1019" });
  });

  it("starts and stops a watch, and lists the system labels", async () => {
    running.emulator.registerPushTopic("projects/safeintro/topics/gmail");
    const before = Date.now();
    const watch = (
      await gmail.users.watch({
        userId: "me",
        requestBody: { topicName: "projects/safeintro/topics/gmail", labelIds: ["INBOX"] },
      })
    ).data;
    expect(watch.historyId).toBe("1015");
    expect(Number(watch.expiration)).toBeGreaterThanOrEqual(before + 7 * 86_400_000);
    const stop = await gmail.users.stop({ userId: "me" });
    expect(stop.status).toBe(204);
    const labels = (await gmail.users.labels.list({ userId: "me" })).data.labels ?? [];
    expect(labels.map((label) => label.id)).toEqual(
      expect.arrayContaining(["INBOX", "SENT", "UNREAD", "SPAM", "TRASH"]),
    );
    expect(labels.every((label) => label.type === "system")).toBe(true);
  });
});
