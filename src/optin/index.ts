// The double opt-in: the connector's actions, what the target's answers and the timers set off, emails as outbox rows. Other folders import from here, never from the files themselves.
export * from "./optin-deps.js";
export * from "./connector-actions.js";
export * from "./carry-out-effects.js";
export * from "./system-events.js";
export * from "./request-email.js";
export * from "./review-email.js";
