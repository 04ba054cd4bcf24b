import { z } from "zod";
import { emptyAsUnset, optionalText, positiveBytes } from "./config-fields.js";
import { inboundRules, inboundSettings } from "./inbound-config.js";
import { llmJudgeRules, llmJudgeSettings } from "./llm-judge-config.js";
import { type EncryptionKey, parseKeyRing } from "./config-keys.js";

/** A whole number of days from 1 to 60, `fallback` when unset. */
function wholeDays(fallback: number) {
  const error = "must be a whole number of days from 1 to 60";
  return z.preprocess(
    emptyAsUnset,
    z.coerce.number({ error }).int({ error }).min(1, { error }).max(60, { error }).default(fallback),
  );
}

const urlWithProtocols = (protocols: readonly string[], example: string) =>
  z.preprocess(
    emptyAsUnset,
    z
      .string()
      .refine((value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      }, `must be a URL like ${example}`)
      .optional(),
  );

const ConfigBase = z.object({
  NODE_ENV: z.preprocess(emptyAsUnset, z.enum(["development", "test", "production"]).default("development")),
  LOG_LEVEL: z.preprocess(
    emptyAsUnset,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  /** Optional: without it, commands that need PostgreSQL say so. */
  DATABASE_URL: urlWithProtocols(["postgres:", "postgresql:"], "postgresql://user:pass@host:5432/db"),
  /** Optional: without it, commands that need BullMQ say so. */
  REDIS_URL: urlWithProtocols(["redis:", "rediss:"], "redis://host:6379"),
  /** The largest raw message (bytes) SafeIntro will analyse; 25 MiB, Gmail's own limit. */
  MAX_MESSAGE_BYTES: positiveBytes(26_214_400),
  /**
   * How long the analysis of one message may take before it is given up and the message
   * skipped (recorded as seen, with the reason). Normal mail takes milliseconds.
   */
  ANALYSIS_TIME_LIMIT_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).default(10_000)),
  /** Worker threads that analyse messages, each one message at a time. */
  ANALYSIS_THREADS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(16).default(1)),

  /** Where the web app listens, and the address people and Google reach it at. */
  PORT: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(65_535).default(3000)),
  PUBLIC_URL: z.preprocess(
    emptyAsUnset,
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL like https://intros.example.com" })
      .default("http://localhost:3000"),
  ),
  /**
   * Which proxies in front of the web app are believed about the client's address
   * (X-Forwarded-For), which the rate limits count by: Express's "trust proxy" values,
   * comma-separated (loopback, linklocal, uniquelocal, addresses or CIDR ranges), or a number
   * of hops. With the compose file, a proxy on the host connects from the Docker network:
   * "loopback, uniquelocal".
   */
  TRUST_PROXY: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(
        /^(?:\d{1,2}|(?:loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(?:\/\d{1,3})?)(?:\s*,\s*(?:loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(?:\/\d{1,3})?))*)$/,
        {
          error: 'must be "loopback", "uniquelocal", addresses or CIDR ranges (comma-separated), or a number of hops',
        },
      )
      .default("loopback"),
  ),
  /** OAuth client of the Google Cloud project (web application type). */
  GOOGLE_CLIENT_ID: optionalText(),
  GOOGLE_CLIENT_SECRET: optionalText(),
  /**
   * One base URL for every Google endpoint (OAuth, Gmail, batch, certificates), for the
   * local Gmail emulator. Unset: Google's own hosts.
   */
  GOOGLE_BASE_URL: urlWithProtocols(["http:", "https:"], "http://127.0.0.1:8025"),
  /** In production GOOGLE_BASE_URL is refused unless this says "true": a staging deployment on the emulator. */
  ALLOW_GOOGLE_BASE_URL: z.preprocess(emptyAsUnset, z.enum(["true", "false"]).default("false")),
  /**
   * Keys for tokens at rest: "v2:<base64 32 bytes>,v1:<base64 32 bytes>". The first encrypts;
   * all decrypt, so a new key can be put first and the old one dropped once nothing uses it.
   */
  TOKEN_ENCRYPTION_KEYS: z.preprocess(emptyAsUnset, z.string().transform(parseKeyRing).optional()),
  /** How long a connector stays signed in. */
  SESSION_TTL_HOURS: z.preprocess(
    emptyAsUnset,
    z.coerce
      .number()
      .int()
      .positive()
      .default(24 * 14),
  ),
  /**
   * How long the links in SafeIntro's emails (Yes · No thanks · Not now · Please don't send me
   * requests) work, in days; each works once (docs/links.md).
   */
  ACTION_LINK_TTL_DAYS: z.preprocess(
    emptyAsUnset,
    z.coerce
      .number({ error: "must be a whole number of days from 1 to 90" })
      .int({ error: "must be a whole number of days from 1 to 90" })
      .min(1, { error: "must be a whole number of days from 1 to 90" })
      .max(90, { error: "must be a whole number of days from 1 to 90" })
      .default(14),
  ),
  /** Days after the target was asked before their one reminder, when they have not answered. */
  TARGET_REMINDER_DAYS: wholeDays(5),
  /** Days after the reminder before an unanswered request expires. */
  TARGET_EXPIRY_DAYS: wholeDays(5),
  /** Gmail push: the Pub/Sub topic for users.watch ("projects/P/topics/T"). Unset: polling. */
  GMAIL_PUSH_TOPIC: optionalText(),
  /** The audience and service account of the push subscription's OIDC tokens. */
  PUSH_AUDIENCE: optionalText(),
  PUSH_SERVICE_ACCOUNT: optionalText(),
  /** Fallback for push subscriptions without OIDC: a secret the endpoint URL carries (?token=). */
  PUSH_VERIFICATION_TOKEN: optionalText(),
  /**
   * Each mailbox's share of Gmail's per-user quota (250 units/s, a moving average). The
   * limiter counts it over 1.03 s, so that network jitter never tips Google's second over.
   */
  GMAIL_QUOTA_UNITS_PER_SECOND: z.preprocess(emptyAsUnset, z.coerce.number().int().min(10).max(250).default(250)),
  /** Namespace of SafeIntro's Redis keys (queues, quota), so several deployments can share a Redis. */
  REDIS_KEY_PREFIX: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^[\w:.-]{1,64}$/)
      .default("safeintro"),
  ),
  /**
   * How often each connected mailbox is polled when push is not configured, or while Gmail
   * refuses to start push for it.
   */
  POLL_INTERVAL_SECONDS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(5).default(60)),
  /**
   * With push: how often each mailbox is still checked (history.list, a normal incremental
   * sync), since Google may delay or drop notifications.
   */
  SAFETY_POLL_MINUTES: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(1440).default(60)),
  /**
   * The most emails SafeIntro sends from one connector's Gmail in any 24 hours; the next one
   * waits, and its request page says until when (docs/outbox.md). Gmail's own limits, which
   * count everything the account sends, are higher: about 500 a day for a consumer account
   * (less for a new one) and 2,000 for Google Workspace; going past them locks the account's
   * sending for up to a day.
   */
  SEND_DAILY_CAP: z.preprocess(
    emptyAsUnset,
    z.coerce
      .number({ error: "must be a whole number of emails from 1 to 2000" })
      .int({ error: "must be a whole number of emails from 1 to 2000" })
      .min(1, { error: "must be a whole number of emails from 1 to 2000" })
      .max(2000, { error: "must be a whole number of emails from 1 to 2000" })
      .default(100),
  ),
  ...inboundSettings,
  ...llmJudgeSettings,
});

