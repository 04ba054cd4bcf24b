// Composition: every long-lived part built once, and the one start-up path. Other folders import from here, never from the files themselves.
export * from "./services.js";
export * from "./start-safeintro.js";
