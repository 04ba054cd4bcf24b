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
    .option("--me <address>", "your own address (repeat for several): mail you wrote is never a request to you", (value: string, previous: string[]) => [...previous, value], [] as string[])
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
    .command("serve")
    .description("Run the web app and the Gmail workers (needs DATABASE_URL, REDIS_URL, Google OAuth settings; see .env.example).")
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

  program
    .command("demo")
    .description("Run the whole product on embedded defaults: private PostgreSQL and Redis, and the Gmail emulator with a sample mailbox.")
    .option("--port <n>", "port of the web app", (value) => Number.parseInt(value, 10), 3000)
    .action(async (options: { port: number }) => {
      const controller = new AbortController();
      process.once("SIGINT", () => controller.abort());
      process.once("SIGTERM", () => controller.abort());
      const { runDemoCommand } = await import("./demo-command.js");
      exitCode = await runDemoCommand({ port: options.port, out: process.stdout, signal: controller.signal });
    });

  program
    .command("emulator")
    .description("Run the local Gmail emulator: Gmail API and Google OAuth on this machine, from a folder of .eml files.")
    .requiredOption("--mailbox <dir>", "a folder of .eml files, or of one subfolder per address")
    .option("--port <n>", "port to listen on", (value) => Number.parseInt(value, 10), 8025)
    .option("--user <address>", "owner of a flat mailbox folder")
    .option("--client-id <id>", "the only OAuth client accepted (default: any)")
    .option("--client-secret <secret>", "its secret")
    .option("--quota <units>", "quota units per user per second", (value) => Number.parseInt(value, 10), 250)
    .option("--admin-token <token>", "the bearer token the /__emulator admin API wants (default: a random one, printed)")
    .action(async (options: { mailbox: string; port: number; user?: string; clientId?: string; clientSecret?: string; quota: number; adminToken?: string }) => {
      const controller = new AbortController();
      process.once("SIGINT", () => controller.abort());
      process.once("SIGTERM", () => controller.abort());
      const { runEmulatorCommand } = await import("./emulator-command.js");
      exitCode = await runEmulatorCommand(options, { stdout: process.stdout, stderr: process.stderr, signal: controller.signal });
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
