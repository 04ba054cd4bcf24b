import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/index.js";

/** 50 bits of randomness in 10 base-32 letters: unguessable, and easy to read out or type. */
const RANDOM_LETTERS = 10;
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** A new local part, intros-<random>: the random part is what keeps strangers from guessing it. */
export function newInboundLocalPart(): string {
  const bytes = randomBytes(RANDOM_LETTERS);
  let letters = "";
  for (const byte of bytes) letters += ALPHABET[byte % ALPHABET.length];
  return `intros-${letters}`;
}

/** The local part of an address on the inbound domain, lowercased; null for any other address. */
export function inboundLocalPart(address: string, domain: string): string | null {
  const trimmed = address.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at <= 0 || trimmed.slice(at + 1) !== domain.toLowerCase()) return null;
  return trimmed.slice(0, at);
}

/**
 * The connector's current inbound address, made on first use (the status page's first view).
 * Two first views at once may each make one: both then work, and the newest is shown.
 */
export async function currentInboundAddress(
  prisma: PrismaClient,
  connectorId: string,
  domain: string,
): Promise<string> {
  const found = await prisma.inboundAddress.findFirst({
    where: { connectorId, retiredAt: null },
    orderBy: { createdAt: "desc" },
  });
  if (found) return `${found.localPart}@${domain}`;
  const made = await prisma.inboundAddress.create({ data: { connectorId, localPart: newInboundLocalPart() } });
  return `${made.localPart}@${domain}`;
}

/**
 * Retires the connector's inbound address (mail to it is refused from now on, as to any
 * unknown address) and makes a new one: for an address that leaked to spammers.
 */
export async function rotateInboundAddress(prisma: PrismaClient, connectorId: string, domain: string): Promise<string> {
  const made = await prisma.$transaction(async (tx) => {
    await tx.inboundAddress.updateMany({ where: { connectorId, retiredAt: null }, data: { retiredAt: new Date() } });
    return tx.inboundAddress.create({ data: { connectorId, localPart: newInboundLocalPart() } });
  });
  return `${made.localPart}@${domain}`;
}

/** Whose active inbound address this is; null for an unknown or retired one. */
export async function findInboundOwner(
  prisma: PrismaClient,
  address: string,
  domain: string,
): Promise<{ connectorId: string } | null> {
  const localPart = inboundLocalPart(address, domain);
  if (localPart === null) return null;
  const found = await prisma.inboundAddress.findFirst({
    where: { localPart, retiredAt: null },
    select: { connectorId: true },
  });
  return found;
}
