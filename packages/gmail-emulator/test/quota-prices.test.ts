import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUOTA_PRICES, type GmailMethod } from "../src/index.js";
import { SAM, bearer, startEmulator, type RunningEmulator } from "./helpers.js";

let running: RunningEmulator;
let token: string;
beforeAll(async () => {
  // A budget every call of the test fits in at once: this test reads prices, not the rate limit.
  running = await startEmulator({ quotaUnitsPerSecond: 10_000 });
  // Full mail access: one token for reading, sending and changing labels.
  token = running.emulator.issueTokens(SAM, { scopes: ["https://mail.google.com/"] }).accessToken;
  running.emulator.registerPushTopic("projects/p/topics/gmail");
});
afterAll(async () => {
  await running.emulator.close();
});

async function call(
  method: "GET" | "POST",
  path: string,
  body?: unknown,
): Promise<{ status: number; units: number; json: unknown }> {
  const response = await fetch(`${running.url}/gmail/v1/users/me${path}`, {
    method,
    headers: { ...bearer(token), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json: unknown = response.status === 204 ? null : await response.json();
  return { status: response.status, units: running.emulator.calls.at(-1)?.units ?? -1, json };
}

describe("quota prices", () => {
  it("charges every method it serves the price in its table, and serves every method it prices", async () => {
    const { messages } = (await call("GET", "/messages?q=has:attachment&maxResults=1")).json as {
      messages: { id: string }[];
    };
    const withAttachment = messages[0]?.id ?? "";
    const full = (await call("GET", `/messages/${withAttachment}`)).json as {
      payload: { parts?: { body: { attachmentId?: string } }[] };
    };
    const attachmentId = full.payload.parts?.find((part) => part.body.attachmentId)?.body.attachmentId ?? "";
    const raw = Buffer.from("From: sam@rivera.example\r\nTo: x@example.org\r\nSubject: hi\r\n\r\nhello\r\n").toString(
      "base64url",
    );

    const charged: Record<GmailMethod, Awaited<ReturnType<typeof call>>> = {
      getProfile: await call("GET", "/profile"),
      "labels.list": await call("GET", "/labels"),
      "messages.list": await call("GET", "/messages?maxResults=1"),
      "messages.get": await call("GET", `/messages/${withAttachment}?format=minimal`),
      "messages.attachments.get": await call("GET", `/messages/${withAttachment}/attachments/${attachmentId}`),
      "messages.modify": await call("POST", `/messages/${withAttachment}/modify`, { addLabelIds: ["STARRED"] }),
      "messages.send": await call("POST", "/messages/send", { raw }),
      "history.list": await call("GET", "/history?startHistoryId=1015"),
      watch: await call("POST", "/watch", { topicName: "projects/p/topics/gmail" }),
      stop: await call("POST", "/stop"),
      "settings.sendAs.list": await call("GET", "/settings/sendAs"),
    };
    for (const [method, { status, units }] of Object.entries(charged)) {
      expect({ method, status }).toEqual({ method, status: method === "stop" ? 204 : 200 });
      expect({ method, units }).toEqual({ method, units: QUOTA_PRICES[method as GmailMethod] });
    }
  });
});
