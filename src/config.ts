import { z } from "zod";

/** An unset variable and an empty one mean the same thing: use the default. */
const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

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

const BYTES_MESSAGE = "must be a whole number of bytes greater than 0";

export const ConfigSchema = z.object({
  NODE_ENV: z.preprocess(
    emptyAsUnset,
    z.enum(["development", "test", "production"]).default("development"),
  ),
  LOG_LEVEL: z.preprocess(
    emptyAsUnset,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  /** Optional: without it, commands that need PostgreSQL say so. */
  DATABASE_URL: urlWithProtocols(["postgres:", "postgresql:"], "postgresql://user:pass@host:5432/db"),
  /** Optional: without it, commands that need BullMQ say so. */
  REDIS_URL: urlWithProtocols(["redis:", "rediss:"], "redis://host:6379"),
  /** The largest raw message (bytes) SafeIntro will analyse; 25 MiB, Gmail's own limit. */
  MAX_MESSAGE_BYTES: z.preprocess(
    emptyAsUnset,
    z.coerce
      .number({ error: BYTES_MESSAGE })
      .int({ error: BYTES_MESSAGE })
      .positive({ error: BYTES_MESSAGE })
      .default(26_214_400),
  ),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Thrown by loadConfig; the message has one line per bad variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
}

/** Parses and validates the environment once, at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join(".") || "(environment)";
    const raw = env[variable];
    // URLs may carry passwords: never echo them.
    const shown = raw === undefined || variable.endsWith("_URL") ? "" : ` (got ${JSON.stringify(raw)})`;
    return `${variable}: ${issue.message}${shown}`;
  });
  throw new ConfigError(problems);
}
