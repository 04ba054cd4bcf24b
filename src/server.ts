import type { Server } from "node:http";
import { confirmGoogleAccess } from "./accounts/index.js";
import { createApp, type InboundWebhookDeps } from "./http/index.js";
import { authenticateProviderDelivery, createReplayGuard, MAILGUN_SIGNATURE_MAX_AGE_MS } from "./inbound/index.js";
import { carryOutEffects, type OptInDeps } from "./optin/index.js";
import type { Services } from "./runtime/index.js";

/** Mailgun's raw-MIME webhook, when its signing key and the inbound domain are configured. */
function mailgunWebhook(services: Services): InboundWebhookDeps | undefined {
  const { config, inboundReceiver } = services;
  if (!config.MAILGUN_WEBHOOK_SIGNING_KEY || !inboundReceiver) return undefined;
  return {
    signingKey: config.MAILGUN_WEBHOOK_SIGNING_KEY,
    // Tokens are kept for twice the window a signature is good for, past and future.
    replayGuard: createReplayGuard(
      services.producerRedis,
      `${services.prefix}:mailgun-token:`,
      2 * MAILGUN_SIGNATURE_MAX_AGE_MS,
    ),
    receiver: inboundReceiver,
    authenticate: (raw, provider) => authenticateProviderDelivery(raw, provider, services.dnsResolver),
    maxBytes: config.INBOUND_MAX_BYTES,
    logger: services.logger,
  };
}

/** Starts the web app on the configured port (0: any free port). Resolves once it listens. */
export async function startWebServer(
  services: Services,
  optin: OptInDeps,
  port = services.config.PORT,
  host = "0.0.0.0",
): Promise<{ server: Server; url: string }> {
  const { config } = services;
  const webhook = mailgunWebhook(services);
  const app = createApp({
    prisma: services.prisma,
    cipher: services.cipher,
    jobs: services.jobs,
    analysis: services.analysis,
    logger: services.logger,
    sessions: {
      // Secure cookies need HTTPS; plain-HTTP development on localhost is the one exception.
      secure: config.NODE_ENV === "production" || config.PUBLIC_URL.startsWith("https:"),
      ttlMs: config.SESSION_TTL_HOURS * 60 * 60 * 1000,
      confirmGoogleAccess: (connectorId) => confirmGoogleAccess(services.prisma, services.accessTokens, connectorId),
    },
    google: {
      clientId: config.GOOGLE_CLIENT_ID,
      oauthClient: services.oauthClient,
      revokeToken: services.revokeToken,
      stopWatch: (accountId) => services.mailboxFor(accountId).stop(),
    },
    // A target's answer writes its state, event and protection; the outbox rows and timers it
    // calls for plug in here (carryOutEffects) once the flow writes them.
    // What a target's answer sets off: the introduction as an outbox row, the timers.
    links: { carryOutEffects: (tx, request, effects) => carryOutEffects(optin, tx, request, effects) },
    optin,
    rateLimits: { redis: services.producerRedis, prefix: services.prefix },
    trustProxy: config.TRUST_PROXY,
    push: {
      verifyBearer: services.verifyPushBearer,
      ...(config.PUSH_VERIFICATION_TOKEN ? { verificationToken: config.PUSH_VERIFICATION_TOKEN } : {}),
    },
    forwarding: { plusAddressTag: config.PLUS_ADDRESS_TAG, inboundDomain: config.INBOUND_DOMAIN ?? null },
    llmJudge: services.llmJudge ? { host: new URL(services.llmJudge.url).host, model: services.llmJudge.model } : null,
    ...(webhook ? { inboundWebhook: webhook } : {}),
  });
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      resolve({ server, url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${actualPort}` });
    });
  });
}
