import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SAM, bearer, oauthClient, startEmulator, type RunningEmulator } from "./helpers.js";

interface Received {
  authorization: string;
  body: { message: { data: string; messageId: string; publishTime: string }; subscription: string };
}

const AUDIENCE = "https://safeintro.example/gmail/push";
const SERVICE_ACCOUNT = "gmail-push@safeintro-demo.iam.gserviceaccount.com";
const TOPIC = "projects/safeintro-demo/topics/gmail";

let running: RunningEmulator;
let receiver: Server;
let receiverUrl: string;
let received: Received[];
/** Statuses the receiver answers with, in turn (204 once they run out). */
let answers: number[];

beforeAll(async () => {
  running = await startEmulator();
  receiver = createServer((request, response) => {
    void readBody(request).then((text) => {
      received.push({ authorization: request.headers.authorization ?? "", body: JSON.parse(text) as Received["body"] });
      response.writeHead(answers.shift() ?? 204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/gmail/push`;
});
afterAll(async () => {
  await running.emulator.close();
  await new Promise((resolve) => receiver.close(resolve));
});
beforeEach(async () => {
  await running.emulator.reset();
  received = [];
  answers = [];
});

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

async function watchInbox(): Promise<void> {
  const { accessToken } = running.emulator.issueTokens(SAM);
  running.emulator.setPushEndpoint(receiverUrl, { audience: AUDIENCE, serviceAccountEmail: SERVICE_ACCOUNT });
  running.emulator.registerPushTopic(TOPIC);
  const watch = await fetch(`${running.url}/gmail/v1/users/me/watch`, {
    method: "POST",
    headers: { ...bearer(accessToken), "content-type": "application/json" },
    body: JSON.stringify({
      topicName: TOPIC,
      labelIds: ["INBOX"],
      labelFilterBehavior: "include",
    }),
  });
  expect(watch.status).toBe(200);
}

const incoming = Buffer.from(
  "From: ada@example.org\r\nTo: sam@rivera.example\r\nSubject: intro?\r\n\r\nCould you introduce me to Grace?\r\n",
);

describe("Pub/Sub push after users.watch", () => {
  it("posts each new INBOX change with an OIDC token google-auth-library accepts", async () => {
    await watchInbox();
    const added = await running.emulator.addMessage(SAM, incoming);
    // Mail filed only as SENT does not match the INBOX filter, so it is not pushed.
    await running.emulator.addMessage(
      SAM,
      Buffer.from("From: sam@rivera.example\r\nTo: x@example.org\r\nSubject: out\r\n\r\nbye\r\n"),
    );
    await running.emulator.pushesSettled();

    expect(received).toHaveLength(1);
    const [push] = received;
    expect(push?.body.subscription).toBe("projects/emulator/subscriptions/gmail-push");
    expect(JSON.parse(Buffer.from(push?.body.message.data ?? "", "base64").toString())).toEqual({
      emailAddress: SAM,
      historyId: Number(added.historyId),
    });
    expect(push?.body.message.messageId).toMatch(/^\d+$/);

    const idToken = push?.authorization.replace(/^Bearer /, "") ?? "";
    const ticket = await oauthClient(running.url).verifyIdToken({ idToken, audience: AUDIENCE });
    expect(ticket.getPayload()).toMatchObject({
      iss: "https://accounts.google.com",
      aud: AUDIENCE,
      email: SERVICE_ACCOUNT,
      email_verified: true,
    });

    // google-auth-library would accept a bare PEM public key in the certs map too.
    const { kid, publicKeyPem } = running.emulator.signingKey;
    await expect(
      oauthClient(running.url).verifySignedJwtWithCertsAsync(idToken, { [kid]: publicKeyPem }, AUDIENCE),
    ).resolves.toBeTruthy();
  });

  it("retries a failed delivery once, and stops pushing after users.stop", async () => {
    await watchInbox();
    answers = [503];
    await running.emulator.addMessage(SAM, incoming);
    await running.emulator.pushesSettled();
    expect(running.emulator.pushDeliveries.map((delivery) => [delivery.attempt, delivery.status])).toEqual([
      [1, 503],
      [2, 204],
    ]);

    const { accessToken } = running.emulator.issueTokens(SAM);
    expect(
      (await fetch(`${running.url}/gmail/v1/users/me/stop`, { method: "POST", headers: bearer(accessToken) })).status,
    ).toBe(204);
    await running.emulator.addMessage(SAM, incoming);
    await running.emulator.pushesSettled();
    expect(received).toHaveLength(2);
  });
});
