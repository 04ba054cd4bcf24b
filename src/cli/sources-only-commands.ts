import type { Command } from "commander";
import type { AddCommands } from "./main.js";

/** Each development command, and how to run it from the sources instead. */
const FROM_SOURCES: Record<string, { what: string; how: string }> = {
  demo: { what: "the demo", how: "npm run demo" },
  emulator: { what: "the emulator", how: "npx safeintro emulator --mailbox DIR, in a checkout after npm install" },
};

/**
 * The compiled CLI's stand-ins for `demo` and `emulator` (dev-commands.ts), which need
 * TypeScript sources the build leaves out: one line that says where they run, exit 1.
 * They take any options and arguments, so that the line, not a usage error, is what shows.
 */
export const addSourcesOnlyCommands: AddCommands = (program: Command, setExitCode: (code: number) => void) => {
  for (const [name, { what, how }] of Object.entries(FROM_SOURCES)) {
    program
      .command(name)
      .description(`runs from the sources only: ${how}`)
      .allowUnknownOption()
      .allowExcessArguments()
      .helpOption(false)
      .action(() => {
        process.stderr.write(`safeintro: ${what} runs from the sources: ${how}\n`);
        setExitCode(1);
      });
  }
};
