import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_CONCURRENT_CALLS_PER_USER } from "../src/index.js";
import { SAM, bearer, startEmulator, type RunningEmulator } from "./helpers.js";

const OTHER = "alex@rivera.example";
const BOUNDARY = "batch_concurrency";

let running: RunningEmulator | undefined;
afterEach(async () => {
  await running?.emulator.close();
  running = undefined;
});

/** Google's answer to a call beyond the limit, as public issue threads quote it. */
const TOO_MANY = {
  error: {
    code: 429,
    message: "Too many concurrent requests for user.",
    errors: [{ message: "Too many concurrent requests for user.", domain: "global", reason: "rateLimitExceeded" }],
    status: "RESOURCE_EXHAUSTED",
  },
};

interface Answer {
  contentId: string;
  status: number;
  headers: string;
  body: unknown;
}

/** `count` messages.get calls in one batch (of `ids`, the last one repeated); the answers in order. */
async function batchOfGets(emulator: RunningEmulator, token: string, ids: string[], count: number): Promise<Answer[]> {
  const body =
    Array.from(
      { length: count },
      (_, index) =>
        `--${BOUNDARY}\r\nContent-Type: application/http\r\nContent-ID: <item-${index + 1}>\r\n\r\nGET /gmail/v1/users/me/messages/${ids[index] ?? ids.at(-1)}?format=minimal\r\n`,
    ).join("") + `--${BOUNDARY}--\r\n`;
  const response = await fetch(`${emulator.url}/batch/gmail/v1`, {
    method: "POST",
    headers: { ...bearer(token), "content-type": `multipart/mixed; boundary=${BOUNDARY}` },
    body,
  });
  expect(response.status).toBe(200);
  const boundary = /boundary=(\S+)/.exec(response.headers.get("content-type") ?? "")?.[1] ?? "";
  return (await response.text())
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [, head = "", json = ""] = /\r\n\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(part) ?? [];
      return {
        contentId: /Content-ID: <(\S+)>/.exec(part)?.[1] ?? "",
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]),
        headers: head,
        body: JSON.parse(json) as unknown,
      };
    });
}

async function firstMessageId(emulator: RunningEmulator, token: string): Promise<string> {
  const list = await fetch(`${emulator.url}/gmail/v1/users/me/messages?maxResults=1`, { headers: bearer(token) });
  return ((await list.json()) as { messages: { id: string }[] }).messages[0]?.id ?? "";
}

describe("Gmail's limit on a user's calls at once, in batches", () => {
  it("answers the calls beyond 25 with Google's 429 and no Retry-After, uncharged and logged", async () => {
    // Quota to spare: only the concurrency limit is at work here.
    running = await startEmulator({ quotaUnitsPerSecond: 10_000 });
    const { accessToken } = running.emulator.issueTokens(SAM);
    const id = await firstMessageId(running, accessToken);
    const before = running.emulator.calls.length;

    const answers = await batchOfGets(running, accessToken, [id], 30);

    expect(DEFAULT_CONCURRENT_CALLS_PER_USER).toBe(25);
    expect(answers.map((answer) => answer.contentId)).toEqual(
      Array.from({ length: 30 }, (_, index) => `response-item-${index + 1}`),
    );
    expect(answers.map((answer) => answer.status)).toEqual([...Array(25).fill(200), ...Array(5).fill(429)]);
    for (const refused of answers.slice(25)) {
      expect(refused.body).toEqual(TOO_MANY);
      expect(refused.headers).not.toMatch(/retry-after/i);
    }
    const inner = running.emulator.calls.slice(before).filter((call) => call.batch);
    expect(inner.map((call) => [call.status, call.units])).toEqual([
      ...Array(25).fill([200, 5]),
      ...Array(5).fill([429, 0]),
    ]);
    expect(inner.every((call) => call.user === SAM)).toBe(true);

    // The slots are free again once the answer is complete.
    expect((await batchOfGets(running, accessToken, [id], 25)).every((answer) => answer.status === 200)).toBe(true);
  });

  it("shares the limit between a user's batches running at once, and not with other users", async () => {
    running = await startEmulator({ concurrentCallsPerUser: 10, quotaUnitsPerSecond: 10_000 });
    const sam = running.emulator.issueTokens(SAM).accessToken;
    const alex = running.emulator.issueTokens(OTHER).accessToken;
    await running.emulator.addMessage(OTHER, Buffer.from("Subject: hi\r\n\r\nhello\r\n"));
    const samId = await firstMessageId(running, sam);
    const alexId = await firstMessageId(running, alex);
    // The first batch's last call is slow (an unknown id, delayed): its eight calls hold their
    // slots until it is answered. Its first seven are logged once they have run.
    const slowId = "0123456789abcdef";
    running.emulator.injectFault({ path: `/messages/${slowId}`, delayMs: 1500 });
    const arrived = running.emulator.calls.length;
    const slow = batchOfGets(running, sam, [...Array<string>(7).fill(samId), slowId], 8);
    while (running.emulator.calls.slice(arrived).filter((call) => call.batch).length < 7) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    const meanwhile = await batchOfGets(running, sam, [samId], 5);
    const otherUser = await batchOfGets(running, alex, [alexId], 10);

    expect(meanwhile.map((answer) => answer.status)).toEqual([200, 200, 429, 429, 429]);
    expect(otherUser.every((answer) => answer.status === 200)).toBe(true);
    expect((await slow).map((answer) => answer.status)).toEqual([...Array(7).fill(200), 404]);
  });

  it("can be lifted (Infinity)", async () => {
    running = await startEmulator({ concurrentCallsPerUser: Infinity, quotaUnitsPerSecond: 10_000 });
    const { accessToken } = running.emulator.issueTokens(SAM);
    const id = await firstMessageId(running, accessToken);
    expect((await batchOfGets(running, accessToken, [id], 100)).every((answer) => answer.status === 200)).toBe(true);
  });
});
