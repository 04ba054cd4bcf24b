import { type Request, type Response, Router } from "express";
import { z } from "zod";
import type { PrismaClient } from "../db/index.js";
import {
  type ActionEdits,
  type ActionForm,
  ActionRefusedError,
  type ConnectorAction,
  type OptInDeps,
  performConnectorAction,
  prepareConnectorAction,
} from "../optin/index.js";
import { IllegalTransitionError, type IntroRequestState, readRequest } from "../requests/index.js";
import { AppError } from "./app-error.js";
import { requireCsrfToken, requireSignedIn } from "./csrf.js";
import {
  type ActionFormValues,
  type ActionRequest,
  actionPage,
  actionRefusedPage,
  FIELD_LIMITS,
  MAX_SNOOZE_DAYS,
} from "./request-action-pages.js";
import { actionHref, isConnectorAction } from "./request-actions.js";

export interface RequestActionRoutesDeps {
  prisma: PrismaClient;
  optin: OptInDeps;
  /** The clock a snooze's date is checked by (tests move it). */
  now?: () => Date;
}

const NO_SUCH_REQUEST = "There is no such request.";
const DAY_MS = 86_400_000;

/** A browser sends a textarea's line breaks as CRLF; the limits count them as one character, as the form does. */
const lines = (value: string) => value.replace(/\r\n?/g, "\n");

