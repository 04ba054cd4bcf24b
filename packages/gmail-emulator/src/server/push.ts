import type { HistoryRecord } from "../mailbox/history.js";
import { subjectIdFor } from "../mailbox/ids.js";
import type { Mailbox } from "../mailbox/mailbox.js";
import type { SigningKey } from "../oauth/signing-key.js";

/** Where Pub/Sub would push, and who it says it is (the push subscription's OIDC settings). */
export interface PushEndpoint {
  url: string;
  audience: string;
  serviceAccountEmail: string;
}

/** One push attempt, for tests and the demo to inspect. */
export interface PushDelivery {
  user: string;
  historyId: number;
  messageId: string;
  attempt: number;
  /** HTTP status, or 0 when the request failed. */
  status: number;
}

/** What users.watch finds when it publishes its test message to a topic. */
export type TopicCheck = "ok" | "not_found" | "not_authorized";

const RETRY_DELAY_MS = 200;
const SUBSCRIPTION = "projects/emulator/subscriptions/gmail-push";

/**
 * Pub/Sub push emulation: after users.watch, each history record is POSTed to the push
 * endpoint with an OIDC bearer token signed by the emulator's Google key. Fire and
 * forget, retried once, as Pub/Sub's at-least-once delivery makes a retry normal.
 */
export class PushNotifier {
  endpoint: PushEndpoint | undefined;
  readonly deliveries: PushDelivery[] = [];
  /** The Pub/Sub topics that exist, each with whether Gmail may publish to it. */
  private readonly topics = new Map<string, boolean>();
  private readonly inFlight = new Set<Promise<void>>();
  private nextMessageId = 4_000_000_000_000;

  constructor(
    private readonly key: SigningKey,
    private readonly now: () => number,
  ) {}

  notify(mailbox: Mailbox, record: HistoryRecord): void {
    const watch = mailbox.watch;
    const endpoint = this.endpoint;
    if (!watch || !endpoint || watch.expiration <= this.now()) return;
    if (watch.labelIds.length > 0) {
      const touches = record.message.labelIds.some((label) => watch.labelIds.includes(label));
      if (touches !== (watch.labelFilterBehavior === "include")) return;
    }
    const delivery = this.deliver(endpoint, mailbox.email, record.id).finally(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
  }

  /**
   * The topic exists in Pub/Sub; `publisherGranted: false` leaves out the Publisher role for
   * gmail-api-push@system.gserviceaccount.com, a step of the setup often missed.
   */
  registerTopic(topicName: string, publisherGranted = true): void {
    this.topics.set(topicName, publisherGranted);
  }

  checkTopic(topicName: string): TopicCheck {
    const granted = this.topics.get(topicName);
    if (granted === undefined) return "not_found";
    return granted ? "ok" : "not_authorized";
  }

  /** Resolves when every push started so far has been delivered or given up. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  clear(): void {
    this.endpoint = undefined;
    this.deliveries.length = 0;
    this.topics.clear();
  }

  private async deliver(endpoint: PushEndpoint, user: string, historyId: number): Promise<void> {
    const messageId = String(this.nextMessageId++);
    const publishTime = new Date(this.now()).toISOString();
    // Gmail's notification carries historyId as a JSON number.
    const data = Buffer.from(JSON.stringify({ emailAddress: user, historyId })).toString("base64");
    const body = JSON.stringify({
      message: { data, messageId, message_id: messageId, publishTime, publish_time: publishTime },
      subscription: SUBSCRIPTION,
    });
    for (let attempt = 1; attempt <= 2; attempt++) {
      const status = await this.post(endpoint, body);
      this.deliveries.push({ user, historyId, messageId, attempt, status });
      if (status >= 200 && status < 300) return;
      if (attempt === 1) await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }

  private async post(endpoint: PushEndpoint, body: string): Promise<number> {
    const iat = Math.floor(this.now() / 1000);
    const token = this.key.signJwt({
      aud: endpoint.audience,
      azp: subjectIdFor(endpoint.serviceAccountEmail),
      email: endpoint.serviceAccountEmail,
      email_verified: true,
      exp: iat + 3600,
      iat,
      iss: "https://accounts.google.com",
      sub: subjectIdFor(endpoint.serviceAccountEmail),
    });
    try {
      const response = await fetch(endpoint.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body,
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return 0;
    }
  }
}
