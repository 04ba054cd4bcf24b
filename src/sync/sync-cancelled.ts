/**
 * A sync stopped on request (its abort signal: SafeIntro is shutting down). It stops between
 * chunks, with what it fetched stored and a full sync's place saved, so the next run goes on
 * from there: the job is put back in the queue, not counted as a failure.
 */
export class SyncCancelledError extends Error {
  override readonly name = "SyncCancelledError";
}

/** Checked between chunks and pages: never in the middle of storing one. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SyncCancelledError("the sync was stopped between chunks; it goes on from there later");
}
