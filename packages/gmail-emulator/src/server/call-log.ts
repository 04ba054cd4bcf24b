/** One call the emulator answered: an HTTP request, or one call inside a batch. */
export interface CallRecord {
  /** ms since epoch, from the emulator's clock. */
  at: number;
  method: string;
  /** Path without the query string. */
  path: string;
  /** The mailbox owner the call acted for, when known. */
  user: string | null;
  /** Gmail quota units charged (0 for OAuth calls and the batch envelope). */
  units: number;
  status: number;
  /** True for a call inside a batch request. */
  batch: boolean;
}

/** Every call, in order; what benchmarks read to count requests and quota. */
export class CallLog {
  readonly records: CallRecord[] = [];

  add(record: CallRecord): void {
    this.records.push(record);
  }

  /** Quota units charged, for one user or for all. */
  unitsUsed(user?: string): number {
    return this.records
      .filter((record) => user === undefined || record.user === user.toLowerCase())
      .reduce((sum, record) => sum + record.units, 0);
  }

  /** Outer HTTP requests (a batch counts once, however many calls it carries). */
  httpRequests(): number {
    return this.records.filter((record) => !record.batch).length;
  }

  clear(): void {
    this.records.length = 0;
  }
}
