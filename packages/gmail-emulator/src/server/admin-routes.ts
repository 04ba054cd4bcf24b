import express, { type Router } from "express";
import { z } from "zod";
import type { SendAsAlias } from "../mailbox/send-as.js";
import type { FaultSpec } from "./faults.js";
import type { CallRecord } from "./call-log.js";
import type { PushDelivery } from "./push.js";

/** What the admin API can do; the emulator object implements it. */
export interface AdminActions {
  addMessage(
    user: string,
    raw: Buffer,
    labelIds?: string[],
  ): Promise<{ id: string; threadId: string; historyId: string }>;
  deleteMessage(user: string, id: string): boolean;
  injectFault(fault: FaultSpec): void;
  readonly calls: readonly CallRecord[];
  httpRequests(): number;
  unitsUsed(user?: string): number;
  reset(): Promise<void>;
  revokeAllTokens(user: string): void;
  /** The address passes to a new Google account (new `sub`, empty mailbox); the old one's tokens die. */
  recreateAccount(user: string): void;
  expireHistoryBefore(user: string, historyId: number | string): void;
  /** Replaces the user's custom "from" aliases; throws for one that is their primary address. */
  setSendAs(user: string, aliases: readonly SendAsAlias[]): void;
  setPushEndpoint(url: string, options: { audience: string; serviceAccountEmail: string }): void;
  /** The Pub/Sub topic exists; users.watch refuses any other (see startWatch). */
  registerPushTopic(topicName: string, options?: { publisherGranted?: boolean }): void;
  readonly pushDeliveries: readonly PushDelivery[];
}

const AddMessage = z.object({
  user: z.string().min(3),
  raw: z.string().min(1),
  labelIds: z.array(z.string()).optional(),
});
const Fault = z.object({
  method: z.string().optional(),
  path: z.string().optional(),
  /** A regular expression source, for when a substring is not enough. */
  pathRegex: z.string().optional(),
  status: z.number().int().min(100).max(599).optional(),
  times: z.number().int().positive().optional(),
  body: z.unknown().optional(),
  retryAfterSeconds: z.number().nonnegative().optional(),
  delayMs: z.number().nonnegative().optional(),
});
const User = z.object({ user: z.string().min(3) });
const ExpireHistory = z.object({
  user: z.string().min(3),
  historyId: z.union([z.string().regex(/^\d+$/), z.number().int()]),
});
const SendAs = z.object({
  user: z.string().min(3),
  sendAs: z.array(
    z.object({
      sendAsEmail: z.email(),
      displayName: z.string().optional(),
      verificationStatus: z.enum(["accepted", "pending"]).optional(),
    }),
  ),
});
const PushEndpoint = z.object({ url: z.url(), audience: z.string().min(1), serviceAccountEmail: z.string().min(3) });
const PushTopic = z.object({
  topicName: z.string().regex(/^projects\/[^/]+\/topics\/[^/]+$/),
  publisherGranted: z.boolean().optional(),
});

/**
 * /__emulator/…: steers a running emulator from scripts (the CLI-run one has no other
 * handle). Not a Google API; never reachable on Google's hosts.
 */
export function adminRouter(actions: AdminActions): Router {
  const router = express.Router();
  router.use(express.json({ limit: "50mb" }));

  router.post("/messages", async (request, response) => {
    const body = AddMessage.safeParse(request.body);
    if (!body.success) return void response.status(400).json({ error: z.prettifyError(body.error) });
    const raw = Buffer.from(body.data.raw.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    response.status(201).json(await actions.addMessage(body.data.user, raw, body.data.labelIds));
  });
  router.delete("/messages/:user/:id", (request, response) => {
    response.status(actions.deleteMessage(request.params.user, request.params.id) ? 204 : 404).end();
  });
  router.post("/faults", (request, response) => {
    const body = Fault.safeParse(request.body);
    if (!body.success) return void response.status(400).json({ error: z.prettifyError(body.error) });
    const { pathRegex, ...fault } = body.data;
    actions.injectFault({ ...fault, ...(pathRegex ? { path: new RegExp(pathRegex) } : {}) });
    response.status(204).end();
  });
  router.get("/calls", (_request, response) => {
    response.json({ calls: actions.calls, httpRequests: actions.httpRequests(), unitsUsed: actions.unitsUsed() });
  });
  router.get("/pushes", (_request, response) => {
    response.json({ deliveries: actions.pushDeliveries });
  });
  router.post("/reset", async (_request, response) => {
    await actions.reset();
    response.status(204).end();
  });
  router.post("/revoke", (request, response) => {
    const body = User.safeParse(request.body);
    if (!body.success) return void response.status(400).json({ error: z.prettifyError(body.error) });
    actions.revokeAllTokens(body.data.user);
    response.status(204).end();
  });
  router.post("/recreate-account", (request, response) => {
    const body = User.safeParse(request.body);
    if (!body.success) return void response.status(400).json({ error: z.prettifyError(body.error) });
    actions.recreateAccount(body.data.user);
    response.status(204).end();
  });
  router.post("/expire-history", (request, response) => {
    const body = ExpireHistory.safeParse(request.body);
    if (!body.success) return void response.status(400).json({ error: z.prettifyError(body.error) });
    actions.expireHistoryBefore(body.data.user, body.data.historyId);
    response.status(204).end();
  });
  router.post("/send-as", (request, response) => {
    const body = SendAs.safeParse(request.body);
    if (!body.success) return void response.status(400).json({ error: z.prettifyError(body.error) });
    try {
      actions.setSendAs(body.data.user, body.data.sendAs);
    } catch (error) {
      return void response.status(400).json({ error: error instanceof Error ? error.message : String(error) });
    }
    response.status(204).end();
  });
  router.post("/push-endpoint", (request, response) => {
    const body = PushEndpoint.safeParse(request.body);
    if (!body.success) return void response.status(400).json({ error: z.prettifyError(body.error) });
    actions.setPushEndpoint(body.data.url, body.data);
    response.status(204).end();
  });
  router.post("/push-topics", (request, response) => {
    const body = PushTopic.safeParse(request.body);
    if (!body.success) return void response.status(400).json({ error: z.prettifyError(body.error) });
    actions.registerPushTopic(body.data.topicName, body.data);
    response.status(204).end();
  });
  return router;
}
