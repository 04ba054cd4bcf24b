import type { gmail_v1 } from "@googleapis/gmail";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SAM, bearer, connectedGmail, startEmulator, type RunningEmulator } from "./helpers.js";

const AUTH = "https://www.googleapis.com/auth/";
const MARY = "Question about Mary Jones (HR at XYZ Corp)";
/** The Message-IDs of the Mary Jones thread in the demo mailbox, oldest first. */
const ALEX_ASKS = "<720a2b95b8c33ae08cd1b212@northwind.example>";
const SAM_REPLIES = "<sam-reply-0001@rivera.example>";
const ALEX_BLURB = "<alex-blurb-0002@northwind.example>";

let running: RunningEmulator;
let gmail: gmail_v1.Gmail;
let accessToken: string;
beforeAll(async () => {
  running = await startEmulator({ quotaUnitsPerSecond: 10_000 });
});
afterAll(async () => {
  await running.emulator.close();
});
beforeEach(async () => {
  await running.emulator.reset();
  ({ gmail, accessToken } = connectedGmail(running, ["openid", "email", `${AUTH}gmail.modify`]));
});

function mail(headers: Record<string, string>, body = "Hello.\r\n", newline = "\r\n"): string {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `${lines.join(newline)}${newline}${newline}${body}`;
}

async function send(raw: string, threadId?: string): Promise<gmail_v1.Schema$Message> {
  const requestBody = { raw: Buffer.from(raw).toString("base64url"), ...(threadId ? { threadId } : {}) };
  return (await gmail.users.messages.send({ userId: "me", requestBody })).data;
}

