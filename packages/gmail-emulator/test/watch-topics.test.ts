import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SAM, adminAuth, bearer, startEmulator, type RunningEmulator } from "./helpers.js";

let running: RunningEmulator;
let token: string;
beforeAll(async () => {
  // Room for several watches (100 units each) in one second: this test reads answers, not the rate limit.
  running = await startEmulator({ quotaUnitsPerSecond: 10_000 });
});
afterAll(async () => {
  await running.emulator.close();
});
beforeEach(async () => {
  await running.emulator.reset();
  token = running.emulator.issueTokens(SAM).accessToken;
});

async function watch(topicName: string): Promise<{ status: number; message?: string; reason?: string }> {
  const answer = await fetch(`${running.url}/gmail/v1/users/me/watch`, {
    method: "POST",
    headers: { ...bearer(token), "content-type": "application/json" },
    body: JSON.stringify({ topicName }),
  });
  if (answer.status === 200) return { status: 200 };
  const { error } = (await answer.json()) as { error: { message: string; errors: { reason: string }[] } };
  return { status: answer.status, message: error.message, reason: error.errors[0]?.reason };
}

describe("users.watch publishes only to a topic that exists and lets Gmail publish", () => {
  it("refuses a topic never created, and one without the Publisher role for Gmail, as Gmail does", async () => {
    expect(await watch("projects/safeintro/topics/missing")).toEqual({
      status: 404,
      message:
        "Error sending test message to Cloud PubSub projects/safeintro/topics/missing : Resource not found (resource=missing).",
      reason: "notFound",
    });
    running.emulator.registerPushTopic("projects/safeintro/topics/no-publisher", { publisherGranted: false });
    expect(await watch("projects/safeintro/topics/no-publisher")).toEqual({
      status: 403,
      message:
        "Error sending test message to Cloud PubSub projects/safeintro/topics/no-publisher : User not authorized to perform this action.",
      reason: "forbidden",
    });
    expect(await watch("gmail")).toMatchObject({ status: 400, reason: "invalidArgument" });
    expect(running.emulator.mailbox(SAM).watch).toBeUndefined();
  });

  it("accepts a topic registered in process or over the admin API, until a reset", async () => {
    running.emulator.registerPushTopic("projects/safeintro/topics/gmail");
    expect(await watch("projects/safeintro/topics/gmail")).toEqual({ status: 200 });
    expect(running.emulator.mailbox(SAM).watch?.topicName).toBe("projects/safeintro/topics/gmail");

    // A script steering a running emulator (safeintro emulator) registers it over HTTP.
    const registered = await fetch(`${running.url}/__emulator/push-topics`, {
      method: "POST",
      headers: { ...adminAuth(running), "content-type": "application/json" },
      body: JSON.stringify({ topicName: "projects/safeintro/topics/scripted" }),
    });
    expect(registered.status).toBe(204);
    expect(await watch("projects/safeintro/topics/scripted")).toEqual({ status: 200 });

    await running.emulator.reset();
    token = running.emulator.issueTokens(SAM).accessToken;
    expect((await watch("projects/safeintro/topics/gmail")).status).toBe(404);
  });
});
