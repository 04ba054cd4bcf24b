import { Redis } from "ioredis";
import { createAnalysisPool } from "../analysis/index.js";
import type { ServerConfig } from "../config.js";
import { createTokenCipher } from "../crypto/index.js";
import { createPrismaClient } from "../db/index.js";
import {
  createAccessTokens,
  googleEndpoints,
  createMailboxClient,
  createOAuthClient,
  revokeGoogleToken,
  createPushTokenVerifier,
  createQuotaLimiter,
} from "../gmail/index.js";
import {
  createInboundReceiver,
  createStaticResolver,
  readDnsRecordsFile,
  systemDnsResolver,
} from "../inbound/index.js";
import { createLogger, type Logger } from "../logger.js";
import { messageIdDomainOf } from "../outbox/index.js";
import {
  createAnalysisJobs,
  createInboundJobs,
  createSendJobs,
  createSyncJobs,
  createTimerJobs,
  quietErrorLog,
} from "../queue/index.js";
import type { EmailRenderer } from "../email/index.js";
import type { OptInDeps } from "../optin/index.js";
import { quotaWaitOrHandBack } from "./quota-waits.js";
import { createLlmJudge, withLlmJudge } from "../llm-judge/index.js";
import { llmJudgeOf } from "../llm-judge-config.js";

export interface RuntimeOptions {
  /** Key prefix for BullMQ and the quota limiter (tests give each run its own). */
  redisPrefix?: string;
  logger?: Logger;
}

/**
 * The composition root: every long-lived part of the web app and the workers, built once
 * from the checked configuration. `close()` releases them in reverse order.
 */
