import type { EmulatorState } from "../server/state.js";
import { ApiError, type ApiOutcome, type ApiRequest } from "./api-types.js";
import { delegationDenied, insufficientScopes, notFound, rateLimitExceeded, unauthenticated } from "./google-errors.js";
import { metadataScopeRefusal } from "./metadata-scope.js";
import { safeDecode } from "./query-params.js";
import { matchGmailRoute } from "./routes.js";

const USERS_PATH = /^\/gmail\/v1\/users\/([^/]+)(\/.*)?$/;

/**
 * One Gmail API call, outer or inside a batch, in Google's order of checks: the route,
 * the bearer token (401), the userId (403), the token's scopes (403, and what the metadata
 * scope may not do), the user's quota (429), then the handler.
 */
export async function dispatchGmail(state: EmulatorState, request: ApiRequest): Promise<ApiOutcome> {
  const users = USERS_PATH.exec(request.path);
  const route = users ? matchGmailRoute(request.method, users[2] ?? "") : undefined;
  if (!users || !route) return { response: notFound(), user: null, units: 0 };

  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
  const grant = bearer ? state.tokens.findAccess(bearer, state.now()) : undefined;
  if (!grant) return { response: unauthenticated(), user: null, units: 0 };
  const user = grant.user;

  const userId = safeDecode(users[1] ?? "");
  if (userId !== "me" && userId.toLowerCase() !== user) return { response: delegationDenied(userId), user, units: 0 };
  if (!route.scopes.some((scope) => grant.scopes.includes(scope))) {
    return { response: insufficientScopes(route.name, route.scopes), user, units: 0 };
  }
  const limited = metadataScopeRefusal(route.name, grant.scopes, request.query);
  if (limited) return { response: limited, user, units: 0 };

  const now = request.chargedAt ?? state.now();
  const decision = state.quota.take(user, route.units, now);
  if (!decision.ok) return { response: rateLimitExceeded(new Date(decision.retryAt)), user, units: 0 };

  try {
    const response = await route.handle({ state, mailbox: state.mailboxFor(user), params: route.params, request });
    return { response, user, units: route.units };
  } catch (error) {
    if (error instanceof ApiError) return { response: error.response, user, units: route.units };
    throw error;
  }
}
