import type { EmulatorState } from "../server/state.js";
import { faultResponse } from "../server/fault-response.js";
import { sleep } from "../server/faults.js";
import type { ApiResponse } from "./api-types.js";
import { type ConcurrentCalls, concurrentCallsOf, tooManyConcurrentRequests } from "./batch-concurrency.js";
import { type BatchPart, MAX_BATCH_PARTS, formatBatchResponse, parseBatchBody } from "./batch-multipart.js";
import { dispatchGmail } from "./dispatch.js";
import { badRequest, invalidArgument } from "./google-errors.js";

/** The whole batch failed (not one part): answered as a plain JSON error. */
export interface BatchRejection {
  rejected: ApiResponse;
}

/**
 * POST /batch/gmail/v1: runs each inner call in order through the same dispatcher as
 * outer calls (own quota units, own faults, own call-log entry), then answers multipart.
 * Calls beyond the user's limit on calls at once (batch-concurrency.ts) are not run: they
 * are answered 429 "Too many concurrent requests for user.", uncharged, as Google does.
 */
export async function runBatch(
  state: EmulatorState,
  body: string,
  boundary: string,
  outerAuthorization: string | undefined,
): Promise<{ boundary: string; body: string } | BatchRejection> {
  const parts = parseBatchBody(body, boundary);
  if (parts.length === 0) return { rejected: badRequest("Batch request contains no requests") };
  if (parts.length > MAX_BATCH_PARTS) {
    return { rejected: badRequest(`Too many requests in batch: ${parts.length} (the limit is ${MAX_BATCH_PARTS})`) };
  }
  const answers: { contentId: string | undefined; response: ApiResponse }[] = [];
  // Google receives a batch whole and runs its calls side by side: every call is charged
  // to the quota at the batch's arrival, not one after another as this emulator runs them,
  // and every call takes its slot among the user's concurrent calls at arrival too.
  const arrivedAt = state.now();
  const concurrent = concurrentCallsOf(state);
  const slots = parts.map((part) =>
    "malformed" in part ? null : takeSlot(state, concurrent, part, outerAuthorization),
  );
  try {
    for (const [index, part] of parts.entries()) {
      const slot = slots[index];
      const response =
        "malformed" in part
          ? invalidArgument("Invalid batch part")
          : slot?.refused
            ? refuseConcurrent(state, part, slot.user, arrivedAt)
            : await runPart(state, part, outerAuthorization, arrivedAt);
      answers.push({ contentId: part.contentId, response });
    }
  } finally {
    for (const slot of slots) if (slot && !slot.refused) concurrent.release(slot.user);
  }
  return formatBatchResponse(answers);
}

/**
 * The slot of a call among its user's concurrent calls, taken in the batch's order. A call
 * whose token names no user takes none: it fails on its token anyway.
 */
function takeSlot(
  state: EmulatorState,
  concurrent: ConcurrentCalls,
  part: BatchPart,
  outerAuthorization: string | undefined,
): { user: string; refused: boolean } | null {
  const authorization = part.headers.authorization ?? outerAuthorization;
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  const user = bearer ? state.tokens.findAccess(bearer, state.now())?.user : undefined;
  if (!user) return null;
  return { user, refused: !concurrent.tryTake(user) };
}

/** A call beyond the limit: never run, so no fault is taken and no quota charged; logged like any call. */
function refuseConcurrent(state: EmulatorState, part: BatchPart, user: string, at: number): ApiResponse {
  const response = tooManyConcurrentRequests();
  const path = new URL(part.target, "http://batch.invalid").pathname;
  state.calls.add({ at, method: part.method, path, user, units: 0, status: response.status, batch: true });
  return response;
}

async function runPart(
  state: EmulatorState,
  part: BatchPart,
  outerAuthorization: string | undefined,
  at: number,
): Promise<ApiResponse> {
  const url = new URL(part.target, "http://batch.invalid");
  const fault = state.faults.take(part.method, url.pathname);
  if (fault?.delayMs) await sleep(fault.delayMs);
  let outcome;
  if (fault?.status) {
    outcome = { response: faultResponse(fault, url.pathname), user: null, units: 0 };
  } else {
    outcome = await dispatchGmail(state, {
      method: part.method,
      path: url.pathname,
      query: url.searchParams,
      // An inner request without its own Authorization header uses the outer one.
      headers: { ...part.headers, authorization: part.headers.authorization ?? outerAuthorization },
      body: parseJson(part.body),
      chargedAt: at,
    });
  }
  state.calls.add({
    at,
    method: part.method,
    path: url.pathname,
    user: outcome.user,
    units: outcome.units,
    status: outcome.response.status,
    batch: true,
  });
  return outcome.response;
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
