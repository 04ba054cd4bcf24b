import type { Command } from "commander";
import type { AddCommands } from "./main.js";

/**
 * `safeintro demo` and `safeintro emulator`: development tools that need src/dev (private
 * PostgreSQL and Redis) and the Gmail emulator, a workspace package of TypeScript sources.
 * They run from the sources only (run.ts adds them there); the build leaves this file out.
 */
export const addDevCommands: AddCommands = (program: Command, setExitCode: (code: number) => void) => {
  program
    .command("demo")
    .description(
      "Run the whole product on embedded defaults: private PostgreSQL and Redis, and the Gmail emulator with a sample mailbox.",
    )
    .option("--port <n>", "port of the web app", (value) => Number.parseInt(value, 10), 3000)
    .action(async (options: { port: number }) => {
      const controller = new AbortController();
      process.once("SIGINT", () => controller.abort());
      process.once("SIGTERM", () => controller.abort());
      const { runDemoCommand } = await import("./demo-command.js");
      setExitCode(await runDemoCommand({ port: options.port, out: process.stdout, signal: controller.signal }));
    });

  program
    .command("emulator")
    .description(
      "Run the local Gmail emulator: Gmail API and Google OAuth on this machine, from a folder of .eml files.",
    )
    .requiredOption("--mailbox <dir>", "a folder of .eml files, or of one subfolder per address")
    .option("--port <n>", "port to listen on", (value) => Number.parseInt(value, 10), 8025)
    .option("--user <address>", "owner of a flat mailbox folder")
    .option("--client-id <id>", "the only OAuth client accepted (default: any)")
    .option("--client-secret <secret>", "its secret")
    .option("--quota <units>", "quota units per user per second", (value) => Number.parseInt(value, 10), 250)
    .option(
      "--admin-token <token>",
      "the bearer token the /__emulator admin API wants (default: a random one, printed)",
    )
    .action(
      async (options: {
        mailbox: string;
        port: number;
        user?: string;
        clientId?: string;
        clientSecret?: string;
        quota: number;
        adminToken?: string;
      }) => {
        const controller = new AbortController();
        process.once("SIGINT", () => controller.abort());
        process.once("SIGTERM", () => controller.abort());
        const { runEmulatorCommand } = await import("./emulator-command.js");
        setExitCode(
          await runEmulatorCommand(options, {
            stdout: process.stdout,
            stderr: process.stderr,
            signal: controller.signal,
          }),
        );
      },
    );
};
