import express, { type Express, type NextFunction, type Request, type Response } from "express";
import { runBatch } from "../gmail/batch.js";
import { boundaryOf } from "../gmail/batch-multipart.js";
import { dispatchGmail } from "../gmail/dispatch.js";
import { badRequest, errorForStatus, googleErrorBody, notFound } from "../gmail/google-errors.js";
import type { Authorizer } from "../oauth/authorizer.js";
import { oauthRouter } from "../oauth/oauth-routes.js";
import { requireAdminToken } from "./admin-auth.js";
import { adminRouter, type AdminActions } from "./admin-routes.js";
import { faultResponse } from "./fault-response.js";
import { sleep } from "./faults.js";
import { loopbackHostOnly } from "./loopback-host.js";
import { headerMap, noteCall, rawPath, rawQuery } from "./request-helpers.js";
import { sentMailRouter } from "./sent-mail-viewer.js";
import type { EmulatorState } from "./state.js";

const ADMIN_PREFIX = "/__emulator";
const BODY_LIMIT = "50mb";

/**
 * The emulator's HTTP surface: Google's paths plus the /__emulator admin API, which wants
 * `adminToken`, and the sent-mail viewer (/__emulator/sent), which does not. Every path
 * answers loopback Host names only.
 */
export function createEmulatorApp(
  state: EmulatorState,
  authorizer: Authorizer,
  admin: AdminActions,
  adminToken: string,
): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  // First, so a refused request is neither logged as a call nor charged a fault.
  app.use(loopbackHostOnly());

  app.use((request, response, next) => {
    if (request.path.startsWith(ADMIN_PREFIX)) return next();
    const at = state.now();
    response.on("finish", () => {
      const locals = response.locals as { user?: string | null; units?: number };
      state.calls.add({
        at,
        method: request.method,
        path: rawPath(request),
        user: locals.user ?? null,
        units: locals.units ?? 0,
        status: response.statusCode,
        batch: false,
      });
    });
    next();
  });

  app.use(async (request, response, next) => {
    if (request.path.startsWith(ADMIN_PREFIX)) return next();
    const fault = state.faults.take(request.method, rawPath(request));
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (!fault?.status) return next();
    const answer = faultResponse(fault, rawPath(request));
    response
      .status(answer.status)
      .set(answer.headers ?? {})
      .json(answer.body);
  });

  // Read-only and opened in a browser, which cannot send the admin token: ahead of it.
  app.use(sentMailRouter(state));
  app.use(ADMIN_PREFIX, requireAdminToken(adminToken), adminRouter(admin));
  app.use(oauthRouter(state, authorizer));

  app.post("/batch/gmail/v1", express.text({ type: () => true, limit: BODY_LIMIT }), async (request, response) => {
    const boundary = boundaryOf(request.headers["content-type"]);
    if (!boundary) {
      response.status(400).json(badRequest("Batch requests must be multipart/mixed with a boundary").body);
      return;
    }
    const body = typeof request.body === "string" ? request.body : "";
    const result = await runBatch(state, body, boundary, request.headers.authorization);
    if ("rejected" in result) {
      response.status(result.rejected.status).json(result.rejected.body);
      return;
    }
    // Set by hand: Express's send() would append "; charset=utf-8", which Google does not.
    response.status(200).setHeader("Content-Type", `multipart/mixed; boundary=${result.boundary}`);
    response.end(Buffer.from(result.body));
  });

  app.use("/gmail/v1", express.json({ limit: BODY_LIMIT }), async (request, response) => {
    const outcome = await dispatchGmail(state, {
      method: request.method,
      path: rawPath(request),
      query: rawQuery(request),
      headers: headerMap(request),
      body: request.body as unknown,
    });
    noteCall(response, outcome.user, outcome.units);
    response.status(outcome.response.status).set(outcome.response.headers ?? {});
    if (outcome.response.body === undefined) response.end();
    else response.json(outcome.response.body);
  });

  app.use((_request, response) => {
    response.status(404).json(notFound().body);
  });

  // Express 5 forwards rejected promises here; body-parser errors carry a status.
  app.use((error: unknown, _request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) return next(error);
    const status = (error as { status?: number }).status;
    if (status === 400 && (error as { type?: string }).type === "entity.parse.failed") {
      response
        .status(400)
        .json(googleErrorBody(400, "Invalid JSON payload received.", "INVALID_ARGUMENT", { reason: "parseError" }));
      return;
    }
    if (typeof status === "number" && status >= 400 && status < 500) {
      response.status(status).json(errorForStatus(status));
      return;
    }
    // An unexpected error is an emulator bug: say so where the person running it will see it.
    process.stderr.write(
      `gmail emulator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    response.status(500).json(errorForStatus(500));
  });
  return app;
}
