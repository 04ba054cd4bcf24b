import { randomBytes } from "node:crypto";
import type { EmulatorState } from "../server/state.js";
import { isSignInScope, normalizeScopes } from "./scopes.js";
import type { AuthorizationRequest } from "./token-store.js";

export type AuthorizeOutcome =
  | { kind: "error"; status: number; error: string; description: string }
  | { kind: "redirect"; location: string }
  | { kind: "consent"; consentId: string; scopes: string[]; loginHint: string | undefined };

interface PendingConsent {
  request: AuthorizationRequest;
  loginHint: string | undefined;
  includeGrantedScopes: boolean;
  /** The app asked with prompt=consent: the one way to get a refresh token after the first consent. */
  promptConsent: boolean;
}

/**
 * Google's authorization endpoint without the HTML: checks the request as Google does,
 * then parks it until the user allows or cancels on the consent page.
 */
export class Authorizer {
  private readonly pending = new Map<string, PendingConsent>();

  constructor(private readonly state: EmulatorState) {}

  begin(params: URLSearchParams): AuthorizeOutcome {
    const get = (name: string): string | undefined => params.get(name) ?? undefined;
    const clientId = get("client_id");
    if (!clientId) return invalidRequest("Missing required parameter: client_id");
    const expected = this.state.client.clientId;
    if (expected !== undefined && clientId !== expected) {
      return { kind: "error", status: 401, error: "invalid_client", description: "The OAuth client was not found." };
    }
    const redirectUri = get("redirect_uri");
    if (!redirectUri) return invalidRequest("Missing required parameter: redirect_uri");
    if (!this.redirectAllowed(redirectUri)) {
      return {
        kind: "error",
        status: 400,
        error: "redirect_uri_mismatch",
        description: `You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy. redirect_uri=${redirectUri}`,
      };
    }
    const responseType = get("response_type");
    if (!responseType) return invalidRequest("Required parameter is missing: response_type");
    if (responseType !== "code") return invalidRequest(`Unsupported response_type: ${responseType}`);
    const scope = get("scope");
    if (!scope?.trim()) return invalidRequest("Missing required parameter: scope");
    const challenge = get("code_challenge");
    const method = get("code_challenge_method") ?? (challenge ? "plain" : undefined);
    if (method !== undefined && method !== "S256" && method !== "plain") {
      return invalidRequest("Invalid code_challenge_method value.");
    }
    if (method !== undefined && !challenge) return invalidRequest("Missing code_challenge.");
    if (challenge !== undefined && !/^[A-Za-z0-9._~-]{43,128}$/.test(challenge)) {
      return invalidRequest("Invalid code_challenge.");
    }
    const accessType = get("access_type") ?? "online";
    if (accessType !== "online" && accessType !== "offline")
      return invalidRequest(`Invalid access_type: ${accessType}`);

    const request: AuthorizationRequest = {
      clientId,
      redirectUri,
      scopes: normalizeScopes(scope),
      state: get("state"),
      codeChallenge: challenge,
      codeChallengeMethod: method,
      offline: accessType === "offline",
      nonce: get("nonce"),
    };
    const prompt = get("prompt")?.split(" ") ?? [];
    // No browser session here, so a silent request can never be answered silently.
    if (prompt.includes("none")) return redirect(request, { error: "interaction_required" });
    const consentId = randomBytes(16).toString("base64url");
    const loginHint = get("login_hint")?.toLowerCase();
    this.pending.set(consentId, {
      request,
      loginHint,
      includeGrantedScopes: get("include_granted_scopes") === "true",
      promptConsent: prompt.includes("consent"),
    });
    return { kind: "consent", consentId, scopes: request.scopes, loginHint };
  }

  /**
   * The consent page's answer: a redirect back to the app with a code, or access_denied.
   * `ticked` are the scopes the user left ticked (all of them when not given); sign-in
   * scopes have no checkbox and are always granted, as on Google's granular consent page.
   */
  decide(
    consentId: string,
    account: string | undefined,
    allow: boolean,
    ticked: readonly string[] | undefined = undefined,
  ): AuthorizeOutcome {
    const consent = this.pending.get(consentId);
    if (!consent) return invalidRequest("This sign-in request is unknown or was already answered.");
    this.pending.delete(consentId);
    const { request } = consent;
    if (!allow) return redirect(request, { error: "access_denied" });
    const user = (account ?? consent.loginHint ?? this.state.users()[0] ?? "").trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+$/.test(user)) return invalidRequest("Choose an account to continue.");
    const allowed = request.scopes.filter((scope) => isSignInScope(scope) || !ticked || ticked.includes(scope));
    if (allowed.length === 0) return redirect(request, { error: "access_denied" });
    this.state.mailboxFor(user);
    const earlier = this.state.tokens.grantedScopes(user, request.clientId);
    const scopes = consent.includeGrantedScopes ? [...new Set([...allowed, ...earlier])].sort() : allowed;
    const { first } = this.state.tokens.grants.consent(user, request.clientId, allowed);
    // As Google: a refresh token comes with the first consent of this user to this client,
    // or when the app asked with prompt=consent; any other sign-in gets an access token only.
    const withRefreshToken = request.offline && (first || consent.promptConsent);
    const approved = { ...request, scopes };
    const code = this.state.tokens.issueCode(user, approved, this.state.now(), withRefreshToken);
    return redirect(approved, { code, scope: scopes.join(" "), authuser: "0", prompt: "consent" });
  }

  /** Details of a parked request, for the consent page. */
  pendingConsent(consentId: string): PendingConsent | undefined {
    return this.pending.get(consentId);
  }

  clear(): void {
    this.pending.clear();
  }

  private redirectAllowed(redirectUri: string): boolean {
    const allowed = this.state.client.redirectUris;
    if (allowed) return allowed.includes(redirectUri);
    try {
      const url = new URL(redirectUri);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hash === "";
    } catch {
      return false;
    }
  }
}

function invalidRequest(description: string): AuthorizeOutcome {
  return { kind: "error", status: 400, error: "invalid_request", description };
}

function redirect(request: AuthorizationRequest, params: Record<string, string>): AuthorizeOutcome {
  const url = new URL(request.redirectUri);
  if (request.state !== undefined) url.searchParams.set("state", request.state);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return { kind: "redirect", location: url.toString() };
}
