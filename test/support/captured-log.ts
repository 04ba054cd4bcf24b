import { pino } from "pino";
import type { Logger } from "../../src/logger.js";

/** One line the product logged, as pino writes it. */
export interface LogEntry {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export const LEVEL = { info: 30, warn: 40, error: 50 } as const;

/** A logger that keeps what it is given, for tests that check what the team would be told. */
export function capturedLog(): { logger: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const logger = pino(
    { level: "debug" },
    {
      write(line: string) {
        entries.push(JSON.parse(line) as LogEntry);
      },
    },
  );
  return { logger, entries };
}
