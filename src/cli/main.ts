import { Command } from "commander";
import { type Config, ConfigError, loadConfig } from "../config.js";
import { runAnalyzeCommand } from "./analyze-command.js";
import { loadDotenvFile } from "./dotenv-file.js";
import { PortInUseError } from "./port-in-use.js";

// The server-side commands load Google's client libraries, Prisma and BullMQ:
// they are imported only when run, so `safeintro analyze` starts light.
const serveCommand = () => import("./serve-command.js");

/**
 * The web app's and workers' settings: `.env` in the working directory (as .env.example
 * says), under the real environment, which wins. The other commands read only the real
 * environment: the demo runs on embedded defaults whatever `.env` says.
 */
function serverConfig(): Config {
  loadDotenvFile();
  return loadConfig();
}

/**
 * Adds commands to the program; `setExitCode` records what a command's action returns.
 * The development commands (demo, emulator) come this way, from run.ts: the real ones from
 * the sources, stand-ins from the build, which leaves out what they need.
 */
export type AddCommands = (program: Command, setExitCode: (code: number) => void) => void;

/** The `safeintro` command line. Returns the exit code. */
export async function main(argv: string[], addDevCommands: AddCommands): Promise<number> {
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
    .option(
      "--me <address>",
      "your own address (repeat for several): mail you wrote is never a request to you",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .action(async (files: string[], options: { json?: boolean; me?: string[] }) => {
      const config = loadConfig();
      exitCode = await runAnalyzeCommand(files, {
        json: options.json === true,
        me: options.me ?? [],
        maxBytes: config.MAX_MESSAGE_BYTES,
        stdout: process.stdout,
        stderr: process.stderr,
      });
    });

  program
    .command("forward")
    .description("Forward an email (.eml) to your SafeIntro address over SMTP, as a mail client would.")
    .argument("<file>", "the email to forward (.eml)")
    .requiredOption("--to <address>", "your SafeIntro address (on your status page)")
    .requiredOption("--from <address>", "your own address: SafeIntro accepts forwards from it only")
    .option("--smtp <host:port>", "SafeIntro's SMTP listener, or your inbound domain's mail server", "127.0.0.1:25")
    .option("--note <text>", "what you write above the forwarded message")
    .action(async (file: string, options: { to: string; from: string; smtp: string; note?: string }) => {
      const { runForwardCommand } = await import("./forward-command.js");
      exitCode = await runForwardCommand({
        file,
        ...options,
        stdout: process.stdout,
        stderr: process.stderr,
      });
    });

  program
    .command("serve")
    .description(
      "Run the web app and the Gmail workers (needs DATABASE_URL, REDIS_URL, Google OAuth settings; see .env.example).",
    )
    .option("--no-workers", "run the web app alone")
    .action(async (options: { workers: boolean }) => {
      exitCode = await (await serveCommand()).runServeCommand(serverConfig(), { web: true, workers: options.workers });
    });

  program
    .command("worker")
    .description("Run the Gmail workers alone.")
    .action(async () => {
      exitCode = await (await serveCommand()).runServeCommand(serverConfig(), { web: false, workers: true });
    });

  addDevCommands(program, (code) => {
    exitCode = code;
  });

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`safeintro: ${error.message}\n`);
      return 2;
    }
    if (error instanceof PortInUseError) {
      process.stderr.write(`safeintro: ${error.message}\n`);
      return 1;
    }
    const code = (error as { exitCode?: number }).exitCode;
    if (typeof code === "number") return code; // commander already printed help or the usage error
    throw error;
  }
  return exitCode;
}
