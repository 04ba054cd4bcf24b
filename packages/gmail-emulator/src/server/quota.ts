export type QuotaDecision = { ok: true } | { ok: false; retryAt: number };

const WINDOW_MS = 1000;

/**
 * Gmail's per-user rate limit: at most `unitsPerSecond` quota units over any sliding
 * second. Each charged call is kept with its time so the window slides smoothly.
 */
export class QuotaLimiter {
  private readonly windows = new Map<string, { at: number; units: number }[]>();

  constructor(private readonly unitsPerSecond: number) {}

  take(user: string, units: number, now: number): QuotaDecision {
    const window = (this.windows.get(user) ?? []).filter((entry) => entry.at > now - WINDOW_MS);
    this.windows.set(user, window);
    const used = window.reduce((sum, entry) => sum + entry.units, 0);
    // A single call dearer than the whole budget still goes through on an idle window;
    // otherwise a small test quota would make watch (100 units) impossible forever.
    if (used + units <= this.unitsPerSecond || used === 0) {
      window.push({ at: now, units });
      return { ok: true };
    }
    let freed = used;
    for (const entry of window) {
      freed -= entry.units;
      if (freed + units <= this.unitsPerSecond) return { ok: false, retryAt: entry.at + WINDOW_MS };
    }
    return { ok: false, retryAt: now + WINDOW_MS };
  }

  clear(): void {
    this.windows.clear();
  }
}
