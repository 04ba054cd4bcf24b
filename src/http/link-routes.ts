import express, { type NextFunction, type Request, type Response, Router } from "express";
import type { PrismaClient } from "../db/index.js";
import {
  answerAsTarget,
  type CarryOutEffects,
  carryOutNothing,
  type EarlierAnswer,
  isActionTokenShape,
  isTargetAction,
  type LinkRequestSummary,
  readActionLink,
  readLinkRequest,
  TARGET_EVENTS,
  type TargetAction,
  targetActionsAllowed,
  useActionLink,
} from "../links/index.js";
import type { Logger } from "../logger.js";
import { IllegalTransitionError, transition } from "../requests/index.js";
import { bodyProblem } from "./body-errors.js";
import {
  ACTION_FIELD,
  answeredPage,
  confirmPage,
  LINK_PROBLEM_STATUS,
  type LinkProblem,
  linkProblemPage,
} from "./link-pages.js";

export interface LinkRoutesDeps {
  prisma: PrismaClient;
  logger: Logger;
  /**
   * What an answer sets going besides its state, event and protection (outbox rows, timers,
   * the connector's notice), in the answer's transaction. Default: nothing more.
   */
  carryOutEffects?: CarryOutEffects;
  /** The clock links expire by (tests move it). */
  now?: () => Date;
}

/** How a link's path is logged: never its token, which is the secret. */
export function redactLinkPath(path: string): string {
  return path.replace(/^\/l\/[^/]*/, "/l/[token]");
}

/** A link that is not one this page can act on (another audience's, for now): answered as unknown. */
class NotForThisPage extends Error {}

/** Set on every answer under /l/: the token is in the address, so nothing may keep or pass it on. */
function linkHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.set({
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex, nofollow",
  });
  next();
}

/**
 * The links in SafeIntro's emails (docs/links.md). GET /l/:token and /l/:token/:action show a
 * confirm page and change nothing: mail scanners and link previews open links. POST
 * /l/:token (the answer in the `action` field) or /l/:token/:action acts, once. No session and
 * no CSRF token: the token in the path is the secret, and nobody else's browser has it. Mounted
 * before the app's body parsers and error handler, so that this router's own parser and error
 * handler see every failure here, and log the path without its token.
 */
export function linkRoutes(deps: LinkRoutesDeps): Router {
  const router = Router();
  const now = deps.now ?? (() => new Date());
  const carryOut = deps.carryOutEffects ?? carryOutNothing;
  const send = (response: Response, status: number, body: string) => {
    response.status(status).type("html").send(body);
  };
  const problem = (response: Response, found: LinkProblem) =>
    send(response, LINK_PROBLEM_STATUS[found.kind], linkProblemPage(found));

  router.use("/l", linkHeaders);

  const show = async (request: Request, response: Response) => {
    const token = request.params.token;
    const at = now();
    const read = await readActionLink(deps.prisma, token, at);
    if (read.status === "unknown" || read.link.audience !== "target" || !isActionTokenShape(token))
      return problem(response, { kind: "unknown" });
    if (read.status === "used")
      return problem(response, { kind: "answered", request: read.request, answer: read.answered, now: at });
    if (read.status === "expired") return problem(response, { kind: "expired", request: read.request });
    const open = targetActionsAllowed(read.request.state, read.link.actions);
    if (open.length === 0) return problem(response, whyClosed(read.request, read.link.actions, read.answered, at));
    const chosen = isTargetAction(request.params.action) ? request.params.action : undefined;
    send(response, 200, confirmPage(token, read.request, open, chosen, read.link.expiresAt, at));
  };

  const act = async (request: Request, response: Response) => {
    const token = request.params.token;
    const field: unknown = (request.body as Record<string, unknown> | undefined)?.[ACTION_FIELD];
    const inPath = request.params.action;
    if (inPath !== undefined && field !== undefined && field !== inPath)
      return problem(response, { kind: "unreadable" });
    const action = inPath ?? field;
    const at = now();
    let outcome;
    try {
      outcome = await useActionLink(deps.prisma, token, action, at, async (tx, link, chosen) => {
        if (link.audience !== "target") throw new NotForThisPage();
        const answer = await answerAsTarget(tx, link.introRequestId, chosen, carryOut);
        const summary = await readLinkRequest(tx, link.introRequestId);
        if (!summary) throw new Error("The request of an action link is gone");
        return { answer, summary };
      });
    } catch (error) {
      if (error instanceof NotForThisPage) return problem(response, { kind: "unknown" });
      if (!(error instanceof IllegalTransitionError)) throw error;
      // The state machine said no, and the transaction rolled back: the link is still unused.
      const read = await readActionLink(deps.prisma, token, at);
      if (read.status === "unknown") return problem(response, { kind: "unknown" });
      return problem(
        response,
        error.code === "already_answered"
          ? { kind: "answered", request: read.request, answer: read.answered, now: at }
          : { kind: "closed", request: read.request, message: error.message },
      );
    }
    if (outcome.status === "done") {
      // The emails and timers the answer calls for are in PostgreSQL; their jobs are queued now.
      // If Redis fails here, the outbox sweep queues the emails (the answer stands either way).
      await outcome.result.answer.afterCommit?.().catch((error: unknown) => {
        deps.logger.warn({ error: (error as Error).message }, "could not queue what an answer calls for");
      });
      return send(response, 200, answeredPage(outcome.result.summary, outcome.result.answer.action));
    }
    if (outcome.status === "unknown") return problem(response, { kind: "unknown" });
    if (outcome.status === "not_offered") return problem(response, { kind: "not_offered" });
    const read = await readActionLink(deps.prisma, token, at);
    if (read.status === "unknown" || read.link.audience !== "target") return problem(response, { kind: "unknown" });
    if (outcome.status === "expired") return problem(response, { kind: "expired", request: read.request });
    return problem(response, { kind: "answered", request: read.request, answer: read.answered, now: at });
  };

  router.get("/l/:token", show);
  router.get("/l/:token/:action", show);
  // Its own parser: a form of one short field; the app's parsers come after this router.
  const form = express.urlencoded({ extended: false, limit: "2kb", parameterLimit: 5 });
  router.post("/l/:token", form, act);
  router.post("/l/:token/:action", form, act);

  router.use("/l", (error: unknown, request: Request, response: Response, _next: NextFunction) => {
    // request.path is relative to the mount point here ("/<token>"): the whole path, less its query.
    const path = redactLinkPath(request.originalUrl.split("?")[0] ?? "");
    const refused = bodyProblem(error);
    if (refused) {
      deps.logger.debug({ path, type: refused.type, status: refused.status }, "action link form refused");
      return send(response, refused.status, linkProblemPage({ kind: "unreadable" }));
    }
    deps.logger.error({ err: error, path }, "action link failed");
    problem(response, { kind: "failed" });
  });
  return router;
}

/**
 * A valid link whose request takes none of its answers any more: "already answered" when the
 * target answered (through another link, or before links), else the state machine's reason
 * (withdrawn, expired, …).
 */
function whyClosed(
  request: LinkRequestSummary,
  offered: readonly string[],
  answered: EarlierAnswer | null,
  now: Date,
): LinkProblem {
  const action: TargetAction = offered.find(isTargetAction) ?? "yes";
  try {
    transition(request.state, { type: TARGET_EVENTS[action] }, "target");
  } catch (error) {
    if (error instanceof IllegalTransitionError && error.code !== "already_answered")
      return { kind: "closed", request, message: error.message };
  }
  return { kind: "answered", request, answer: answered, now };
}
