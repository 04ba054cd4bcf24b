#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx's loader: no build step stands
// between a checkout and a working command.
import { register } from "tsx/esm/api";

register();
try {
  const { main } = await import("../src/cli/main.ts");
  process.exitCode = await main(process.argv);
} catch (error) {
  // One line a person can act on ("listen EADDRINUSE: address already in use 127.0.0.1:3000"),
  // not a stack trace; SAFEINTRO_DEBUG=1 shows the whole error.
  process.stderr.write(`safeintro: ${process.env.SAFEINTRO_DEBUG ? error?.stack : (error?.message ?? String(error))}\n`);
  process.exitCode = 1;
}
