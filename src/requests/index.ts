// Intro requests: their analysis (the judgement). Other folders import from here, never from the files themselves.
export * from "./analyze-request.js";
