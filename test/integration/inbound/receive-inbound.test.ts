import { randomUUID } from "node:crypto";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalysisPool } from "../../../src/analysis/analysis-pool.js";
import { createPrismaClient, type PrismaClient } from "../../../src/db/client.js";
import { currentInboundAddress } from "../../../src/inbound/inbound-address.js";
import type { SenderAuthentication } from "../../../src/inbound/inbound-types.js";
import { processInboundMessage } from "../../../src/inbound/process-inbound.js";
import { createInboundReceiver } from "../../../src/inbound/receive-inbound.js";
import { sweepInbound } from "../../../src/queue/sweep-inbound.js";
import { danasRequest, forwardedAsAttachment } from "../../support/attached-forward-mail.js";
import { databaseUrl } from "../../support/services.js";

const DOMAIN = "in.receive.test";
const logger = pino({ level: "silent" });

const forward = (from: string, body: string) =>
  Buffer.from(
    [
      `From: Sam <${from}>`,
      "To: intros@in.receive.test",
      "Subject: Fwd: Intro to Mary Jones?",
      "",
      "---------- Forwarded message ---------",
      "From: Alex Kim <alex@northwind.example>",
      "Date: Tue, Dec 1, 2026 at 9:14 AM",
      "Subject: Intro to Mary Jones?",
      `To: Sam <${from}>`,
      "",
      body,
    ].join("\r\n"),
  );

const REQUEST =
  "Hi Sam, could you introduce me to Mary Jones, head of HR at XYZ Corp? We are hiring our first HR lead and she built the team there.";

