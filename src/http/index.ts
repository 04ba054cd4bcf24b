// The web app. Other folders import from here, never from the files themselves.
export * from "./app.js";
export type { InboundWebhookDeps } from "./inbound-webhook-route.js";
