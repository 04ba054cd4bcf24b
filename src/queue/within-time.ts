export class QueueUnavailableError extends Error {
  override readonly name = "QueueUnavailableError";
}

/**
 * Every failure to reach the queue becomes one error, QueueUnavailableError, here and only
 * here: callers (the web app's error middleware answers 503) need not know Redis' errors.
 * BullMQ waits for Redis indefinitely; a web request must not, so one that Redis has not
 * answered in time fails too.
 */
export function withinTime<T>(operation: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new QueueUnavailableError(`the job queue did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  const failed = (error: unknown) => {
    throw error instanceof QueueUnavailableError
      ? error
      : new QueueUnavailableError(`the job queue failed: ${(error as Error).message}`, { cause: error });
  };
  return Promise.race([operation.catch(failed), timeout]).finally(() => clearTimeout(timer));
}
