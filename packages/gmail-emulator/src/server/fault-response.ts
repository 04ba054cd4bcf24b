import type { ApiResponse } from "../gmail/api-types.js";
import { errorForStatus } from "../gmail/google-errors.js";
import type { FaultSpec } from "./faults.js";

const OAUTH_PATHS = ["/token", "/revoke"];

/**
 * The answer for an injected fault: its own body, or what Google would send for that
 * status (OAuth endpoints answer in OAuth's {error, error_description} form).
 */
export function faultResponse(fault: FaultSpec, path: string): ApiResponse {
  const status = fault.status ?? 500;
  const headers: Record<string, string> = {};
  if (fault.retryAfterSeconds !== undefined) headers["Retry-After"] = String(fault.retryAfterSeconds);
  const body = fault.body ?? (OAUTH_PATHS.includes(path) ? oauthErrorFor(status) : errorForStatus(status));
  return { status, body, headers };
}

function oauthErrorFor(status: number): { error: string; error_description: string } {
  if (status === 400) return { error: "invalid_grant", error_description: "Bad Request" };
  if (status === 401) return { error: "invalid_client", error_description: "Unauthorized" };
  return { error: "internal_failure", error_description: "Backend Error" };
}
