import { type Request, type Response, Router } from "express";
import { readAccountStatus } from "../accounts/account-status.js";
import { disconnectConnector, type DisconnectDeps } from "../accounts/disconnect-connector.js";
import type { PrismaClient } from "../db/client.js";
import type { SyncJobs } from "../queue/sync-jobs.js";
import { AppError } from "./app-error.js";
import { requireCsrfToken, requireSignedIn } from "./csrf.js";
import { html, page } from "./html.js";
import { landingPage, statusPage } from "./pages.js";
import { type SessionSettings, endSession } from "./sessions.js";
import { SESSION_COOKIE, clearCookie } from "./cookies.js";

export interface StatusDeps extends DisconnectDeps {
  prisma: PrismaClient;
  jobs: SyncJobs;
  sessions: SessionSettings;
}

/**
 * The connector's own pages and actions. Everything is looked up from the session's
 * connector: no route takes an account or connector id, so one connector can never name
 * another's.
 */
export function statusRoutes(deps: StatusDeps): Router {
  const router = Router();

  router.get("/", async (request: Request, response: Response) => {
    if (!request.signedIn) {
      response.type("html").send(landingPage());
      return;
    }
    const status = await readAccountStatus(deps.prisma, request.signedIn.connectorId);
    if (!status) {
      await endSession(deps.prisma, request, response, deps.sessions);
      response.redirect(303, "/");
      return;
    }
    response.type("html").send(statusPage(status, request.signedIn.csrfToken, noticeOf(request)));
  });

  router.post("/sync", requireSignedIn, requireCsrfToken, async (request: Request, response: Response) => {
    const account = await accountOf(deps.prisma, request);
    if (account.status !== "active") throw new AppError("conflict", "Reconnect Gmail first: Google no longer accepts SafeIntro's access.");
    try {
      await deps.jobs.requestSync(account.id, "manual");
      // Also repairs the schedule if queueing failed when the account was connected.
      await deps.jobs.startSchedules(account.id);
    } catch {
      throw new AppError("unavailable", "SafeIntro's job queue did not answer. Nothing was lost; try again in a minute.");
    }
    await deps.prisma.googleAccount.update({ where: { id: account.id }, data: { lastSyncError: null } });
    response.redirect(303, "/?notice=sync");
  });

  router.post("/signout", requireSignedIn, requireCsrfToken, async (request: Request, response: Response) => {
    await endSession(deps.prisma, request, response, deps.sessions);
    response.redirect(303, "/");
  });

  router.post("/disconnect", requireSignedIn, requireCsrfToken, async (request: Request, response: Response) => {
    const result = await disconnectConnector(deps, request.signedIn?.connectorId ?? "");
    clearCookie(response, deps.sessions, SESSION_COOKIE);
    response.type("html").send(
      page(
        "Disconnected",
        html`<h1>Disconnected</h1>
<p>SafeIntro deleted everything it stored for you.</p>
<p>${result.revoked ? "Google confirmed that SafeIntro's access is revoked." : html`Google could not confirm the revocation just now. To be sure, remove SafeIntro at <a href="https://myaccount.google.com/permissions">your Google account's third-party access page</a>.`}</p>
<p><a href="/">Back to SafeIntro</a></p>`,
      ),
    );
  });

  return router;
}

async function accountOf(prisma: PrismaClient, request: Request) {
  const account = await prisma.googleAccount.findUnique({ where: { connectorId: request.signedIn?.connectorId ?? "" } });
  if (!account) throw new AppError("not_found", "No Gmail account is connected.");
  return account;
}

function noticeOf(request: Request): string | undefined {
  return request.query.notice === "sync" ? "A sync is on its way; reload in a moment." : undefined;
}
