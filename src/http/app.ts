import express, { type NextFunction, type Request, type Response } from "express";
import type { TokenCipher } from "../crypto/index.js";
import type { PrismaClient } from "../db/index.js";
import type { OAuthClient } from "../gmail/index.js";
import type { Logger } from "../logger.js";
import type { OptInDeps } from "../optin/index.js";
import { type AnalysisJobs, QueueUnavailableError, type SyncJobs } from "../queue/index.js";
import { AppError, STATUS_OF } from "./app-error.js";
import { bodyProblem, logLevelOf } from "./body-errors.js";
import { problemPage } from "./pages.js";
import { copyButtonScript } from "./copy-button-script.js";
import { type InboundWebhookDeps, inboundWebhookRouter } from "./inbound-webhook-route.js";
import { pushRoute } from "./push-route.js";
import { type LinkRoutesDeps, linkRoutes } from "./link-routes.js";
import { createRateLimits, RateLimited, type RateLimitStore } from "./rate-limits.js";
import { requestActionRoutes } from "./request-action-routes.js";
import { requestRoutes } from "./request-routes.js";
import { securityHeaders } from "./security-headers.js";
import { type SessionSettings, loadSession } from "./sessions.js";
import { signInRoutes } from "./sign-in-routes.js";
import { statusRoutes } from "./status-routes.js";
import type { LlmJudgeShown } from "./llm-judge-section.js";

export interface AppDeps {
  prisma: PrismaClient;
  cipher: TokenCipher;
  jobs: SyncJobs;
  /** Re-analysis of a request, after the connector protects its target or stops. */
  analysis: AnalysisJobs;
  logger: Logger;
  sessions: SessionSettings;
  google: {
    clientId: string;
    oauthClient: () => OAuthClient;
    revokeToken: (token: string) => Promise<boolean>;
    stopWatch?: (accountId: string) => Promise<void>;
  };
  push: {
    verifyBearer: ((token: string) => Promise<boolean>) | null;
    verificationToken?: string;
  };
  /**
   * Redis for the rate limits, so that they hold across web processes. Without it each
   * process counts on its own (see rate-limits.ts).
   */
  rateLimits?: RateLimitStore;
  /** The links in emails (/l/…): what an answer sets going besides its state (outbox, timers). */
  links?: Omit<LinkRoutesDeps, "prisma" | "logger">;
  /**
   * The double opt-in: the connector's actions on a request (ask the target, ask for details,
   * decline, snooze; request-action-routes.ts). Without it the request page offers none and
   * /requests/:id/act/… answer 404.
   */
  optin?: OptInDeps;
  /** Proxies believed about the client's address (TRUST_PROXY); "loopback" when unset. */
  trustProxy?: string;
  /** The forwarding addresses the status page shows (PLUS_ADDRESS_TAG, INBOUND_DOMAIN). */
  forwarding?: { plusAddressTag: string; inboundDomain: string | null };
  /** The LLM judge the deployment configured (LLM_JUDGE_URL); none when unset. */
  llmJudge?: LlmJudgeShown | null;
  /** Mailgun's raw-MIME webhook for the inbound addresses; without it, the route is not there. */
  inboundWebhook?: InboundWebhookDeps;
}

/** Express takes a number of hops as a number, and a list of names and ranges as a string. */
function trustProxyValue(setting: string): string | number {
  return /^\d+$/.test(setting) ? Number(setting) : setting;
}

