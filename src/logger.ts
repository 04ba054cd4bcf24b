import { pino, type Logger } from "pino";

export type { Logger };

/**
 * The one logger. Secrets and message content must never reach it; the redaction list is
 * a second line of defence for fields that could carry them by mistake.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        "*.refreshToken",
        "*.accessToken",
        "*.access_token",
        "*.refresh_token",
        "*.code",
        "*.codeVerifier",
        "*.raw",
        "*.body",
        "*.authorization",
        "req.headers.authorization",
        "req.headers.cookie",
      ],
      censor: "[redacted]",
    },
  });
}
