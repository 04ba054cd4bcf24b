import type { PrismaClient } from "../db/index.js";
import type { InboundStatus, RequestSource } from "../generated/prisma/enums.js";
import { plusAddressOf } from "../intake/index.js";
import { currentInboundAddress } from "./inbound-address.js";

/** How many forwarded items the status page lists. */
const LISTED_ITEMS = 10;

export interface ForwardedItem {
  id: string;
  route: RequestSource;
  status: InboundStatus;
  fromAddress: string | null;
  subject: string | null;
  outcome: string | null;
  introRequestId: string | null;
  receivedAt: Date;
}

export interface ForwardingStatus {
  /** Their Gmail plus-address (me+intros@gmail.com); null before a Gmail account is connected. */
  plusAddress: string | null;
  /** Their personal inbound address; null when the deployment has no INBOUND_DOMAIN. */
  inboundAddress: string | null;
  /** The last forwards, newest first, accepted or not. */
  items: ForwardedItem[];
}

/** The connector's forwarding addresses and their last forwarded items, for the status page. */
export async function readForwardingStatus(
  prisma: PrismaClient,
  connectorId: string,
  settings: { plusAddressTag: string; inboundDomain: string | null },
): Promise<ForwardingStatus> {
  const account = await prisma.googleAccount.findUnique({ where: { connectorId }, select: { email: true } });
  const inboundAddress = settings.inboundDomain
    ? await currentInboundAddress(prisma, connectorId, settings.inboundDomain)
    : null;
  const items = await prisma.inboundMessage.findMany({
    where: { connectorId },
    orderBy: { receivedAt: "desc" },
    take: LISTED_ITEMS,
    select: {
      id: true,
      route: true,
      status: true,
      fromAddress: true,
      subject: true,
      outcome: true,
      introRequestId: true,
      receivedAt: true,
    },
  });
  return {
    plusAddress: account ? plusAddressOf(account.email, settings.plusAddressTag) : null,
    inboundAddress,
    items,
  };
}
