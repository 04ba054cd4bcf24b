// Raw mail to text: MIME, quoted history, forwards, bounds. Other folders import from here, never from the files themselves.
export * from "./bound-email.js";
export * from "./content-key.js";
export { inlineForward } from "./inline-forward.js";
export * from "./input-error.js";
export * from "./mailbox-key.js";
export * from "./parse-email.js";
export * from "./parsed-email.js";
export * from "./read-message-text.js";
export * from "./person.js";
export * from "./plus-address.js";
export { isForwardSubject, isReplySubject } from "./unwrap-forward.js";
