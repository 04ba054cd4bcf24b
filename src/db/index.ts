// The Prisma client on PostgreSQL. Other folders import from here, never from the files themselves.
export * from "./client.js";
