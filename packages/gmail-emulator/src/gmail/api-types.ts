/**
 * The emulator's Gmail API speaks in these plain objects so one handler serves both an
 * outer HTTP request and a call inside a batch (which never touches Express).
 */
export interface ApiRequest {
  method: string;
  /** Path without the query, e.g. "/gmail/v1/users/me/messages/18c…". */
  path: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  /** Parsed JSON body, or undefined. */
  body: unknown;
  /** When the quota is charged, if not now: a batch's calls are all charged at its arrival. */
  chargedAt?: number;
}

export interface ApiResponse {
  status: number;
  /** JSON body; undefined for an empty body (204). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** What the dispatcher learnt about a call, for the call log. */
export interface ApiOutcome {
  response: ApiResponse;
  user: string | null;
  units: number;
}

/** Thrown by handlers to answer with a Google error; the dispatcher turns it into the response. */
export class ApiError extends Error {
  constructor(readonly response: ApiResponse) {
    super(`Gmail emulator error ${response.status}`);
  }
}
