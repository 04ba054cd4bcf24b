// The forward-to address: connectors forward requests to SafeIntro (their Gmail plus-address, seen by the sync, or their inbound address, received over SMTP or a provider's webhook). Other folders import from here, never from the files themselves.
export * from "./authenticate-sender.js";
export * from "./dns-resolver.js";
export * from "./forwarding-status.js";
export * from "./inbound-address.js";
export * from "./inbound-types.js";
export * from "./mailgun-signature.js";
export * from "./process-inbound.js";
export * from "./read-inbound-form.js";
export * from "./receive-inbound.js";
export * from "./record-submission.js";
export * from "./replay-guard.js";
export * from "./smtp-listener.js";
