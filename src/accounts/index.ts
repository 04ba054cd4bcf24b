// What the web app and the workers do to a connector's account: connect, disconnect, status, address and grant upkeep. Other folders import from here, never from the files themselves.
export * from "./account-status.js";
export * from "./confirm-google-access.js";
export * from "./connect-google-account.js";
export * from "./disconnect-connector.js";
export * from "./record-mailbox-address.js";
export * from "./reseal-unbound-tokens.js";
export * from "./review-emails-setting.js";
export * from "./llm-judge-setting.js";
