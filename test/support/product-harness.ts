import { randomUUID } from "node:crypto";
import type { Worker } from "bullmq";
import { createGmailEmulator, type GmailEmulator, type GmailEmulatorOptions } from "@safeintro/gmail-emulator";
import { pino } from "pino";
import { loadConfig, requireServerSettings } from "../../src/config.js";
import type { Logger } from "../../src/logger.js";
import type { Services } from "../../src/runtime/services.js";
import type { OptInDeps } from "../../src/optin/index.js";
import { startSafeIntro, type StartOptions } from "../../src/runtime/start-safeintro.js";
import { type BrowserSession, connectGmail, type Page } from "./browser-session.js";
import { emulatorSettings } from "../../src/dev/emulator-settings.js";
import { startOnAFreePort } from "./free-port-start.js";
import { databaseUrl, redisPrefix, redisUrl } from "./services.js";

export const TEST_CLIENT_ID = "safeintro-test.apps.googleusercontent.com";
const TEST_CLIENT_SECRET = "test-client-secret";

export interface ProductOptions {
  emulator?: GmailEmulatorOptions;
  /** Extra settings (GMAIL_PUSH_TOPIC, PUSH_AUDIENCE, …). */
  env?: Record<string, string>;
  /** Start the workers too (default true). */
  workers?: boolean;
  /** Where the product logs (default: nowhere). */
  logger?: Logger;
  /** Timings of the workers' upkeep and shutdown, shortened by the fault tests. */
  runtime?: Pick<StartOptions, "scheduleCheckMs" | "shutdownDeadlineMs" | "workerLocks">;
}

export interface RunningProduct {
  emulator: GmailEmulator;
  services: Services;
  /** This product's BullMQ key prefix in the run's Redis. */
  redisPrefix: string;
  /** The double opt-in's parts, as the product's web app and workers use them. */
  optin: OptInDeps;
  url: string;
  /** The inbound SMTP listener, when INBOUND_DOMAIN and INBOUND_SMTP_PORT are set. */
  smtp: { host: string; port: number } | null;
  workers: Worker[];
  stop(): Promise<void>;
  /**
   * Signs in through the real consent flow: SafeIntro → emulator consent page → Allow →
   * callback, with every scope ticked but those in `untick` (see connectGmail).
   */
  connect(
    browser: BrowserSession,
    account: string,
    options?: { untick?: readonly string[]; start?: string },
  ): Promise<Page[]>;
}

/**
 * The whole product on real parts: the web app and workers on the run's PostgreSQL and
 * Redis (under a key prefix of this product's own), talking HTTP to a Gmail emulator.
 */
export async function startProduct(options: ProductOptions = {}): Promise<RunningProduct> {
  const emulator = await createGmailEmulator({
    clientId: TEST_CLIENT_ID,
    clientSecret: TEST_CLIENT_SECRET,
    ...options.emulator,
  });
  const { url: googleBaseUrl } = await emulator.listen(0);
  // Push configured: the topic exists in "Pub/Sub", as the deploy guide has it created first.
  const pushTopic = options.env?.GMAIL_PUSH_TOPIC;
  if (pushTopic) emulator.registerPushTopic(pushTopic);
  const prefix = `${redisPrefix()}:${randomUUID()}`;
  const running = await startOnAFreePort(async (port) => {
    const config = requireServerSettings(
      loadConfig({
        NODE_ENV: "test",
        ...emulatorSettings({
          googleBaseUrl,
          client: { id: TEST_CLIENT_ID, secret: TEST_CLIENT_SECRET },
          databaseUrl: databaseUrl(),
          redisUrl: redisUrl(),
          port,
        }),
        ...options.env,
      }),
    );
    return startSafeIntro(config, {
      web: { port, host: "127.0.0.1" },
      workers: options.workers !== false,
      redisPrefix: prefix,
      logger: options.logger ?? pino({ level: "silent" }),
      ...options.runtime,
    });
  });
  const url = running.url ?? "";

  return {
    emulator,
    services: running.services,
    redisPrefix: prefix,
    optin: running.optin,
    url,
    smtp: running.smtp,
    workers: running.workers,
    async stop() {
      await running.stop();
      await emulator.close();
    },
    connect: (browser, account, connectOptions) => connectGmail(browser, url, account, connectOptions),
  };
}
