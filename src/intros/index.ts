// Detection, extraction and scoring of intro requests; pure. Other folders import from here, never from the files themselves.
export * from "./analyze-email.js";
export * from "./detect-introduction.js";
export * from "./types.js";
export * from "./analyze-submission.js";
export * from "./second-opinion.js";
export * from "./judge-candidate.js";
