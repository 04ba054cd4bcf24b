import type { PrismaClient } from "../db/index.js";
import { mailboxKey } from "../intake/index.js";
import type { Logger } from "../logger.js";
import { findInboundOwner } from "./inbound-address.js";
import type { InboundDelivery, InboundOutcome, InboundReceiver, InboundRefusal } from "./inbound-types.js";

export interface InboundReceiverDeps {
  prisma: PrismaClient;
  /** INBOUND_DOMAIN: the domain of every inbound address. */
  domain: string;
  /** INBOUND_MAX_BYTES. */
  maxBytes: number;
  /**
   * Queues the job that turns an accepted message into a request. Its failure (Redis down)
   * loses nothing: the message is already stored, and the inbound sweep queues it again.
   */
  queueProcessing(inboundMessageId: string): Promise<void>;
  logger: Logger;
}

/**
 * The receiver both inbound routes hand their mail to (inbound-types.ts): the one sender
 * policy, the message stored before the route answers, the job queued after.
 *
 * The policy: the From address must be one of the connector's own addresses (their Google
 * account's address and its verified send-as aliases: Google verified each) and the route
 * must have found it authentic (DMARC, or an aligned DKIM signature).
 */
export function createInboundReceiver(deps: InboundReceiverDeps): InboundReceiver {
  return {
    async knowsRecipient(address) {
      return (await findInboundOwner(deps.prisma, address, deps.domain)) !== null;
    },
    async receive(delivery) {
      const owner = await findInboundOwner(deps.prisma, delivery.recipient, deps.domain);
      if (owner === null)
        return refusal("unknown_recipient", `${delivery.recipient} is not a SafeIntro address (or it was replaced)`);
      const refused = await judgeDelivery(deps, owner.connectorId, delivery);
      if (refused) {
        await deps.prisma.inboundMessage.create({
          data: {
            connectorId: owner.connectorId,
            route: delivery.route,
            status: "refused",
            fromAddress: delivery.authentication.from?.slice(0, 320) ?? null,
            outcome: refused.reason,
          },
        });
        deps.logger.info(
          { route: delivery.route, connectorId: owner.connectorId, refusal: refused.refusal },
          "inbound forward refused",
        );
        return refused;
      }
      const stored = await deps.prisma.inboundMessage.create({
        data: {
          connectorId: owner.connectorId,
          route: delivery.route,
          status: "accepted",
          fromAddress: delivery.authentication.from,
          raw: new Uint8Array(delivery.raw),
        },
        select: { id: true },
      });
      await deps
        .queueProcessing(stored.id)
        .catch((error: unknown) =>
          deps.logger.warn(
            { inboundMessageId: stored.id, error: (error as Error).message },
            "could not queue an inbound forward; the inbound sweep will",
          ),
        );
      return { accepted: true, inboundMessageId: stored.id };
    },
  };
}

async function judgeDelivery(
  deps: InboundReceiverDeps,
  connectorId: string,
  delivery: InboundDelivery,
): Promise<Extract<InboundOutcome, { accepted: false }> | null> {
  if (delivery.raw.byteLength > deps.maxBytes)
    return refusal("too_large", `the message is over ${deps.maxBytes} bytes (INBOUND_MAX_BYTES)`);
  const from = delivery.authentication.from;
  if (from === null) return refusal("malformed", "the message has no single From address");
  const own = await connectorAddresses(deps.prisma, connectorId);
  if (!own.some((address) => mailboxKey(address) === mailboxKey(from)))
    return refusal(
      "sender_not_connector",
      `${from} is not your address: only mail from your Google account's addresses (${own.join(", ") || "unknown"}) is accepted`,
    );
  if (!delivery.authentication.passes)
    return refusal(
      "sender_not_authenticated",
      `the message claims to be from ${from}, but its sender could not be verified (${delivery.authentication.summary})`,
    );
  return null;
}

/**
 * The connector's own addresses: their Google account's, the connector record's, and the
 * account's verified Gmail send-as aliases (read after a sync; Google verified each).
 */
export async function connectorAddresses(prisma: PrismaClient, connectorId: string): Promise<string[]> {
  const connector = await prisma.connector.findUnique({
    where: { id: connectorId },
    select: { email: true, googleAccount: { select: { email: true, sendAsAddresses: true } } },
  });
  if (!connector) return [];
  const all = [connector.googleAccount?.email, connector.email, ...(connector.googleAccount?.sendAsAddresses ?? [])];
  return [...new Set(all.filter((address): address is string => Boolean(address)).map((a) => a.toLowerCase()))];
}

function refusal(code: InboundRefusal, reason: string): Extract<InboundOutcome, { accepted: false }> {
  return { accepted: false, refusal: code, reason };
}
