// Reading and changing a connector's intro requests: the analysis job's work on one, and the web app's reading and changing of them, every query scoped by the connector's id. Other folders import from here, never from the files themselves.
export * from "./analyze-request.js";
export * from "./describe-target.js";
export * from "./labels.js";
export * from "./list-requests.js";
export * from "./override-recommendation.js";
export * from "./protect-target.js";
export * from "./read-request.js";
export * from "./stored-judgement.js";
export * from "./state-machine.js";
export * from "./request-id.js";
export * from "./intro-request-fields.js";
