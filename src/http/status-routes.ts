import { type Request, type Response, Router } from "express";
import {
  readAccountStatus,
  disconnectConnector,
  type DisconnectDeps,
  setLlmJudge,
  setReviewEmails,
} from "../accounts/index.js";
import type { PrismaClient } from "../db/index.js";
import { readForwardingStatus, rotateInboundAddress } from "../inbound/index.js";
import type { SyncJobs } from "../queue/index.js";
import { AppError } from "./app-error.js";
import { requireCsrfToken, requireSignedIn } from "./csrf.js";
import { disconnectConfirmPage, disconnectedPage } from "./disconnect-pages.js";
import { forwardingSection } from "./forwarding-section.js";
import { llmJudgeSection, type LlmJudgeShown } from "./llm-judge-section.js";
import { landingPage, statusPage } from "./pages.js";
import { type SessionSettings, endSession } from "./sessions.js";
import { SESSION_COOKIE, clearCookie } from "./cookies.js";

export interface StatusDeps extends DisconnectDeps {
  prisma: PrismaClient;
  jobs: SyncJobs;
  sessions: SessionSettings;
  /** The forwarding addresses the status page shows (PLUS_ADDRESS_TAG, INBOUND_DOMAIN). */
  forwarding: { plusAddressTag: string; inboundDomain: string | null };
  /** The LLM judge the deployment configured (LLM_JUDGE_URL), or null: the status page says which. */
  llmJudge: LlmJudgeShown | null;
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
      response.type("html").send(landingPage(landingNoticeOf(request)));
      return;
    }
    const status = await readAccountStatus(deps.prisma, request.signedIn.connectorId);
    if (!status) {
      await endSession(deps.prisma, request, response, deps.sessions);
      response.redirect(303, "/");
      return;
    }
    const forwarding = status.account
      ? forwardingSection(
          await readForwardingStatus(deps.prisma, request.signedIn.connectorId, deps.forwarding),
          request.signedIn.csrfToken,
        )
      : "";
    const judge = status.account
      ? llmJudgeSection(deps.llmJudge, status.account.llmJudge === true, request.signedIn.csrfToken)
      : "";
    response.type("html").send(statusPage(status, request.signedIn.csrfToken, noticeOf(request), forwarding, judge));
  });

  // A new inbound address; the old one is refused from now on (for one that leaked to spammers).
  router.post(
    "/settings/inbound-address/rotate",
    requireSignedIn,
    requireCsrfToken,
    async (request: Request, response: Response) => {
      const domain = deps.forwarding.inboundDomain;
      if (!domain) throw new AppError("not_found", "This SafeIntro has no inbound addresses.");
      await rotateInboundAddress(deps.prisma, request.signedIn?.connectorId ?? "", domain);
      response.redirect(303, "/?notice=inbound-address-replaced#forwarding");
    },
  );

  router.post("/sync", requireSignedIn, requireCsrfToken, async (request: Request, response: Response) => {
    const account = await accountOf(deps.prisma, request);
    if (account.status !== "active")
      throw new AppError("conflict", "Reconnect Gmail first: Google no longer accepts SafeIntro's access.");
    // Sync now is also "try again" after syncing stopped on a permanent failure. The stop and
    // the last problem are lifted first (the worker would skip the sync, or its own new words
    // be wiped), and put back if the queue cannot take it: the 503 page says nothing changed.
    const before = { syncStoppedAt: account.syncStoppedAt, lastSyncError: account.lastSyncError };
    await deps.prisma.googleAccount.update({
      where: { id: account.id },
      data: { syncStoppedAt: null, lastSyncError: null },
    });
    try {
      // A queue that cannot be reached throws QueueUnavailableError: the error middleware answers 503.
      await deps.jobs.requestSync(account.id, "manual");
      // Also repairs the schedules if queueing failed when the account was connected, or they were stopped.
      await deps.jobs.startSchedules(account.id, { watchFailing: account.watchError !== null });
    } catch (error) {
      await deps.prisma.googleAccount.update({ where: { id: account.id }, data: before });
      throw error;
    }
    response.redirect(303, "/?notice=sync");
  });

  // The review emails to the connector themself, on or off: the form says which it wants, so a repeated POST changes nothing more.
  router.post(
    "/settings/review-emails",
    requireSignedIn,
    requireCsrfToken,
    async (request: Request, response: Response) => {
      const wanted: unknown = (request.body as Record<string, unknown> | undefined)?.reviewEmails;
      if (wanted !== "on" && wanted !== "off") throw new AppError("bad_request", "Choose on or off.");
      const found = await setReviewEmails(deps.prisma, request.signedIn?.connectorId ?? "", wanted === "on");
      if (!found) throw new AppError("not_found", "There is no such account.");
      response.redirect(303, `/?notice=review-emails-${wanted}`);
    },
  );

  // The connector's consent to the LLM judge, on or off; only where a judge is configured.
  router.post(
    "/settings/llm-judge",
    requireSignedIn,
    requireCsrfToken,
    async (request: Request, response: Response) => {
      if (deps.llmJudge === null) throw new AppError("not_found", "This SafeIntro has no LLM judge configured.");
      const wanted: unknown = (request.body as Record<string, unknown> | undefined)?.llmJudge;
      if (wanted !== "on" && wanted !== "off") throw new AppError("bad_request", "Choose on or off.");
      const found = await setLlmJudge(deps.prisma, request.signedIn?.connectorId ?? "", wanted === "on");
      if (!found) throw new AppError("not_found", "There is no such account.");
      response.redirect(303, `/?notice=llm-judge-${wanted}`);
    },
  );

  router.post("/signout", requireSignedIn, requireCsrfToken, async (request: Request, response: Response) => {
    await endSession(deps.prisma, request, response, deps.sessions);
    response.redirect(303, "/?notice=signed-out");
  });

  // Asks first: the status page's button only leads here, and only the form here acts.
  router.get("/disconnect", requireSignedIn, async (request: Request, response: Response) => {
    const status = await readAccountStatus(deps.prisma, request.signedIn?.connectorId ?? "");
    if (!status) {
      await endSession(deps.prisma, request, response, deps.sessions);
      response.redirect(303, "/");
      return;
    }
    response.type("html").send(disconnectConfirmPage(status, request.signedIn?.csrfToken ?? ""));
  });

  router.post("/disconnect", requireSignedIn, requireCsrfToken, async (request: Request, response: Response) => {
    const result = await disconnectConnector(deps, request.signedIn?.connectorId ?? "");
    clearCookie(response, deps.sessions, SESSION_COOKIE);
    // Post/redirect/get: reloading the result must not repeat the POST.
    response.redirect(303, `/disconnected?revoked=${result.revoked ? 1 : 0}`);
  });

  router.get("/disconnected", (request: Request, response: Response) => {
    // A live session means this browser's connector still has its data: the page would be false.
    if (request.signedIn) {
      response.redirect(303, "/");
      return;
    }
    response.type("html").send(disconnectedPage(request.query.revoked === "1"));
  });

  return router;
}

