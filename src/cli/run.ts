// The `safeintro` command's entry point. In production it runs compiled, with plain node
// (`node dist/src/cli/run.js`: npm start, npm run worker, the Docker image); in development
// bin/safeintro.js loads it from the TypeScript sources through tsx.
import { type AddCommands, main } from "./main.js";
import { addSourcesOnlyCommands } from "./sources-only-commands.js";

/**
 * The demo and the emulator need src/dev and the emulator package (TypeScript only), which
 * the build leaves out. From the sources they are loaded by a computed specifier: tsc follows
 * every literal import, dynamic ones too, so a literal one would pull them into the build.
 */
async function devCommands(): Promise<AddCommands> {
  if (!import.meta.url.endsWith(".ts")) return addSourcesOnlyCommands;
  const module = new URL("./dev-commands.ts", import.meta.url).href;
  return ((await import(module)) as { addDevCommands: AddCommands }).addDevCommands;
}

try {
  process.exitCode = await main(process.argv, await devCommands());
} catch (error) {
  // One line a person can act on ("listen EADDRINUSE: address already in use 127.0.0.1:3000"),
  // not a stack trace; SAFEINTRO_DEBUG=1 shows the whole error.
  const { message, stack } = error instanceof Error ? error : new Error(String(error));
  process.stderr.write(`safeintro: ${process.env.SAFEINTRO_DEBUG ? stack : message}\n`);
  process.exitCode = 1;
}
