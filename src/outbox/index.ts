// The outbox: emails SafeIntro sends from the connector's Gmail, written with the state change
// that calls for them and sent once by the send worker (docs/outbox.md). Other folders import
// from here, never from the files themselves.
export * from "./compose-email.js";
export * from "./message-id.js";
export * from "./outbox-status.js";
export * from "./send-steps.js";
export * from "./write-outbox-email.js";
