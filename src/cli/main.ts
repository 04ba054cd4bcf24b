import { Command } from "commander";
import { ConfigError, loadConfig } from "../config.js";
import { runAnalyzeCommand } from "./analyze-command.js";

/** The `safeintro` command line. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name("safeintro")
    .description("SafeIntro: warm introductions, done safely.")
    .showHelpAfterError()
    .exitOverride();

  program
    .command("analyze")
    .description("Tell whether each message is an intro request, extract its parts and score how specific it is.")
    .argument("<files...>", "raw email messages (.eml); - reads one from standard input")
    .option("--json", "print one JSON object per input, one per line")
    .action(async (files: string[], options: { json?: boolean }) => {
      const config = loadConfig();
      exitCode = await runAnalyzeCommand(files, {
        json: options.json === true,
        maxBytes: config.MAX_MESSAGE_BYTES,
        stdout: process.stdout,
        stderr: process.stderr,
      });
    });

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`safeintro: ${error.message}\n`);
      return 2;
    }
    const code = (error as { exitCode?: number }).exitCode;
    if (typeof code === "number") return code; // commander already printed help or the usage error
    throw error;
  }
  return exitCode;
}
