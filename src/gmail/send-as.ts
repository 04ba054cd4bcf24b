import type { gmail_v1 } from "@googleapis/gmail";

/**
 * The addresses a users.settings.sendAs.list answer shows to be the connector's own: the
 * primary, and each custom "from" alias Gmail has verified. A pending alias is left out: anyone
 * can add any address as an alias, and only its owner's click on Gmail's link makes it
 * "accepted", so until then it says nothing about who the connector is. Google gives the
 * primary no verificationStatus (it applies to custom aliases only), so isPrimary counts for it.
 * Lower-cased, as addresses are compared, and each once.
 */
export function verifiedSendAsAddresses(answer: gmail_v1.Schema$ListSendAsResponse): string[] {
  const own = (answer.sendAs ?? []).filter(
    (alias) => alias.isPrimary === true || alias.verificationStatus === "accepted",
  );
  const addresses = own.flatMap((alias) => {
    const address = alias.sendAsEmail?.trim().toLowerCase();
    return address ? [address] : [];
  });
  return [...new Set(addresses)];
}
