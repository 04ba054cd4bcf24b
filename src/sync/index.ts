// Full and incremental mailbox sync, in terms of a small mailbox interface. Other folders import from here, never from the files themselves.
export * from "./store-messages.js";
export * from "./sync-mailbox.js";
export * from "./mailbox-reader.js";
export * from "./backfill-contacts.js";
