/** The local Gmail emulator: Google's Gmail API and OAuth endpoints, in memory. */
export {
  createGmailEmulator,
  type AddedMessage,
  type GmailEmulator,
  type GmailEmulatorOptions,
} from "./create-gmail-emulator.js";
export { DEFAULT_CONCURRENT_CALLS_PER_USER } from "./gmail/batch-concurrency.js";
export { QUOTA_PRICES, type GmailMethod } from "./gmail/quota-prices.js";
export { DEFAULT_OWNER, loadMailboxDir, type RawMailboxes } from "./mailbox/load-mailbox-dir.js";
export type { SendAsAlias } from "./mailbox/send-as.js";
export type { CallRecord } from "./server/call-log.js";
export type { FaultSpec } from "./server/faults.js";
export type { PushDelivery } from "./server/push.js";