/** messages.send over plain HTTP, to read Gmail's error answers as they come. */
async function sendRaw(body: unknown, token = accessToken): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${running.url}/gmail/v1/users/me/messages/send`, {
    method: "POST",
    headers: { ...bearer(token), "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function search(q: string): Promise<string[]> {
  const { data } = await gmail.users.messages.list({ userId: "me", q });
  return (data.messages ?? []).map((message) => message.id ?? "");
}

async function rawOf(id: string): Promise<string> {
  const { data } = await gmail.users.messages.get({ userId: "me", id, format: "raw" });
  return Buffer.from(data.raw ?? "", "base64url").toString();
}

async function header(id: string, name: string): Promise<string | undefined> {
  const { data } = await gmail.users.messages.get({ userId: "me", id, format: "metadata" });
  return data.payload?.headers?.find((item) => item.name?.toLowerCase() === name.toLowerCase())?.value ?? undefined;
}

async function maryThreadId(): Promise<string> {
  const [id] = await search(`rfc822msgid:${ALEX_ASKS}`);
  return (await gmail.users.messages.get({ userId: "me", id: id ?? "", format: "minimal" })).data.threadId ?? "";
}

describe("rfc822msgid: in messages.list's q", () => {
  it("finds the message with that Message-ID, with or without angle brackets", async () => {
    const [withBrackets] = await search(`rfc822msgid:${SAM_REPLIES}`);
    expect(withBrackets).toMatch(/^[0-9a-f]{16}$/);
    expect(await header(withBrackets ?? "", "Message-ID")).toBe(SAM_REPLIES);
    expect(await search("rfc822msgid:sam-reply-0001@rivera.example")).toEqual([withBrackets]);
    expect(await search(`rfc822msgid:"${SAM_REPLIES}"`)).toEqual([withBrackets]);
    // The domain's case does not matter; the part before "@" is compared as written.
    expect(await search("rfc822msgid:sam-reply-0001@Rivera.Example")).toEqual([withBrackets]);
    expect(await search("rfc822msgid:SAM-REPLY-0001@rivera.example")).toEqual([]);
    // The whole id, never a part of it.
    expect(await search("rfc822msgid:sam-reply-0001")).toEqual([]);
    expect(await search("rfc822msgid:reply-0001@rivera.example")).toEqual([]);
  });

  it("works beside other operators, and negated", async () => {
    const [id] = await search(`rfc822msgid:${SAM_REPLIES}`);
    expect(await search(`in:sent rfc822msgid:${SAM_REPLIES}`)).toEqual([id]);
    expect(await search(`rfc822msgid:${SAM_REPLIES} to:alex@northwind.example`)).toEqual([id]);
    expect(await search(`in:inbox rfc822msgid:${SAM_REPLIES}`)).toEqual([]);
    const all = await search("");
    expect(await search(`-rfc822msgid:${SAM_REPLIES}`)).toEqual(all.filter((other) => other !== id));
  });

  it("answers 400 when it names no Message-ID", async () => {
    const answer = await fetch(`${running.url}/gmail/v1/users/me/messages?q=${encodeURIComponent("rfc822msgid:<>")}`, {
      headers: bearer(accessToken),
    });
    expect(answer.status).toBe(400);
  });

  it("tells a client whether a mail it was sending was accepted (Gmail has no idempotency key)", async () => {
    const messageId = "<intro-42.attempt-1@safeintro.example>";
    expect(await search(`in:sent rfc822msgid:${messageId}`)).toEqual([]);
    const sent = await send(mail({ From: SAM, To: "mary@xyz.example", Subject: "Intro", "Message-ID": messageId }));
    expect(await search(`in:sent rfc822msgid:${messageId}`)).toEqual([sent.id]);
    expect(await header(sent.id ?? "", "Message-ID")).toBe(messageId);
  });
});

describe("messages.send", () => {
  it("gives a message without a Message-ID Gmail's own, which rfc822msgid: finds", async () => {
    const sent = await send(mail({ From: SAM, To: "mary@xyz.example", Subject: "No id" }));
    const messageId = await header(sent.id ?? "", "Message-Id");
    expect(messageId).toMatch(/^<CA[\w+=-]{58}@mail\.gmail\.com>$/);
    // Gmail's ids hold "+" and "=": the query must be URL-encoded (googleapis does it).
    expect(await search(`rfc822msgid:${messageId}`)).toEqual([sent.id]);
    const again = await send(mail({ From: SAM, To: "mary@xyz.example", Subject: "No id" }));
    expect(await header(again.id ?? "", "Message-Id")).not.toBe(messageId);
  });

  it("adds headers with the message's own line ends, and leaves the body as it was", async () => {
    const body = "Line one.\nLine two.\n";
    const sent = await send(mail({ From: SAM, To: "mary@xyz.example", Subject: "LF" }, body, "\n"));
    const raw = await rawOf(sent.id ?? "");
    expect(raw).not.toContain("\r");
    expect(raw).toMatch(/^From: sam@rivera\.example\nTo: mary@xyz\.example\nSubject: LF\nMessage-Id: <CA[^>]+>\n\n/);
    expect(raw.endsWith(`\n\n${body}`)).toBe(true);
  });

  it("sends as the user whatever From says, as Gmail does", async () => {
    const forged = await send(
      mail({ From: "Mallory <mallory@evil.example>", To: "mary@xyz.example", Subject: "Forged", "X-Keep": "me" }),
    );
    const raw = await rawOf(forged.id ?? "");
    expect(raw).toMatch(/^From: sam@rivera\.example\r\nTo: mary@xyz\.example\r\nSubject: Forged\r\nX-Keep: me\r\n/);
    expect(raw).not.toContain("mallory");
    expect(await search("from:mallory@evil.example")).toEqual([]);

    for (const from of ["Mallory <mallory@evil.example>, sam@rivera.example", undefined]) {
      const headers: Record<string, string> = { To: "mary@xyz.example", Subject: "Odd From" };
      if (from) headers.From = from;
      const sent = await send(mail(headers));
      expect({ from, header: await header(sent.id ?? "", "From") }).toEqual({ from, header: SAM });
    }

    // The user's own address, in any case and with a name, is kept as written.
    const own = await send(mail({ From: '"Sam Rivera" <Sam@Rivera.example>', To: "mary@xyz.example", Subject: "Me" }));
    expect(await header(own.id ?? "", "From")).toBe('"Sam Rivera" <Sam@Rivera.example>');
  });

  it("threads a reply into threadId only with In-Reply-To, References and the subject as Google's guide asks", async () => {
    const threadId = await maryThreadId();
    const reply = (headers: Record<string, string>): string =>
      mail({ From: SAM, To: "alex@northwind.example", Subject: `Re: ${MARY}`, ...headers });
    const proper = { "In-Reply-To": ALEX_BLURB, References: `${ALEX_ASKS} ${SAM_REPLIES} ${ALEX_BLURB}` };

    expect((await send(reply(proper), threadId)).threadId).toBe(threadId);
    // The subject may lose its "Re:", change case or spacing: it still matches.
    expect(
      (await send(mail({ From: SAM, To: "a@b.example", Subject: `  ${MARY.toUpperCase()}`, ...proper }), threadId))
        .threadId,
    ).toBe(threadId);

    // Each condition missed puts the message in a thread of its own, without an error.
    const misses: [string, string, string | undefined][] = [
      ["no threadId", reply(proper), undefined],
      ["no References", reply({ "In-Reply-To": ALEX_BLURB }), threadId],
      ["no In-Reply-To", reply({ References: ALEX_BLURB }), threadId],
      [
        "ids outside the thread",
        reply({ "In-Reply-To": "<other@x.example>", References: "<other@x.example>" }),
        threadId,
      ],
      [
        "ids without brackets",
        reply({ "In-Reply-To": "alex-blurb-0002@northwind.example", References: "alex-blurb-0002@northwind.example" }),
        threadId,
      ],
      ["another subject", mail({ From: SAM, To: "a@b.example", Subject: "Re: Something else", ...proper }), threadId],
    ];
    for (const [why, raw, asked] of misses) {
      const sent = await send(raw, asked);
      expect({ why, threadId: sent.threadId }).toEqual({ why, threadId: sent.id });
      expect(sent.labelIds).toEqual(["SENT"]);
    }
  });

  it("lets mail that arrives in answer to a sent message join its thread", async () => {
    const sent = await send(
      mail({ From: SAM, To: "mary@xyz.example", Subject: "Intro", "Message-ID": "<intro-7@safeintro.example>" }),
    );
    const answer = await running.emulator.addMessage(
      SAM,
      Buffer.from(
        mail({ From: "mary@xyz.example", To: SAM, Subject: "Re: Intro", "In-Reply-To": "<intro-7@safeintro.example>" }),
      ),
    );
    expect(answer.threadId).toBe(sent.threadId);
  });

  it("answers a threadId that cannot be one 400, and one of no thread 404, as Gmail does", async () => {
    const raw = Buffer.from(mail({ From: SAM, To: "mary@xyz.example", Subject: "Hi" })).toString("base64url");
    expect(await sendRaw({ raw, threadId: "not-a-thread" })).toMatchObject({
      status: 400,
      body: { error: { code: 400, message: "Invalid thread_id value", status: "INVALID_ARGUMENT" } },
    });
    expect(await sendRaw({ raw, threadId: "18c0ffee00000000" })).toEqual({
      status: 404,
      body: {
        error: {
          code: 404,
          message: "Requested entity was not found.",
          errors: [{ message: "Requested entity was not found.", domain: "global", reason: "notFound" }],
          status: "NOT_FOUND",
        },
      },
    });
    // Neither was sent.
    expect(await search("in:sent subject:hi")).toEqual([]);
  });

  it("wants gmail.send, compose, modify or full mail access: read-only gets 403 insufficientPermissions", async () => {
    const { accessToken: readonly } = running.emulator.issueTokens(SAM, { scopes: [`${AUTH}gmail.readonly`] });
    const raw = Buffer.from(mail({ From: SAM, To: "mary@xyz.example", Subject: "Hi" })).toString("base64url");
    const refused = await sendRaw({ raw }, readonly);
    expect(refused).toMatchObject({
      status: 403,
      body: {
        error: {
          code: 403,
          errors: [{ reason: "insufficientPermissions" }],
          details: [{ metadata: { method: "caribou.api.proto.MailboxService.SendMessage" } }],
        },
      },
    });
    const { accessToken: sendOnly } = running.emulator.issueTokens(SAM, { scopes: [`${AUTH}gmail.send`] });
    expect((await sendRaw({ raw }, sendOnly)).status).toBe(200);
  });
});
