import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { Worker } from "bullmq";
import { resealUnboundTokens } from "../accounts/index.js";
import type { ServerConfig } from "../config.js";
import { createEmailRenderer } from "../email/index.js";
import { type SmtpListener, startSmtpListener } from "../inbound/index.js";
import type { OptInDeps } from "../optin/index.js";
import { startWebServer } from "../server.js";
import { createServices, type RuntimeOptions, type Services } from "./services.js";
import { type RunningWorkers, startWorkers, type WorkerOptions } from "./start-workers.js";
import { SHUTDOWN_DEADLINE_MS } from "./stop-workers.js";

/** Requests under way get this long to finish when the web app stops; then their connections are cut. */
const WEB_GRACE_MS = 5_000;

export interface StartOptions extends RuntimeOptions, WorkerOptions {
  /** Serve the web app on this port and host (port 0: any free one); null: no web app. */
  web: { port: number; host: string } | null;
  /** Run the queue workers in this process. */
  workers: boolean;
  /**
   * Where the inbound SMTP listener listens; unset: INBOUND_SMTP_PORT and INBOUND_SMTP_HOST
   * (no listener when the port is unset); null: none in this process.
   */
  smtp?: { port: number; host: string } | null;
  /** How long stop() waits for the jobs under way before cutting them off (default 30 s). */
  shutdownDeadlineMs?: number;
}

export interface RunningSafeIntro {
  services: Services;
  /** The double opt-in's parts (with the compiled email templates), as the web app and workers use them. */
  optin: OptInDeps;
  /** Where the web app answers, when it runs. */
  url: string | null;
  /** Where the inbound SMTP listener answers, when it runs. */
  smtp: { host: string; port: number } | null;
  workers: Worker[];
  /**
   * Stops taking requests and jobs, stops the syncs under way between chunks (their place
   * saved), waits for them until the shutdown deadline at most, then closes every connection.
   */
  stop(): Promise<void>;
}

/**
 * The one start-up path of SafeIntro, used by `safeintro serve` and `worker`, the demo and
 * the test harness: services from the configuration, tokens of an old format sealed again
 * (before anything reads one), then the web app and the workers as asked.
 */
export async function startSafeIntro(config: ServerConfig, options: StartOptions): Promise<RunningSafeIntro> {
  const services = createServices(config, options);
  let server: Server | null = null;
  let smtp: SmtpListener | null = null;
  let running: RunningWorkers | null = null;
  const stop = async () => {
    if (smtp) await smtp.close();
    if (server) await closeServer(server);
    if (running) await running.stop(options.shutdownDeadlineMs ?? SHUTDOWN_DEADLINE_MS);
    await services.close();
  };
  try {
    const { resealed, unreadable } = await resealUnboundTokens(services.prisma, services.cipher);
    if (resealed > 0) services.logger.info({ resealed }, "refresh tokens sealed again, bound to their rows");
    if (unreadable.length > 0)
      services.logger.warn(
        { accounts: unreadable },
        "refresh tokens that do not open with the configured keys, left as they are: those connectors must sign in again",
      );
    // The email templates are compiled once, here: a broken one stops the start, not a send.
    const optin = services.optinFor(await createEmailRenderer());
    let url: string | null = null;
    if (options.web) ({ server, url } = await startWebServer(services, optin, options.web.port, options.web.host));
    smtp = await startInboundSmtp(services, options);
    if (options.workers) running = startWorkers(services, optin, options);
    const workers: Worker[] = running?.workers ?? [];
    return { services, optin, url, smtp: smtp ? { host: smtp.host, port: smtp.port } : null, workers, stop };
  } catch (error) {
    // Also when the web app cannot start (port taken): open connections would keep the process alive.
    await stop().catch(() => undefined);
    throw error;
  }
}

/** The SMTP listener of the inbound addresses, when configured (README, "Forwarding requests"). */
async function startInboundSmtp(services: Services, options: StartOptions): Promise<SmtpListener | null> {
  const { config, inboundReceiver } = services;
  if (options.smtp === null || inboundReceiver === null) return null;
  const where =
    options.smtp ??
    (config.INBOUND_SMTP_PORT === undefined
      ? null
      : { port: config.INBOUND_SMTP_PORT, host: config.INBOUND_SMTP_HOST });
  if (where === null) return null;
  const tls =
    config.INBOUND_SMTP_TLS_KEY_FILE && config.INBOUND_SMTP_TLS_CERT_FILE
      ? { key: readFileSync(config.INBOUND_SMTP_TLS_KEY_FILE), cert: readFileSync(config.INBOUND_SMTP_TLS_CERT_FILE) }
      : undefined;
  return startSmtpListener({
    ...where,
    receiver: inboundReceiver,
    maxBytes: config.INBOUND_MAX_BYTES,
    resolver: services.dnsResolver,
    logger: services.logger,
    ...(tls ? { tls } : {}),
  });
}

async function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const grace = setTimeout(() => server.closeAllConnections(), WEB_GRACE_MS);
  await closed;
  clearTimeout(grace);
}
