import { systemLabels } from "../mailbox/labels.js";
import { ApiError, type ApiResponse } from "./api-types.js";
import { invalidArgument, pushTopicRefused } from "./google-errors.js";
import { isRecord } from "./query-params.js";
import type { GmailCall } from "./routes.js";

const WATCH_LIFETIME_MS = 7 * 86_400_000;
const TOPIC = /^projects\/[^/]+\/topics\/[^/]+$/;

/** users.getProfile. */
export function getProfile({ mailbox }: GmailCall): ApiResponse {
  return {
    status: 200,
    body: {
      emailAddress: mailbox.email,
      messagesTotal: mailbox.list().length,
      threadsTotal: mailbox.threadCount(),
      historyId: String(mailbox.historyId),
    },
  };
}

/** users.labels.list: the system labels (the emulator has no user labels). */
export function getLabels(): ApiResponse {
  return { status: 200, body: { labels: systemLabels() } };
}

/**
 * users.watch: notifications for this mailbox go to the topic for the next 7 days. The topic
 * must have been registered (registerPushTopic, or POST /__emulator/push-topics), as a real
 * one must exist in Pub/Sub with Gmail allowed to publish: a watch on any other is refused
 * as Gmail refuses it, so a deployment that forgot a setup step fails here first.
 */
export function startWatch({ state, mailbox, request }: GmailCall): ApiResponse {
  const body = isRecord(request.body) ? request.body : {};
  const topicName = typeof body.topicName === "string" ? body.topicName : "";
  if (!TOPIC.test(topicName)) {
    throw new ApiError(invalidArgument("Invalid topicName does not match projects/SOME_PROJECT/topics/*"));
  }
  const labelIds = Array.isArray(body.labelIds) ? body.labelIds.filter((label) => typeof label === "string") : [];
  const behavior = body.labelFilterBehavior ?? body.labelFilterAction ?? "include";
  if (behavior !== "include" && behavior !== "exclude") {
    throw new ApiError(invalidArgument(`Invalid value at 'label_filter_behavior', "${String(behavior)}"`));
  }
  const topic = state.push.checkTopic(topicName);
  if (topic !== "ok") throw new ApiError(pushTopicRefused(topicName, topic));
  const expiration = state.now() + WATCH_LIFETIME_MS;
  mailbox.watch = { topicName, labelIds, labelFilterBehavior: behavior, expiration };
  return { status: 200, body: { historyId: String(mailbox.historyId), expiration: String(expiration) } };
}

/** users.stop: 204 with an empty body. */
export function stopWatch({ mailbox }: GmailCall): ApiResponse {
  mailbox.watch = undefined;
  return { status: 204 };
}
