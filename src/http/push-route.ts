import { type Request, type RequestHandler, type Response, Router } from "express";
import { z } from "zod";
import type { PrismaClient } from "../db/index.js";
import type { SyncJobs } from "../queue/index.js";
import { AppError } from "./app-error.js";
import { safeEqual } from "./secrets.js";

/** The body of a Pub/Sub push request. */
const PushBody = z.object({
  message: z.object({ data: z.string().min(1), messageId: z.string().optional() }),
  subscription: z.string().optional(),
});
/** What Gmail puts in the message data (base64 JSON). */
const GmailNotification = z.object({ emailAddress: z.email(), historyId: z.union([z.string(), z.number()]) });

export interface PushRouteDeps {
  prisma: PrismaClient;
  jobs: SyncJobs;
  verifyBearer: ((token: string) => Promise<boolean>) | null;
  verificationToken?: string;
  /** Runs before the token check, so that unauthenticated floods are bounded too (see rate-limits.ts). */
  rateLimit: RequestHandler;
}

/**
 * POST /gmail/push: Gmail's change notifications through a Pub/Sub push subscription.
 * The request must carry the subscription's Google-signed OIDC token (or, as a fallback,
 * the secret token in the URL). It only queues an incremental sync and answers at once;
 * a failure to queue answers 503 so that Pub/Sub delivers the notification again.
 */
export function pushRoute(deps: PushRouteDeps): Router {
  const router = Router();
  router.post("/gmail/push", deps.rateLimit, async (request: Request, response: Response) => {
    if (!(await isAuthentic(request, deps))) {
      throw new AppError("unauthenticated", "push request not authenticated");
    }
    const body = PushBody.safeParse(request.body);
    const notification = body.success ? decodeNotification(body.data.message.data) : null;
    if (!notification) throw new AppError("bad_request", "not a Gmail push notification");
    const accounts = await deps.prisma.googleAccount.findMany({
      where: { email: notification.emailAddress.toLowerCase(), status: "active" },
      select: { id: true },
    });
    // An unreachable queue answers 503 (error middleware), and Pub/Sub delivers again.
    await Promise.all(accounts.map((account) => deps.jobs.requestSync(account.id, "push")));
    response.status(204).end();
  });
  return router;
}

async function isAuthentic(request: Request, deps: PushRouteDeps): Promise<boolean> {
  const header = request.headers.authorization ?? "";
  if (deps.verifyBearer && header.startsWith("Bearer ")) return deps.verifyBearer(header.slice("Bearer ".length));
  const token = request.query.token;
  return Boolean(deps.verificationToken) && typeof token === "string" && safeEqual(token, deps.verificationToken ?? "");
}

function decodeNotification(data: string): z.infer<typeof GmailNotification> | null {
  try {
    const parsed = GmailNotification.safeParse(JSON.parse(Buffer.from(data, "base64").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
