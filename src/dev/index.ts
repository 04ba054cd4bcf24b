// Development tools: private PostgreSQL and Redis, the demo. Other folders import from here, never from the files themselves.
export * from "./demo.js";