export const ConfigSchema = ConfigBase.superRefine(pushRules)
  .superRefine(productionRules)
  .superRefine(inboundRules)
  .superRefine(llmJudgeRules);

export type Config = z.infer<typeof ConfigSchema>;

/**
 * Push half set up fails silently: with a topic, Gmail sends notifications that the endpoint
 * refuses (401) for want of a way to check them, and polling is off. And OIDC needs both
 * the audience and the service account: one alone checks nothing.
 */
function pushRules(config: z.infer<typeof ConfigBase>, context: z.RefinementCtx): void {
  const oidc = { PUSH_AUDIENCE: config.PUSH_AUDIENCE, PUSH_SERVICE_ACCOUNT: config.PUSH_SERVICE_ACCOUNT };
  const [lonely, missing] = oidc.PUSH_AUDIENCE
    ? ["PUSH_AUDIENCE", "PUSH_SERVICE_ACCOUNT"]
    : ["PUSH_SERVICE_ACCOUNT", "PUSH_AUDIENCE"];
  if (Boolean(oidc.PUSH_AUDIENCE) !== Boolean(oidc.PUSH_SERVICE_ACCOUNT)) {
    context.addIssue({
      code: "custom",
      path: [lonely],
      message: `needs ${missing} too: pushes are checked against both the push subscription's audience and its service account`,
    });
    return;
  }
  if (config.GMAIL_PUSH_TOPIC && !oidc.PUSH_AUDIENCE && !config.PUSH_VERIFICATION_TOKEN) {
    context.addIssue({
      code: "custom",
      path: ["GMAIL_PUSH_TOPIC"],
      message:
        "needs a way to check that pushes come from Google, or every push is refused: set PUSH_AUDIENCE and PUSH_SERVICE_ACCOUNT (the push subscription's authentication), or PUSH_VERIFICATION_TOKEN",
    });
  }
}

