import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../src/db/client.js";
import { databaseUrl } from "../support/services.js";

describe("database round trip through the Prisma client", () => {
  let prisma: PrismaClient;
  beforeAll(() => {
    prisma = createPrismaClient(databaseUrl());
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  // Test files share the run's database: every row is made unique to its test.
  const newConnector = () =>
    prisma.connector.create({ data: { email: `connector-${randomUUID()}@example.com`, displayName: "Ada" } });

  it("stores a connector, an intro request and its event, and reads them back", async () => {
    const connector = await newConnector();
    const signals = [{ id: "named_target", present: true, points: 20, evidence: "Grace at Acme" }];
    const receivedAt = new Date("2024-05-01T09:30:00.000Z");
    const request = await prisma.introRequest.create({
      data: {
        connectorId: connector.id,
        sourceKey: `<${randomUUID()}@mail.example.com>`,
        requesterEmail: "sam@example.org",
        requesterName: "Sam",
        targetName: "Grace",
        targetOrganization: "Acme",
        specificityScore: 72,
        specificityBand: "high",
        specificitySignals: signals,
        receivedAt,
        events: { create: { toState: "detected", actor: "system", reason: "found in inbox" } },
      },
    });

    const read = await prisma.introRequest.findUniqueOrThrow({
      where: { id: request.id },
      include: { connector: true, events: true },
    });
    expect(read.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(read.state).toBe("detected");
    expect(read.connector.email).toBe(connector.email);
    expect(read.specificityBand).toBe("high");
    expect(read.specificitySignals).toEqual(signals);
    expect(read.receivedAt?.toISOString()).toBe(receivedAt.toISOString());
    expect(read.events).toHaveLength(1);
    expect(read.events[0]).toMatchObject({ fromState: null, toState: "detected", actor: "system" });
  });

  it("rejects a second request with the same source key for the same connector", async () => {
    const connector = await newConnector();
    const other = await newConnector();
    const sourceKey = `gmail-${randomUUID()}`;
    const data = { sourceKey, requesterEmail: "sam@example.org" };
    await prisma.introRequest.create({ data: { ...data, connectorId: connector.id } });

    await expect(prisma.introRequest.create({ data: { ...data, connectorId: connector.id } })).rejects.toMatchObject({
      code: "P2002",
    });
    // The key is unique per connector only.
    await expect(prisma.introRequest.create({ data: { ...data, connectorId: other.id } })).resolves.toMatchObject({
      sourceKey,
    });
  });

  it("deletes a connector's requests and their events with it", async () => {
    const connector = await newConnector();
    const request = await prisma.introRequest.create({
      data: {
        connectorId: connector.id,
        sourceKey: randomUUID(),
        requesterEmail: "sam@example.org",
        events: { create: { toState: "detected", actor: "system" } },
      },
    });
    await prisma.connector.delete({ where: { id: connector.id } });
    expect(await prisma.introRequest.count({ where: { id: request.id } })).toBe(0);
    expect(await prisma.introRequestEvent.count({ where: { introRequestId: request.id } })).toBe(0);
  });
});
