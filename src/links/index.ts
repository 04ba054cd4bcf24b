// Links in emails: random single-use tokens, stored as hashes, scoped to one request, one person and the actions offered to them; and the target's answers they carry. Other folders import from here, never from the files themselves.
export * from "./action-token.js";
export * from "./issue-action-links.js";
export * from "./read-action-link.js";
export * from "./use-action-link.js";
export * from "./answer-as-target.js";
