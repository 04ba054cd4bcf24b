// Judging raw messages off the main thread, each within a time limit. Other folders import from here, never from the files themselves.
export * from "./analysis-pool.js";
export * from "./slots.js";