export function createServices(config: ServerConfig, options: RuntimeOptions = {}) {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const prefix = options.redisPrefix ?? config.REDIS_KEY_PREFIX;
  const prisma = createPrismaClient(config.DATABASE_URL);
  // BullMQ needs maxRetriesPerRequest: null so blocking commands survive reconnects.
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
  // ioredis reconnects by itself; without a listener each failed attempt would print a stack trace.
  redis.on("error", quietErrorLog(logger, "Redis connection error"));
  const cipher = createTokenCipher(config.TOKEN_ENCRYPTION_KEYS);
  const endpoints = googleEndpoints(config.GOOGLE_BASE_URL);
  const oauthSettings = {
    clientId: config.GOOGLE_CLIENT_ID,
    clientSecret: config.GOOGLE_CLIENT_SECRET,
    redirectUri: new URL("/auth/google/callback", config.PUBLIC_URL).toString(),
    endpoints,
  };
  const oauthClient = () => createOAuthClient(oauthSettings);
  const accessTokens = createAccessTokens({ prisma, cipher, oauthClient });
  const limiter = createQuotaLimiter(redis, {
    keyPrefix: `${prefix}:quota`,
    unitsPerSecond: config.GMAIL_QUOTA_UNITS_PER_SECOND,
    // 3% more than Google's second: absorbs network jitter between us and Gmail (Google's own
    // limit is a moving average that allows short bursts). At 5% (1050 ms) a full sync could
    // not use more than 0.91 of the quota, and measured 0.89–0.91; at 3%, 0.92, with no
    // more 429s than before (npm run bench -- sync).
    windowMs: 1030,
    // A long pause (after a 429) is waited out in the queue, never by a sleeping worker.
    sleep: quotaWaitOrHandBack,
  });
  // The web app only adds jobs: with no offline queue, an unreachable Redis fails the request at
  // once (503, and Pub/Sub delivers again) instead of leaving it hanging.
  const producerRedis = new Redis(config.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  producerRedis.on("error", quietErrorLog(logger, "Redis connection error (producer)"));
  const jobs = createSyncJobs({
    connection: producerRedis,
    prefix,
    pollIntervalMs: config.POLL_INTERVAL_SECONDS * 1000,
    safetyPollMs: config.SAFETY_POLL_MINUTES * 60 * 1000,
    onError: quietErrorLog(logger, "job queue error"),
    ...(config.GMAIL_PUSH_TOPIC ? { pushTopic: config.GMAIL_PUSH_TOPIC } : {}),
  });
  const analysis = createAnalysisJobs({
    connection: producerRedis,
    prefix,
    onError: quietErrorLog(logger, "analysis queue error"),
  });
  // Emails from the connectors' Gmail, queued after the transaction that wrote their outbox row.
  const timers = createTimerJobs({
    connection: producerRedis,
    prefix,
    onError: quietErrorLog(logger, "timer queue error"),
  });
  const sends = createSendJobs({
    connection: producerRedis,
    prefix,
    onError: quietErrorLog(logger, "send queue error"),
  });
  const inbound = createInboundJobs({
    connection: producerRedis,
    prefix,
    onError: quietErrorLog(logger, "inbound queue error"),
  });
  // SPF, DKIM and DMARC of forwards: real DNS, or the demo's and the tests' own records.
  const dnsResolver = config.INBOUND_DNS_RECORDS_FILE
    ? createStaticResolver(readDnsRecordsFile(config.INBOUND_DNS_RECORDS_FILE))
    : systemDnsResolver;
  const inboundReceiver = config.INBOUND_DOMAIN
    ? createInboundReceiver({
        prisma,
        domain: config.INBOUND_DOMAIN,
        maxBytes: config.INBOUND_MAX_BYTES,
        queueProcessing: (id) => inbound.requestProcessing(id),
        logger,
      })
    : null;
  // Threads start only when a message is first judged: a web-only process never starts one.
  const pool = createAnalysisPool({
    timeLimitMs: config.ANALYSIS_TIME_LIMIT_MS,
    threads: config.ANALYSIS_THREADS,
    maxMessageBytes: config.MAX_MESSAGE_BYTES,
    logger,
  });
  // The optional LLM judge (LLM_JUDGE_URL): a second opinion for connectors who turn it on.
  const llmJudge = llmJudgeOf(config);
  const analyzer = llmJudge ? withLlmJudge(pool, createLlmJudge({ ...llmJudge, logger })) : pool;
  const mailboxFor = (accountId: string) =>
    // At most 48 calls a batch (240 units: room in each second for a list or history call); the
    // size adapts below it to Gmail's limit on calls at once.
    createMailboxClient({
      endpoints,
      getAccessToken: (tokenOptions) => accessTokens(accountId, tokenOptions),
      limiter,
      accountId,
      batchSize: 48,
      maxMessageBytes: config.MAX_MESSAGE_BYTES,
    });

  return {
    config,
    logger,
    prisma,
    redis,
    producerRedis,
    prefix,
    cipher,
    endpoints,
    oauthClient,
    accessTokens,
    jobs,
    analysis,
    sends,
    timers,
    inbound,
    dnsResolver,
    /** Where forwards to inbound addresses are handed (both routes); null without INBOUND_DOMAIN. */
    inboundReceiver,
    /** The double opt-in's parts, once the email templates are compiled (startSafeIntro does it). */
    optinFor(renderer: EmailRenderer): OptInDeps {
      return {
        prisma,
        renderer,
        sends,
        timers,
        analysis,
        publicUrl: config.PUBLIC_URL,
        messageIdDomain: messageIdDomainOf(config.PUBLIC_URL),
        linkTtlMs: config.ACTION_LINK_TTL_DAYS * 86_400_000,
        machine: { reminderAfterDays: config.TARGET_REMINDER_DAYS, expiryAfterDays: config.TARGET_EXPIRY_DAYS },
        logger,
      };
    },
    /** The domain of the Message-IDs SafeIntro's emails go out with (composeEmail). */
    messageIdDomain: messageIdDomainOf(config.PUBLIC_URL),
    analyzer,
    /** The LLM judge's settings (the status page names its host and model), or null when none is configured. */
    llmJudge,
    mailboxFor,
    revokeToken: (token: string) => revokeGoogleToken(oauthClient(), token),
    verifyPushBearer: createPushTokenVerifier({
      endpoints,
      ...(config.PUSH_AUDIENCE ? { audience: config.PUSH_AUDIENCE } : {}),
      ...(config.PUSH_SERVICE_ACCOUNT ? { serviceAccount: config.PUSH_SERVICE_ACCOUNT } : {}),
    }),
    async close() {
      await jobs.close();
      await analysis.close();
      await sends.close();
      await timers.close();
      await inbound.close();
      await analyzer.close();
      await prisma.$disconnect();
      producerRedis.disconnect();
      redis.disconnect();
    },
  };
}

export type Services = ReturnType<typeof createServices>;