const text = (limit: number, what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .transform(lines)
    .pipe(z.string().max(limit, `${what} is too long: at most ${limit.toLocaleString("en")} characters.`))
    .optional();

/** The form's fields, as they arrive; what each action takes from them is picked by editsOf. */
const ActionBody = z.object({
  preview: z.string().optional(),
  note: text(FIELD_LIMITS.note, "Your note"),
  subject: text(FIELD_LIMITS.subject, "The subject"),
  reason: text(FIELD_LIMITS.reason, "The reason"),
  ask: text(FIELD_LIMITS.ask, "The ask"),
  targetEmail: z
    .string({ error: "The address must be text." })
    .trim()
    .max(FIELD_LIMITS.targetEmail, "That address is too long.")
    .pipe(z.union([z.literal(""), z.email("Give one plain email address, like mary@example.com.")]))
    .optional(),
  sendDeclineNote: z.literal("yes", { error: "Tick the box or leave it empty." }).optional(),
  keepWording: z.literal("yes", { error: "Tick the box or leave it empty." }).optional(),
  snoozeUntil: z
    .string({ error: "Choose a day." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a day, like 2026-03-16.")
    .optional(),
});
type ActionBody = z.infer<typeof ActionBody>;

/** The fields shown back as the connector sent them, when the form was refused: strings only. */
function valuesAsSent(body: unknown): ActionFormValues {
  const sent = (body ?? {}) as Record<string, unknown>;
  const one = (name: string) => (typeof sent[name] === "string" ? lines(sent[name]) : undefined);
  return {
    note: one("note"),
    subject: one("subject"),
    reason: one("reason"),
    ask: one("ask"),
    targetEmail: one("targetEmail"),
    sendDeclineNote: sent.sendDeclineNote === "yes",
    keepWording: sent.keepWording === "yes",
    snoozeUntil: one("snoozeUntil"),
  };
}

/** The day a snooze ends: 00:00 UTC of the chosen day, from tomorrow to a year from now. */
function snoozeDay(day: string | undefined, now: Date): Date {
  if (!day) throw new FormProblem("Choose the day SafeIntro should remind you.");
  const until = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(until.getTime()) || until.toISOString().slice(0, 10) !== day)
    throw new FormProblem("That day does not exist; choose another.");
  if (until.getTime() <= now.getTime()) throw new FormProblem("Choose a day after today.");
  if (until.getTime() > now.getTime() + MAX_SNOOZE_DAYS * DAY_MS)
    throw new FormProblem("Choose a day within a year from now.");
  return until;
}

/** What the action takes from the form: only the fields its page shows. */
function editsOf(action: ConnectorAction, body: ActionBody, now: Date): ActionEdits {
  return { ...actionEdits(action, body, now), ...(body.keepWording === "yes" ? { keepWording: true } : {}) };
}

function actionEdits(action: ConnectorAction, body: ActionBody, now: Date): ActionEdits {
  const given = <K extends keyof ActionEdits>(key: K, value: ActionEdits[K] | undefined): Partial<ActionEdits> =>
    value === undefined ? {} : { [key]: value };
  switch (action) {
    case "ask_target":
      return {
        ...given("note", body.note),
        ...given("subject", body.subject),
        ...given("reason", body.reason),
        ...given("ask", body.ask),
        ...given("targetEmail", body.targetEmail || undefined),
      };
    case "ask_requester_for_details":
    case "send_decline_note":
      return given("note", body.note);
    case "decline":
      return { ...given("note", body.note), sendDeclineNote: body.sendDeclineNote === "yes" };
    case "snooze":
      return { snoozeUntil: snoozeDay(body.snoozeUntil, now) };
  }
}

/** A field the connector filled in wrong: the page comes back with their words and this. */
class FormProblem extends Error {}

function parseBody(request: Request, action: ConnectorAction, now: Date): { body: ActionBody; edits: ActionEdits } {
  const parsed = ActionBody.safeParse(request.body ?? {});
  if (!parsed.success) throw new FormProblem(parsed.error.issues[0]?.message ?? "The form was not filled in right.");
  return { body: parsed.data, edits: editsOf(action, parsed.data, now) };
}

/**
 * The connector's actions on a request: GET /requests/:id/act/:action shows the email it would
 * send (prepareConnectorAction, which changes nothing) and the form to change its wording;
 * POST with preview=1 shows it again with the changes, and POST without carries it out
 * (performConnectorAction). Scoped by the session's connector: another connector's request,
 * a request that does not exist, an id that cannot be one and an unknown action all get the
 * same 404. A state that does not allow the action, and a refusal of the flow's, get a 409
 * page with the flow's own words.
 */
export function requestActionRoutes(deps: RequestActionRoutesDeps): Router {
  const router = Router();
  const now = deps.now ?? (() => new Date());

  /** The request and the action of the address, or a 404. */
  async function target(
    request: Request,
  ): Promise<{ found: ActionRequest & { state: IntroRequestState }; action: ConnectorAction }> {
    const action = request.params.action;
    const found = await readRequest(deps.prisma, request.signedIn?.connectorId ?? "", String(request.params.id));
    if (!found || !isConnectorAction(action)) throw new AppError("not_found", NO_SUCH_REQUEST);
    return { found, action };
  }

  /** The form of the action, or the 404 or 409 page already sent (null). */
  async function prepare(
    request: Request,
    response: Response,
    found: ActionRequest & { state: IntroRequestState },
    action: ConnectorAction,
    edits: ActionEdits,
  ): Promise<ActionForm | null> {
    try {
      const form = await prepareConnectorAction(
        deps.optin,
        request.signedIn?.connectorId ?? "",
        found.id,
        action,
        edits,
      );
      if (!form) throw new AppError("not_found", NO_SUCH_REQUEST);
      return form;
    } catch (error) {
      if (!refused(response, found, error)) throw error;
      return null;
    }
  }

  /** Answers a refusal (IllegalTransitionError, ActionRefusedError) with the 409 page; false for any other error. */
  function refused(response: Response, found: { id: string; state: IntroRequestState }, error: unknown): boolean {
    if (error instanceof IllegalTransitionError) {
      response
        .status(409)
        .type("html")
        .send(actionRefusedPage(found.id, error.message, error.from));
      return true;
    }
    if (error instanceof ActionRefusedError) {
      response
        .status(409)
        .type("html")
        .send(actionRefusedPage(found.id, error.message, found.state));
      return true;
    }
    return false;
  }

  router.get("/requests/:id/act/:action", async (request: Request, response: Response) => {
    if (!request.signedIn) {
      response.redirect(303, "/");
      return;
    }
    const { found, action } = await target(request);
    const form = await prepare(request, response, found, action, {});
    if (!form) return;
    response.type("html").send(actionPage({ request: found, form, csrfToken: request.signedIn.csrfToken, now: now() }));
  });

  router.post(
    "/requests/:id/act/:action",
    requireSignedIn,
    requireCsrfToken,
    async (request: Request, response: Response) => {
      const { found, action } = await target(request);
      const connectorId = request.signedIn?.connectorId ?? "";
      const csrfToken = request.signedIn?.csrfToken ?? "";
      let parsed: { body: ActionBody; edits: ActionEdits };
      try {
        parsed = parseBody(request, action, now());
      } catch (error) {
        if (!(error instanceof FormProblem)) throw error;
        // The page again, with the connector's words as they sent them and what is wrong.
        const form = await prepare(request, response, found, action, {});
        if (!form) return;
        response
          .status(400)
          .type("html")
          .send(
            actionPage({
              request: found,
              form,
              values: valuesAsSent(request.body),
              csrfToken,
              problem: error.message,
              now: now(),
            }),
          );
        return;
      }
      const { body, edits } = parsed;

      if (body.preview === "1") {
        const form = await prepare(request, response, found, action, edits);
        if (!form) return;
        response.type("html").send(
          actionPage({
            request: found,
            form,
            values: valuesAsSent(request.body),
            csrfToken,
            now: now(),
          }),
        );
        return;
      }

      let outcome: Awaited<ReturnType<typeof performConnectorAction>>;
      try {
        outcome = await performConnectorAction(deps.optin, connectorId, found.id, action, edits);
      } catch (error) {
        if (refused(response, found, error)) return;
        throw error;
      }
      switch (outcome.outcome) {
        case "done":
          response.redirect(303, `/requests/${encodeURIComponent(found.id)}?notice=${action}`);
          return;
        case "needs_send_permission":
          // Back to this preview after Google's page; the edits are not kept (docs/request-actions.md).
          response.redirect(
            303,
            `/auth/google/send-permission?next=${encodeURIComponent(actionHref(found.id, action))}`,
          );
          return;
        case "not_found":
          throw new AppError("not_found", NO_SUCH_REQUEST);
      }
    },
  );

  return router;
}
