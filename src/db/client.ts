import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";

/**
 * A Prisma client on the `pg` driver adapter (no native query engine). The caller owns it and
 * calls `$disconnect()` when done.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

export type { PrismaClient };
/** Raw SQL fragments (Prisma.sql), for the few statements the query API cannot express. */
export { Prisma } from "../generated/prisma/client.js";
