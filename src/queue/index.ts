// Job names, payload schemas, the producer and the Gmail queue's consumer, and the upkeep of the schedules. Other folders import from here, never from the files themselves.
export * from "./gmail-worker.js";
export * from "./sync-jobs.js";
export * from "./gmail-jobs.js";
export * from "./analysis-jobs.js";
export * from "./analysis-worker.js";
export * from "./sweep-unanalysed.js";
export * from "./timer-jobs.js";
export * from "./timer-worker.js";
export * from "./sweep-timers.js";
export * from "./send-jobs.js";
export * from "./send-worker.js";
export * from "./sweep-outbox.js";
export * from "./keep-schedules.js";
export * from "./quiet-error-log.js";
export * from "./inbound-jobs.js";
export * from "./inbound-worker.js";
export * from "./sweep-inbound.js";