/**
 * What production must not run with, though development may: Google's traffic pointed at
 * another host, a public address without TLS (cookies and OAuth redirects in the clear).
 */
function productionRules(config: z.infer<typeof ConfigBase>, context: z.RefinementCtx): void {
  if (config.NODE_ENV !== "production") return;
  if (config.GOOGLE_BASE_URL && config.ALLOW_GOOGLE_BASE_URL !== "true") {
    context.addIssue({
      code: "custom",
      path: ["GOOGLE_BASE_URL"],
      message:
        "must be unset in production (it sends sign-ins and tokens to another host than Google); set ALLOW_GOOGLE_BASE_URL=true only for a staging deployment on the emulator",
    });
  }
  if (!config.PUBLIC_URL.startsWith("https://")) {
    context.addIssue({
      code: "custom",
      path: ["PUBLIC_URL"],
      message: "must be an https:// address in production (like https://intros.example.com)",
    });
  }
}

/** Thrown by loadConfig; the message has one line per bad variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
}

/** Settings the web app and the workers cannot run without; each missing one is named. */
export function requireServerSettings(config: Config) {
  const missing = (
    ["DATABASE_URL", "REDIS_URL", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET", "TOKEN_ENCRYPTION_KEYS"] as const
  ).filter((name) => config[name] === undefined);
  if (missing.length > 0)
    throw new ConfigError(missing.map((name) => `${name}: required to run the web app and workers`));
  return config as Config & {
    DATABASE_URL: string;
    REDIS_URL: string;
    GOOGLE_CLIENT_ID: string;
    GOOGLE_CLIENT_SECRET: string;
    TOKEN_ENCRYPTION_KEYS: EncryptionKey[];
  };
}

export type ServerConfig = ReturnType<typeof requireServerSettings>;

/** Parses and validates the environment once, at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join(".") || "(environment)";
    const raw = env[variable];
    // URLs may carry passwords, and keys, secrets and tokens are secrets: never echo them.
    const secret = /_URL$|KEY|SECRET|TOKEN/.test(variable);
    const shown = raw === undefined || secret ? "" : ` (got ${JSON.stringify(raw)})`;
    return `${variable}: ${issue.message}${shown}`;
  });
  throw new ConfigError(problems);
}