/** The web app: sign-in with Google, the connector's status page and actions, their requests, Gmail push. */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // Believed about the client's address (X-Forwarded-For, for the rate limits): see TRUST_PROXY.
  app.set("trust proxy", trustProxyValue(deps.trustProxy ?? "loopback"));
  // Secure cookies and HTTPS go together: both are off only in plain-HTTP development.
  app.use(securityHeaders({ https: deps.sessions.secure }));
  app.get("/healthz", (_request, response) => {
    response.json({ ok: true });
  });
  app.use(copyButtonScript());
  // Before the body parsers and the session: the links parse and log on their own (without the token).
  app.use(linkRoutes({ prisma: deps.prisma, logger: deps.logger, ...deps.links }));
  // Reads its own bounded body (raw MIME posted by Mailgun); its signature is its credential.
  if (deps.inboundWebhook) app.use(inboundWebhookRouter(deps.inboundWebhook));
  app.use(express.json({ limit: "64kb" }));
  // An action's form carries the connector's wording (a note of 2,000 characters in any script): more room there.
  app.use("/requests", express.urlencoded({ extended: false, limit: "64kb" }));
  app.use(express.urlencoded({ extended: false, limit: "16kb" }));
  const rateLimits = createRateLimits(deps.rateLimits, deps.logger);
  app.use(pushRoute({ prisma: deps.prisma, jobs: deps.jobs, ...deps.push, rateLimit: rateLimits.push }));
  app.use(loadSession(deps.prisma, deps.sessions));
  app.use(
    signInRoutes({
      prisma: deps.prisma,
      cipher: deps.cipher,
      oauthClient: deps.google.oauthClient,
      clientId: deps.google.clientId,
      jobs: deps.jobs,
      sessions: deps.sessions,
      logger: deps.logger,
      rateLimit: rateLimits.signIn,
    }),
  );
  app.use(
    statusRoutes({
      prisma: deps.prisma,
      jobs: deps.jobs,
      sessions: deps.sessions,
      cipher: deps.cipher,
      forwarding: deps.forwarding ?? { plusAddressTag: "intros", inboundDomain: null },
      llmJudge: deps.llmJudge ?? null,
      revokeToken: deps.google.revokeToken,
      ...(deps.google.stopWatch ? { stopWatch: deps.google.stopWatch } : {}),
    }),
  );
  app.use(requestRoutes({ prisma: deps.prisma, analysis: deps.analysis, actions: deps.optin !== undefined }));
  if (deps.optin) app.use(requestActionRoutes({ prisma: deps.prisma, optin: deps.optin }));
  app.use((_request: Request, _response: Response, next: NextFunction) =>
    next(new AppError("not_found", "There is no such page.")),
  );
  app.use((error: unknown, request: Request, response: Response, _next: NextFunction) => {
    const { status, message, headers } = answerTo(error, request, deps.logger);
    if (headers) response.set(headers);
    if (request.path.startsWith("/gmail/") || request.accepts(["html", "json"]) === "json") {
      response.status(status).json({ error: message });
    } else {
      response
        .status(status)
        .type("html")
        .send(problemPage(status >= 500 ? "Something went wrong" : "That did not work", message, status));
    }
  });
  return app;
}

/**
 * The status and plain message for an error. Errors the app expects (its own, a refused
 * body, a rate limit, an unreachable queue) are answered as they are; anything else is a
 * failure of SafeIntro, logged with its stack.
 */
function answerTo(
  error: unknown,
  request: Request,
  logger: Logger,
): { status: number; message: string; headers?: Record<string, string> } {
  if (error instanceof AppError) return { status: STATUS_OF[error.code], message: error.message };
  if (error instanceof QueueUnavailableError) {
    // Pub/Sub delivers a push again on a 503, and a person is told to try again: nothing is lost.
    logger.warn({ path: request.path, error: error.message }, "job queue unavailable");
    return {
      status: STATUS_OF.unavailable,
      message: "SafeIntro's job queue did not answer. Nothing was changed; try again in a minute.",
    };
  }
  if (error instanceof RateLimited)
    return { status: 429, message: error.message, headers: { "Retry-After": String(error.retryAfterSeconds) } };
  const refused = bodyProblem(error);
  if (refused) {
    logger[logLevelOf(refused)](
      { path: request.path, type: refused.type, status: refused.status },
      "request body refused",
    );
    return { status: refused.status, message: refused.message };
  }
  logger.error({ err: error, path: request.path }, "request failed");
  return { status: 500, message: "Something went wrong on our side. Try again in a moment." };
}
