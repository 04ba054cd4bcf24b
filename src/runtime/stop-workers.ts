import type { Worker } from "bullmq";
import type { Logger } from "../logger.js";

/** What stop() waits for the jobs under way, at most, unless told otherwise. */
export const SHUTDOWN_DEADLINE_MS = 30_000;

/**
 * Stops the workers within `deadlineMs`. No new job is taken, and the syncs under way are
 * asked to stop (their abort signal): each stops between chunks, its place saved, and goes
 * back to the queue. Whatever has not finished by the deadline (a call that hangs) is cut
 * off: the workers' connections are closed, and the job's lock runs out so that the next
 * worker takes it up again. A deploy or a restart never waits on a stuck call.
 */
export async function stopWorkers(
  workers: Worker[],
  alsoStopping: Array<Promise<void>>,
  deadlineMs: number,
  logger: Logger,
): Promise<void> {
  const closing = Promise.all([
    ...alsoStopping,
    ...workers.map((worker) => {
      const closed = worker.close(); // first: from now on no job is taken
      worker.cancelAllJobs("SafeIntro is shutting down");
      return closed;
    }),
  ]);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), deadlineMs);
  });
  const outcome = await Promise.race([closing.then(() => "stopped" as const), deadline]);
  clearTimeout(timer);
  if (outcome === "stopped") return;
  logger.error(
    { deadlineMs },
    "the workers did not stop in time: their connections are closed, and the next worker takes their jobs up again",
  );
  // close(true) cannot hurry a close already under way; cutting the connections does.
  await Promise.all(workers.map((worker) => worker.disconnect().catch(() => undefined)));
}
