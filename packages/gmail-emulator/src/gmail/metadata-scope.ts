import { METADATA_SCOPE } from "../oauth/scopes.js";
import type { ApiResponse } from "./api-types.js";
import { forbidden } from "./google-errors.js";
import type { GmailMethod } from "./quota-prices.js";

/**
 * What Gmail refuses a token that carries gmail.metadata: a message's body (format full, the
 * default, and raw) and searching (q); labels, headers and history it may read. Developers
 * report that Gmail applies these limits whenever gmail.metadata is among the token's scopes,
 * even beside a broader one such as gmail.readonly, so the emulator does too: a client that
 * asks for the metadata scope "just in case" finds out here rather than in production.
 */
export function metadataScopeRefusal(
  method: GmailMethod,
  tokenScopes: readonly string[],
  query: URLSearchParams,
): ApiResponse | undefined {
  if (!tokenScopes.includes(METADATA_SCOPE)) return undefined;
  if (method === "messages.list" && query.has("q")) return forbidden("Metadata scope does not support 'q' parameter");
  if (method === "messages.get") {
    const format = (query.get("format") ?? "full").toLowerCase();
    if (format === "full" || format === "raw")
      return forbidden(`Metadata scope doesn't allow format ${format.toUpperCase()}`);
  }
  return undefined;
}