async function accountOf(prisma: PrismaClient, request: Request) {
  const account = await prisma.googleAccount.findUnique({
    where: { connectorId: request.signedIn?.connectorId ?? "" },
  });
  if (!account) throw new AppError("not_found", "No Gmail account is connected.");
  return account;
}

// Notices are chosen by a fixed key in the address, never taken from it as text.
const NOTICES: Readonly<Record<string, string>> = {
  sync: "A sync is on its way; reload in a moment.",
  "review-emails-on": "Review emails are on: each new request will reach you by email too.",
  "review-emails-off": "Review emails are off: new requests wait for you here, with no email.",
  "llm-judge-on":
    "The LLM judge is on: from the next sync, request-like messages are also shown to the model named below.",
  "llm-judge-off": "The LLM judge is off: no mail of yours is sent to it from now on.",
  "inbound-address-replaced": "Your SafeIntro address was replaced: mail to the old one is refused from now on.",
};

function noticeOf(request: Request): string | undefined {
  const key = request.query.notice;
  return typeof key === "string" && Object.hasOwn(NOTICES, key) ? NOTICES[key] : undefined;
}

function landingNoticeOf(request: Request): string | undefined {
  if (request.sessionEnded === "google_access_refused") {
    return "You were signed out: Google no longer lets SafeIntro read your Gmail (its access was removed at your Google account, or the account changed). Connect Gmail again to resume; your requests are still here.";
  }
  return request.query.notice === "signed-out"
    ? "You are signed out. SafeIntro still looks for intro requests in your Gmail; to stop it and delete your data, sign in again and choose Disconnect."
    : undefined;
}
