import express, { type NextFunction, type Request, type Response } from "express";
import type { TokenCipher } from "../crypto/token-cipher.js";
import type { PrismaClient } from "../db/client.js";
import type { OAuthClient } from "../gmail/oauth-client.js";
import type { Logger } from "../logger.js";
import { QueueUnavailableError, type SyncJobs } from "../queue/sync-jobs.js";
import { AppError, STATUS_OF } from "./app-error.js";
import { problemPage } from "./pages.js";
import { pushRoute } from "./push-route.js";
import { type SessionSettings, loadSession } from "./sessions.js";
import { signInRoutes } from "./sign-in-routes.js";
import { statusRoutes } from "./status-routes.js";

export interface AppDeps {
  prisma: PrismaClient;
  cipher: TokenCipher;
  jobs: SyncJobs;
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
}

/** The web app: sign-in with Google, the connector's status page and actions, Gmail push. */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use((_request, response, next) => {
    response.set({
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' https://accounts.google.com; frame-ancestors 'none'; base-uri 'none'",
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    });
    next();
  });
  app.get("/healthz", (_request, response) => {
    response.json({ ok: true });
  });
  app.use(express.json({ limit: "64kb" }));
  app.use(express.urlencoded({ extended: false, limit: "16kb" }));
  app.use(pushRoute({ prisma: deps.prisma, jobs: deps.jobs, logger: deps.logger, ...deps.push }));
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
    }),
  );
  app.use(
    statusRoutes({
      prisma: deps.prisma,
      jobs: deps.jobs,
      sessions: deps.sessions,
      cipher: deps.cipher,
      revokeToken: deps.google.revokeToken,
      ...(deps.google.stopWatch ? { stopWatch: deps.google.stopWatch } : {}),
    }),
  );
  app.use((_request: Request, _response: Response, next: NextFunction) => next(new AppError("not_found", "There is no such page.")));
  app.use((error: unknown, request: Request, response: Response, _next: NextFunction) => {
    const known =
      error instanceof AppError
        ? error
        : error instanceof QueueUnavailableError
          ? new AppError("unavailable", "SafeIntro's job queue did not answer. Nothing was changed; try again in a minute.")
          : null;
    const status = known ? STATUS_OF[known.code] : isBadJson(error) ? 400 : 500;
    if (!known) deps.logger.error({ err: error, path: request.path }, "request failed");
    const message = known?.message ?? (status === 400 ? "The request could not be read." : "Something went wrong on our side. Try again in a moment.");
    if (request.path.startsWith("/gmail/") || request.accepts(["html", "json"]) === "json") {
      response.status(status).json({ error: message });
    } else {
      response.status(status).type("html").send(problemPage(status >= 500 ? "Something went wrong" : "That did not work", message, status));
    }
  });
  return app;
}

function isBadJson(error: unknown): boolean {
  return (error as { type?: string }).type === "entity.parse.failed";
}
