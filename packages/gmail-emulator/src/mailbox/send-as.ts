/**
 * A custom "from" address of a Gmail account (Settings → Accounts → "Send mail as"), beside
 * the primary address that every account has and that users.settings.sendAs.list always names.
 */
export interface SendAsAlias {
  /** Kept as written: Gmail does not lower-case it, so a client must not expect it to. */
  sendAsEmail: string;
  displayName?: string;
  /**
   * "pending" until the address's owner follows the link Gmail mailed it; "accepted" (the
   * default) once they have, or at once for an alias of the account's own Workspace domain.
   */
  verificationStatus?: "accepted" | "pending";
}

/** A copy of the aliases, refusing one that is the primary address (Gmail lists it once, as primary). */
export function checkedAliases(primary: string, aliases: readonly SendAsAlias[]): SendAsAlias[] {
  for (const alias of aliases) {
    if (alias.sendAsEmail.toLowerCase() === primary.toLowerCase())
      throw new Error(`${alias.sendAsEmail} is the account's primary address, not a send-as alias`);
  }
  return aliases.map((alias) => ({ ...alias }));
}

/** The addresses messages.send may keep as From: the user's own, and each verified alias. */
export function ownFromAddresses(primary: string, aliases: readonly SendAsAlias[]): [string, ...string[]] {
  const verified = aliases.filter((alias) => (alias.verificationStatus ?? "accepted") === "accepted");
  return [primary.toLowerCase(), ...verified.map((alias) => alias.sendAsEmail.toLowerCase())];
}
