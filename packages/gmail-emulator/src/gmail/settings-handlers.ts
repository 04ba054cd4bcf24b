import type { ApiResponse } from "./api-types.js";
import type { GmailCall } from "./routes.js";

/**
 * users.settings.sendAs.list: the primary address first, then the custom "from" aliases, in
 * the shape of Google's SendAs resource. The primary has no verificationStatus nor
 * treatAsAlias (the reference says both apply to custom "from" aliases only), so a client
 * that reads "accepted" as the only sign of a usable address drops the primary here as it
 * would with Gmail.
 */
export function listSendAs({ mailbox }: GmailCall): ApiResponse {
  const primary = {
    sendAsEmail: mailbox.email,
    displayName: "",
    replyToAddress: "",
    signature: "",
    isPrimary: true,
    isDefault: true,
  };
  const aliases = mailbox.sendAs.map((alias) => ({
    sendAsEmail: alias.sendAsEmail,
    displayName: alias.displayName ?? "",
    replyToAddress: "",
    signature: "",
    isDefault: false,
    treatAsAlias: true,
    verificationStatus: alias.verificationStatus ?? "accepted",
  }));
  return { status: 200, body: { sendAs: [primary, ...aliases] } };
}
