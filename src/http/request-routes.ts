import { type Request, type Response, Router } from "express";
import { z } from "zod";
import type { PrismaClient } from "../db/index.js";
import { readOutboxStatus } from "../outbox/index.js";
import { type AnalysisJobs, QueueUnavailableError } from "../queue/index.js";
import {
  type RequestFilter,
  RECOMMENDATIONS,
  isRecommendation,
  isRequestState,
  listRequests,
  overrideRecommendation,
  readRequest,
  setTargetProtection,
} from "../requests/index.js";
import type { Recommendation } from "../relationships/index.js";
import { AppError } from "./app-error.js";
import { requireCsrfToken, requireSignedIn } from "./csrf.js";
import { ACTION_NOTICES } from "./request-actions.js";
import { requestPage, requestsPage } from "./request-pages.js";

export interface RequestRoutesDeps {
  prisma: PrismaClient;
  analysis: AnalysisJobs;
  /** The request page offers the connector's actions (request-action-routes.ts is mounted). */
  actions?: boolean;
}

const NO_SUCH_REQUEST = "There is no such request.";

const ChoiceForm = z.object({
  choice: z.enum(RECOMMENDATIONS as [Recommendation, ...Recommendation[]], {
    error: "Choose one of the four recommendations.",
  }),
});
const ProtectionForm = z.object({ protect: z.enum(["yes", "no"], { error: "Say whether to protect the target." }) });

/**
 * The connector's requests: the list, one request's page, and the two things the connector
 * does to a request (their own recommendation, protecting its target). Every lookup is
 * scoped by the session's connector: another connector's request, a request that does not
 * exist and an id that cannot be one all get the same 404.
 */
export function requestRoutes(deps: RequestRoutesDeps): Router {
  const router = Router();

  router.get("/requests", async (request: Request, response: Response) => {
    if (!request.signedIn) {
      response.redirect(303, "/");
      return;
    }
    const filter = filterOf(request);
    const list = await listRequests(deps.prisma, request.signedIn.connectorId, filter);
    response.type("html").send(requestsPage(list, filter));
  });

  router.get("/requests/:id", async (request: Request, response: Response) => {
    if (!request.signedIn) {
      response.redirect(303, "/");
      return;
    }
    const { connectorId, csrfToken } = request.signedIn;
    const found = await readRequest(deps.prisma, connectorId, String(request.params.id));
    if (!found) throw new AppError("not_found", NO_SUCH_REQUEST);
    const outbox = await readOutboxStatus(deps.prisma, { connectorId, introRequestId: found.id });
    response
      .type("html")
      .send(requestPage(found, csrfToken, noticeOf(request), { outbox, actions: deps.actions === true }));
  });

  router.post(
    "/requests/:id/recommendation",
    requireSignedIn,
    requireCsrfToken,
    async (request: Request, response: Response) => {
      const id = String(request.params.id);
      const { choice } = parseForm(ChoiceForm, request);
      if (!(await overrideRecommendation(deps.prisma, connectorOf(request), id, choice)))
        throw new AppError("not_found", NO_SUCH_REQUEST);
      response.redirect(303, `/requests/${encodeURIComponent(id)}?notice=recommendation`);
    },
  );

  router.post(
    "/requests/:id/protection",
    requireSignedIn,
    requireCsrfToken,
    async (request: Request, response: Response) => {
      const id = String(request.params.id);
      const protect = parseForm(ProtectionForm, request).protect === "yes";
      const result = await setTargetProtection(deps.prisma, connectorOf(request), id, protect);
      if (!result.found) throw new AppError("not_found", NO_SUCH_REQUEST);
      if (result.noTarget)
        throw new AppError(
          "conflict",
          "This request names no one SafeIntro can tell apart, so there is no target to protect.",
        );
      let notice = protect ? "protected" : "unprotected";
      if (!result.changed) notice = `already-${notice}`;
      else {
        try {
          // The recommendation weighs protection: it is worked out again.
          await deps.analysis.requestAnalysis(id);
        } catch (error) {
          // The change is saved; only the new recommendation waits, and the page says so
          // (the error page's "nothing was changed" would not be true).
          if (!(error instanceof QueueUnavailableError)) throw error;
          notice = `${notice}-not-recomputed`;
        }
      }
      response.redirect(303, `/requests/${encodeURIComponent(id)}?notice=${notice}`);
    },
  );

  return router;
}

function connectorOf(request: Request): string {
  return request.signedIn?.connectorId ?? "";
}

function parseForm<T>(schema: z.ZodType<T>, request: Request): T {
  const parsed = schema.safeParse(request.body ?? {});
  if (!parsed.success)
    throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "The form was not filled in right.");
  return parsed.data;
}

/** The list's filter from the address; a value that is not a state or a recommendation is no filter. */
function filterOf(request: Request): RequestFilter {
  const { state, recommendation } = request.query;
  return {
    ...(isRequestState(state) ? { state } : {}),
    ...(isRecommendation(recommendation) ? { recommendation } : {}),
  };
}

// Notices are chosen by a fixed key in the address, never taken from it as text.
const NOTICES: Readonly<Record<string, string>> = {
  ...ACTION_NOTICES,
  recommendation: "Your choice is saved.",
  protected:
    "The target is protected: SafeIntro asks you before any request reaches them. The recommendation is being worked out again; reload in a moment.",
  unprotected: "The target is no longer protected. The recommendation is being worked out again; reload in a moment.",
  "already-protected": "The target was already protected.",
  "already-unprotected": "The target was already unprotected.",
  "protected-not-recomputed":
    "The target is protected. SafeIntro's job queue did not answer, so the recommendation below does not count this yet; it will when the request is next analysed.",
  "unprotected-not-recomputed":
    "The target is no longer protected. SafeIntro's job queue did not answer, so the recommendation below does not count this yet; it will when the request is next analysed.",
};

function noticeOf(request: Request): string | undefined {
  const key = request.query.notice;
  return typeof key === "string" && Object.hasOwn(NOTICES, key) ? NOTICES[key] : undefined;
}