describe("the inbound receiver: one policy, the message stored before the answer, nothing lost", () => {
  let prisma: PrismaClient;
  const analyzer = createAnalysisPool({ timeLimitMs: 20_000, threads: 1, maxMessageBytes: 1_000_000, logger });
  let connectorId = "";
  let address = "";
  let recipient = "";
  const queued: string[] = [];
  let queueDown = false;

  const receiver = () =>
    createInboundReceiver({
      prisma,
      domain: DOMAIN,
      maxBytes: 50_000,
      queueProcessing: async (id) => {
        if (queueDown) throw new Error("Connection is closed.");
        queued.push(id);
      },
      logger,
    });
  const passing = (from: string | null): SenderAuthentication => ({
    from,
    passes: true,
    summary: "spf=pass dmarc=pass",
  });

  beforeAll(async () => {
    prisma = createPrismaClient(databaseUrl());
    address = `sam.${randomUUID().slice(0, 8)}@rivera.example`;
    const connector = await prisma.connector.create({
      data: {
        email: address,
        googleAccount: {
          create: {
            googleSubject: randomUUID(),
            email: address,
            scopes: "openid email",
            refreshTokenSealed: "unused",
            sendAsAddresses: ["sam@work.example"],
          },
        },
      },
    });
    connectorId = connector.id;
    recipient = await currentInboundAddress(prisma, connectorId, DOMAIN);
  });
  afterAll(async () => {
    await analyzer.close();
    await prisma.connector.deleteMany({ where: { id: connectorId } });
    await prisma.$disconnect();
  });

  it("refuses an unknown recipient, a stranger, and the connector's address unproven; records the last two", async () => {
    const unknown = await receiver().receive({
      route: "inbound_smtp",
      recipient: `intros-nobody@${DOMAIN}`,
      raw: forward(address, REQUEST),
      authentication: passing(address),
    });
    expect(unknown).toMatchObject({ accepted: false, refusal: "unknown_recipient" });
    const stranger = await receiver().receive({
      route: "inbound_smtp",
      recipient,
      raw: forward("mallory@evil.example", REQUEST),
      authentication: passing("mallory@evil.example"),
    });
    expect(stranger).toMatchObject({ accepted: false, refusal: "sender_not_connector" });
    const unproven = await receiver().receive({
      route: "inbound_webhook",
      recipient,
      raw: forward(address, REQUEST),
      authentication: { from: address, passes: false, summary: "spf=fail dkim=none dmarc=fail" },
    });
    expect(unproven).toMatchObject({ accepted: false, refusal: "sender_not_authenticated" });
    if (!unproven.accepted) expect(unproven.reason).toContain("spf=fail dkim=none dmarc=fail");
    const rows = await prisma.inboundMessage.findMany({ where: { connectorId }, orderBy: { receivedAt: "asc" } });
    expect(rows.map((row) => [row.status, row.fromAddress, row.subject, row.raw])).toEqual([
      ["refused", "mallory@evil.example", null, null],
      ["refused", address, null, null],
    ]);
    expect(await prisma.introRequest.count({ where: { connectorId } })).toBe(0);
  });

  it("stores an accepted forward even when its job cannot be queued; the sweep queues it, and it becomes one request", async () => {
    queueDown = true;
    const accepted = await receiver().receive({
      route: "inbound_smtp",
      recipient: recipient.toUpperCase(),
      raw: forward("Sam@Work.example", REQUEST),
      authentication: passing("sam@work.example"),
    });
    queueDown = false;
    expect(accepted.accepted).toBe(true);
    if (!accepted.accepted) return;
    const stored = await prisma.inboundMessage.findUniqueOrThrow({ where: { id: accepted.inboundMessageId } });
    expect(stored.status).toBe("accepted");
    expect(Buffer.from(stored.raw ?? new Uint8Array()).toString()).toContain("Mary Jones");
    expect(queued).toEqual([]);

    const inbound = { requestProcessing: async (id: string) => void queued.push(id), close: async () => undefined };
    // Not yet lost: its job may still be on the way.
    expect(await sweepInbound({ prisma, inbound, logger })).toBe(0);
    await sweepInbound({ prisma, inbound, logger }, new Date(Date.now() + 2 * 60_000));
    expect(queued).toContain(accepted.inboundMessageId);

    const processed = await processInboundMessage({ prisma, analyzer, logger }, accepted.inboundMessageId);
    expect(processed).toMatchObject({ outcome: "recorded", created: true });
    // A second run of the same job (a retry after a crash) does nothing more.
    expect(await processInboundMessage({ prisma, analyzer, logger }, accepted.inboundMessageId)).toEqual({
      outcome: "done_before",
    });
    const row = await prisma.inboundMessage.findUniqueOrThrow({ where: { id: accepted.inboundMessageId } });
    expect(row).toMatchObject({ status: "processed", raw: null, subject: "Intro to Mary Jones?" });
    const requests = await prisma.introRequest.findMany({ where: { connectorId } });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      source: "inbound_smtp",
      requesterEmail: "alex@northwind.example",
      targetName: "Mary Jones",
    });
  });

  it("a request forwarded as an attachment becomes a request from its original writer", async () => {
    const sam = { name: "Sam Rivera", email: "sam@work.example" };
    const accepted = await receiver().receive({
      route: "inbound_smtp",
      recipient,
      raw: await forwardedAsAttachment({
        forwarder: sam,
        to: recipient,
        note: "See attached.",
        original: await danasRequest(sam),
      }),
      authentication: passing("sam@work.example"),
    });
    expect(accepted.accepted).toBe(true);
    if (!accepted.accepted) return;
    expect(await processInboundMessage({ prisma, analyzer, logger }, accepted.inboundMessageId)).toMatchObject({
      outcome: "recorded",
      created: true,
    });
    const request = await prisma.introRequest.findFirstOrThrow({
      where: { connectorId, requesterEmail: "dana@reyes-labs.example" },
    });
    expect(request).toMatchObject({
      source: "inbound_smtp",
      targetName: "Maria Lopez",
      // The original's date, not the forward's.
      receivedAt: new Date("2026-11-20T10:00:00Z"),
    });
  });

  it("refuses a message over the size limit", async () => {
    const huge = await receiver().receive({
      route: "inbound_webhook",
      recipient,
      raw: forward(address, "x".repeat(60_000)),
      authentication: passing(address),
    });
    expect(huge).toMatchObject({ accepted: false, refusal: "too_large" });
  });
});
