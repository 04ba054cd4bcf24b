// Shared by the tests of the links in emails (action-links-*.test.ts): one product without
// workers (the requests stay as inserted) and its connector, requests the connector has asked
// of their target, links issued as the flow issues them, and the pages those links lead to.
// Call useLinksProduct() in the describe; `product` and `connectorId` are set once it has run.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect } from "vitest";
import type { Prisma } from "../../src/db/index.js";
import { daysToMs, issueActionLinks, type LinkAudience, TARGET_ACTIONS } from "../../src/links/index.js";
import { BrowserSession, type Page } from "../support/browser-session.js";
import { uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

export const RLO = "\u202E";
export const CONNECTOR_NAME = "Sam Connector";

export let product: RunningProduct;
export let connectorId = "";
const A = uniqueAddress();
export const browser = new BrowserSession();
export const prisma = () => product.services.prisma;

/** Starts the product before the file's tests, with A connected and named CONNECTOR_NAME; stops it after. */
export function useLinksProduct(): void {
  beforeAll(async () => {
    // No workers: the requests stay as inserted.
    product = await startProduct({ emulator: { mailboxes: { [A]: [] } }, workers: false });
    await product.connect(new BrowserSession(), A);
    connectorId = (await prisma().connector.findFirstOrThrow({ where: { email: A } })).id;
    await prisma().connector.update({ where: { id: connectorId }, data: { displayName: CONNECTOR_NAME } });
  });
  afterAll(async () => {
    await product?.stop();
  });
}

/** A request the connector has sent to its target, as the flow leaves it. */
export async function askedRequest(data: Partial<Prisma.IntroRequestUncheckedCreateInput> = {}): Promise<string> {
  const targetEmail = `${randomUUID().slice(0, 8)}@targets.example`;
  const row = await prisma().introRequest.create({
    data: {
      connectorId,
      sourceKey: randomUUID(),
      state: "awaiting_target",
      requesterName: "Robin Requester",
      requesterEmail: `${randomUUID().slice(0, 8)}@requesters.example`,
      targetName: "Alex Target",
      targetEmail,
      targetKey: targetEmail,
      ...data,
    },
  });
  return row.id;
}

/** Issues a link as the flow does, in a transaction; its token and its paths. */
export async function issue(
  introRequestId: string,
  options: { actions?: readonly string[]; now?: Date; ttlDays?: number; audience?: LinkAudience } = {},
) {
  const paths = await prisma().$transaction((tx) =>
    issueActionLinks(tx, {
      introRequestId,
      audience: options.audience ?? "target",
      actions: options.actions ?? TARGET_ACTIONS,
      now: options.now ?? new Date(),
      ttlMs: daysToMs(options.ttlDays ?? 14),
    }),
  );
  const first = Object.values<string>(paths)[0] ?? "";
  const token = first.split("/")[2] ?? "";
  return { token, paths };
}

/** Everything an answer could change: the request, its events, the connector's protections, the request's links. */
export const snapshot = async (id: string) => ({
  request: await prisma().introRequest.findUniqueOrThrow({ where: { id } }),
  events: await prisma().introRequestEvent.findMany({ where: { introRequestId: id }, orderBy: { createdAt: "asc" } }),
  protectedTargets: await prisma().protectedTarget.findMany({
    where: { connectorId },
    orderBy: { targetKey: "asc" },
  }),
  links: await prisma().actionLink.findMany({ where: { introRequestId: id }, orderBy: { createdAt: "asc" } }),
});

export const get = (path: string, base = product.url) => browser.request(`${base}${path}`);
export const answer = (token: string, action: string, base = product.url) =>
  browser.request(`${base}/l/${token}`, { form: { action } });
export const expectLinkHeaders = (page: Page) => {
  expect(page.headers.get("cache-control")).toBe("no-store");
  expect(page.headers.get("referrer-policy")).toBe("no-referrer");
  expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
};
export const buttonsOf = (body: string) =>
  [
    ...body.matchAll(
      /<form method="post" action="\/l\/([\w-]+)"><input type="hidden" name="action" value="([a-z_]+)">/g,
    ),
  ].map((match) => `${match[1] ?? ""} ${match[2] ?? ""}`);
