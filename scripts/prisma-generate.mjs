#!/usr/bin/env node
// Runs `prisma generate` so that `npm ci` works on a clean clone: no database, no network.
// Prisma 6.19's CLI wants env("DATABASE_URL") to resolve even for generate (otherwise it tries to
// download the query engine), so a placeholder is supplied for this command only. Nothing connects to it.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = { ...process.env };
if (!env.DATABASE_URL) env.DATABASE_URL = "postgresql://placeholder@127.0.0.1:5432/placeholder";

const result = spawnSync(process.execPath, [cli, "generate", ...process.argv.slice(2)], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
