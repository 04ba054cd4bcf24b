import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGmailEmulator, type GmailEmulator } from "@safeintro/gmail-emulator";
import { loadConfig, requireServerSettings } from "../config.js";
import { startSafeIntro } from "../runtime/index.js";
import { announceInboundAddress, DEMO_INBOUND_DOMAIN, writeDemoDnsRecords } from "./demo-forwarding.js";
import { DEMO_SEED, writeDemoMailbox } from "./demo-mailbox/index.js";
import { emulatorSettings } from "./emulator-settings.js";
import { type LocalServices, startLocalServices } from "./local-services.js";
import { freePort } from "./ports.js";

const DEMO_CLIENT = { id: "safeintro-demo.apps.googleusercontent.com", secret: "safeintro-demo-secret" };
/** The web app answers this machine only: the demo is for the person at it. */
export const DEMO_HOST = "127.0.0.1";

export interface DemoOptions {
  port: number;
  /** Where to say the demo is running. */
  out: NodeJS.WritableStream;
  signal: AbortSignal;
}

/**
 * The whole product on embedded defaults, for a machine with no Google account and no
 * setup: private PostgreSQL and Redis (src/dev/local-services.ts), the local Gmail emulator
 * with the sample mailbox standing in for Google (generated afresh: src/dev/demo-mailbox/),
 * and the web app and workers on a fresh encryption key. Stopping it (the signal) removes
 * the servers and every bit of demo data; it resolves then, saying what was removed. The web
 * app's port must be free (listen fails with EADDRINUSE otherwise).
 */
export async function runDemo(options: DemoOptions): Promise<{ removed: string }> {
  const local = await startLocalServices(
    { DATABASE_URL: process.env.DATABASE_URL, REDIS_URL: process.env.REDIS_URL },
    "demo",
  );
  try {
    await runOnLocalServices(local, options);
  } finally {
    await local.stop();
  }
  return { removed: local.removedOnStop };
}

async function runOnLocalServices(local: LocalServices, options: DemoOptions): Promise<void> {
  const emulator = await createDemoEmulator();
  const scratch = await mkdtemp(join(tmpdir(), "safeintro-demo-"));
  try {
    const { url: googleBaseUrl } = await emulator.listen(0);
    // The OAuth redirect URI names the port, so "any free port" (0) is chosen up front.
    const port = options.port || (await freePort());
    const config = requireServerSettings(
      loadConfig({
        LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
        POLL_INTERVAL_SECONDS: "15",
        // Forwards to the connector's SafeIntro address, over SMTP on this machine only.
        INBOUND_DOMAIN: DEMO_INBOUND_DOMAIN,
        INBOUND_DNS_RECORDS_FILE: await writeDemoDnsRecords(scratch),
        ...emulatorSettings({
          googleBaseUrl,
          client: DEMO_CLIENT,
          databaseUrl: local.databaseUrl,
          redisUrl: local.redisUrl,
          redisKeyPrefix: local.redisPrefix,
          port,
        }),
      }),
    );
    const running = await startSafeIntro(config, {
      web: { port, host: DEMO_HOST },
      workers: true,
      smtp: { port: await freePort(), host: DEMO_HOST },
    });
    try {
      options.out.write(
        `SafeIntro demo running at ${running.url}\n` +
          `  Open it, click "Connect Gmail", and allow: a local stand-in for Google serves a sample mailbox\n` +
          `  (${emulator.users().join(", ")}). ${local.description}.\n` +
          `  Open a request, choose "Ask the target" and allow sending: the emails SafeIntro sends from the\n` +
          `  sample mailbox appear at ${emulator.sentMailUrl ?? "(the emulator's /__emulator/sent)"}, and their links work.\n` +
          `  Ctrl-C stops it and deletes the demo data.\n`,
      );
      if (running.smtp)
        void announceInboundAddress(running.services.prisma, running.smtp, options.out, options.signal).catch(
          () => undefined,
        );
      await new Promise<void>((resolve) => {
        if (options.signal.aborted) resolve();
        options.signal.addEventListener("abort", () => resolve(), { once: true });
      });
    } finally {
      await running.stop();
    }
  } finally {
    await emulator.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * The Gmail emulator serving the sample mailbox, generated afresh and dated back from now
 * (src/dev/demo-mailbox/) into a temporary folder. The emulator reads the mail into memory
 * when it is created, so the folder is deleted at once: even a demo that is killed leaves none.
 */
async function createDemoEmulator(): Promise<GmailEmulator> {
  const mailboxDir = await mkdtemp(join(tmpdir(), "safeintro-demo-mailbox-"));
  try {
    await writeDemoMailbox(mailboxDir, { seed: DEMO_SEED, now: new Date() });
    return await createGmailEmulator({ mailboxDir, clientId: DEMO_CLIENT.id, clientSecret: DEMO_CLIENT.secret });
  } finally {
    await rm(mailboxDir, { recursive: true, force: true });
  }
}
