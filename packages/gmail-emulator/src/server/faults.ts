/** A failure to answer instead of the real response, for the next matching calls. */
export interface FaultSpec {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** A RegExp tested on the path, or a string the path must contain (any when absent). */
  path?: RegExp | string;
  /** Status to answer; without one the fault only delays the call. */
  status?: number;
  /** How many calls it hits (default 1; Infinity for all). */
  times?: number;
  /** JSON body; default: Google's error body for the status. */
  body?: unknown;
  /** Sets a Retry-After header. */
  retryAfterSeconds?: number;
  /** Waits this long before answering (or before the real handling, without a status). */
  delayMs?: number;
}

interface ArmedFault {
  spec: FaultSpec;
  remaining: number;
}

/** Injected faults, consumed in the order they were added. */
export class FaultRegistry {
  private faults: ArmedFault[] = [];

  add(spec: FaultSpec): void {
    this.faults.push({ spec, remaining: spec.times ?? 1 });
  }

  /** The first fault matching this call, counting one use of it. */
  take(method: string, path: string): FaultSpec | undefined {
    const armed = this.faults.find((fault) => fault.remaining > 0 && matches(fault.spec, method, path));
    if (!armed) return undefined;
    armed.remaining -= 1;
    this.faults = this.faults.filter((fault) => fault.remaining > 0);
    return armed.spec;
  }

  pending(): number {
    return this.faults.length;
  }

  clear(): void {
    this.faults = [];
  }
}

function matches(spec: FaultSpec, method: string, path: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method.toUpperCase()) return false;
  if (spec.path === undefined) return true;
  if (typeof spec.path === "string") return path.includes(spec.path);
  spec.path.lastIndex = 0; // a /g RegExp would otherwise match every other call
  return spec.path.test(path);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
