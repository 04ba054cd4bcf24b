// Contact counters from headers, relationship strength, target resolution, the karma ledger's shapes and the recommendation. Other folders import from here, never from the files themselves.
export * from "./types.js";
export * from "./header-facts.js";
export * from "./counting-rules.js";
export * from "./tally-contacts.js";
export * from "./count-message-headers.js";
export * from "./store-contact-tally.js";
export * from "./target-key.js";
export * from "./tie-strength.js";
export * from "./resolve-target.js";
export * from "./recommend.js";
