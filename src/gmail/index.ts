// The only code that talks to Google: OAuth, tokens, the mailbox client, quota, error codes. Other folders import from here, never from the files themselves.
export * from "./access-tokens.js";
export * from "./gmail-error.js";
export * from "./google-endpoints.js";
export * from "./mailbox-client.js";
export type { FetchSkipReason, MessageBytes, SkippedMessage } from "./message-part.js";
export * from "./oauth-client.js";
export * from "./push-verifier.js";
export * from "./quota-limiter.js";
