import express, { type Request, type Response, type Router } from "express";
import type { EmulatorState } from "../server/state.js";
import { basicCredentials, noteCall, rawQuery, stringFields } from "../server/request-helpers.js";
import type { AuthorizeOutcome, Authorizer } from "./authorizer.js";
import { renderConsentPage, renderErrorPage } from "./consent-page.js";
import { exchangeToken } from "./token-endpoint.js";

/** Google's OAuth endpoints on Google's paths: authorize (+ consent form), token, revoke, certs. */
export function oauthRouter(state: EmulatorState, authorizer: Authorizer): Router {
  const router = express.Router();
  const form = express.urlencoded({ extended: false });

  router.get("/o/oauth2/v2/auth", (request, response) => {
    sendAuthorizeOutcome(state, authorizer.begin(rawQuery(request)), response);
  });

  router.post("/o/oauth2/v2/auth/consent", form, (request, response) => {
    const fields = stringFields(request.body);
    // A form sends each ticked checkbox, and nothing for an unticked one: no field is none ticked.
    const ticked = listField(request.body, "scope");
    const outcome = authorizer.decide(fields.consent_id ?? "", fields.account, fields.decision === "allow", ticked);
    sendAuthorizeOutcome(state, outcome, response);
  });

  router.post("/token", form, (request, response) => {
    const reply = exchangeToken(state, stringFields(request.body), basicCredentials(request));
    noteCall(response, reply.user, 0);
    response
      .status(reply.status)
      .set({ "Cache-Control": "no-cache, no-store, max-age=0, must-revalidate", Pragma: "no-cache" });
    response.json(reply.body);
  });

  const revoke = (request: Request, response: Response): void => {
    const token = rawQuery(request).get("token") ?? stringFields(request.body).token;
    if (token && state.tokens.revoke(token)) {
      response.status(200).json({});
    } else {
      response.status(400).json({ error: "invalid_token", error_description: "Token expired or revoked" });
    }
  };
  router.post("/revoke", form, revoke);
  router.get("/revoke", revoke);

  // Google's signing keys: PEM certificates (what google-auth-library fetches in Node) and JWKs.
  router.get("/oauth2/v1/certs", (_request, response) => {
    response.set("Cache-Control", "public, max-age=3600").json({ [state.key.kid]: state.key.certificatePem });
  });
  router.get("/oauth2/v3/certs", (_request, response) => {
    response.set("Cache-Control", "public, max-age=3600").json({ keys: [state.key.jwk()] });
  });
  return router;
}

/** Every value of a repeated form field (urlencoded gives one value as a string, several as an array). */
function listField(body: unknown, name: string): string[] {
  const value: unknown =
    typeof body === "object" && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function sendAuthorizeOutcome(state: EmulatorState, outcome: AuthorizeOutcome, response: Response): void {
  switch (outcome.kind) {
    case "error":
      response
        .status(outcome.status)
        .type("html")
        .send(renderErrorPage(outcome.status, outcome.error, outcome.description));
      return;
    case "redirect":
      response.redirect(302, outcome.location);
      return;
    case "consent": {
      const accounts = state.users();
      const hint = outcome.loginHint;
      if (hint && !accounts.includes(hint)) accounts.unshift(hint);
      const appName = state.client.appName;
      response
        .status(200)
        .type("html")
        .set("Cache-Control", "no-store")
        .send(
          renderConsentPage({
            appName,
            consentId: outcome.consentId,
            scopes: outcome.scopes,
            accounts,
            selected: hint,
            // Relative, so the form still works when the emulator sits behind a path prefix.
            action: "auth/consent",
          }),
        );
      return;
    }
  }
}
