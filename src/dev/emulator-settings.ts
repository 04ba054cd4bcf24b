import { randomBytes } from "node:crypto";

export interface EmulatorSettingsInput {
  /** The emulator's base URL: every Google endpoint sits under it. */
  googleBaseUrl: string;
  /** The OAuth client the emulator accepts. */
  client: { id: string; secret: string };
  databaseUrl: string;
  redisUrl: string;
  redisKeyPrefix?: string;
  /** The web app's port, when it runs: PUBLIC_URL (and so the OAuth redirect URI) names it. */
  port?: number;
}

/**
 * The settings that run SafeIntro against a local Gmail emulator, with a fresh encryption
 * key of their own. Shared by the demo, the test harness and the sync benchmark; callers
 * add what differs (log level, polling, push).
 */
export function emulatorSettings(input: EmulatorSettingsInput): Record<string, string> {
  return {
    DATABASE_URL: input.databaseUrl,
    REDIS_URL: input.redisUrl,
    ...(input.redisKeyPrefix ? { REDIS_KEY_PREFIX: input.redisKeyPrefix } : {}),
    GOOGLE_CLIENT_ID: input.client.id,
    GOOGLE_CLIENT_SECRET: input.client.secret,
    GOOGLE_BASE_URL: input.googleBaseUrl,
    TOKEN_ENCRYPTION_KEYS: `v1:${randomBytes(32).toString("base64")}`,
    ...(input.port ? { PORT: String(input.port), PUBLIC_URL: `http://127.0.0.1:${input.port}` } : {}),
  };
}
