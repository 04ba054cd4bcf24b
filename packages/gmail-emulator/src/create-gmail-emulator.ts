import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";
import { DEFAULT_CONCURRENT_CALLS_PER_USER, limitConcurrentCalls } from "./gmail/batch-concurrency.js";
import { loadMailboxDir, readEmlFiles } from "./mailbox/load-mailbox-dir.js";
import type { Mailbox } from "./mailbox/mailbox.js";
import { prepareMessage, type PreparedMessage } from "./mailbox/prepare-message.js";
import { checkedAliases, type SendAsAlias } from "./mailbox/send-as.js";
import { Authorizer } from "./oauth/authorizer.js";
import { normalizeScopes } from "./oauth/scopes.js";
import { newAdminToken } from "./server/admin-auth.js";
import type { AdminActions } from "./server/admin-routes.js";
import type { CallRecord } from "./server/call-log.js";
import { createEmulatorApp } from "./server/create-app.js";
import type { FaultSpec } from "./server/faults.js";
import type { PushDelivery } from "./server/push.js";
import { SENT_MAIL_PATH } from "./server/sent-mail-viewer.js";
import { EmulatorState } from "./server/state.js";

export interface GmailEmulatorOptions {
  /** Raw messages per mailbox owner, or a directory of .eml files per owner. */
  mailboxes?: Record<string, Buffer[] | string>;
  /** A directory as loadMailboxDir reads it (one mailbox, or one subfolder per address). */
  mailboxDir?: string;
  /** The owner of a flat mailboxDir (default connector@example.com). */
  owner?: string;
  /** The OAuth client accepted; any client when unset. */
  clientId?: string;
  clientSecret?: string;
  /** Registered redirect URIs; any http(s) URI when unset. */
  redirectUris?: string[];
  /** Named on the consent page (default "SafeIntro"). */
  appName?: string;
  /** Gmail's per-user rate limit (default 250 units a second). */
  quotaUnitsPerSecond?: number;
  /**
   * Gmail's limit on a user's calls running at once (default 25, as field reports find it):
   * batch calls beyond it are answered 429 "Too many concurrent requests for user.".
   * Infinity turns the limit off.
   */
  concurrentCallsPerUser?: number;
  /** The clock, in ms since epoch (default Date.now). */
  now?: () => number;
  /** The bearer token the /__emulator admin API wants (default: a random one, see adminToken). */
  adminToken?: string;
  /** Each user's custom "from" aliases (users.settings.sendAs.list), beside the primary address. */
  sendAs?: Record<string, SendAsAlias[]>;
}

export interface AddedMessage {
  id: string;
  threadId: string;
  historyId: string;
}

/** A running (or ready to run) local stand-in for Gmail and Google OAuth. */
export interface GmailEmulator extends AdminActions {
  readonly app: Express;
  /** Base URL once listening: point GOOGLE_BASE_URL (googleEndpoints(base)) at it. */
  readonly url: string | undefined;
  /** What the /__emulator admin API wants as `Authorization: Bearer <adminToken>`. */
  readonly adminToken: string;
  /**
   * Once listening, the sent-mail viewer's page (`<url>/__emulator/sent`): every user's sent
   * mail, for a person to open in a browser. It needs no admin token (loopback Host only).
   */
  readonly sentMailUrl: string | undefined;
  /** Serves on 127.0.0.1 by default; requests must name a loopback host (see loopback-host.ts) whatever it listens on. */
  listen(port?: number, host?: string): Promise<{ url: string }>;
  close(): Promise<void>;
  addMessage(user: string, raw: Buffer, labelIds?: string[]): Promise<AddedMessage>;
  modifyLabels(user: string, id: string, add: string[], remove: string[]): boolean;
  /** The mailbox owners, in the order they were loaded. */
  users(): string[];
  /** Read access to a user's mailbox (created empty if unknown). */
  mailbox(user: string): Mailbox;
  historyId(user: string): string;
  /**
   * Answers an authorization URL as if the user chose `account` and pressed Allow (or
   * Cancel), without the HTML round trip: with every scope ticked, or only `ticked` (sign-in
   * scopes have no checkbox). Returns the redirect URL, or throws with Google's error for a
   * request the consent page would refuse.
   */
  authorize(
    authUrl: string,
    options?: { account?: string; decision?: "allow" | "cancel"; ticked?: readonly string[] },
  ): string;
  /** Tokens for a user without the consent flow, for tests that only need a connected mailbox. */
  issueTokens(
    user: string,
    options?: { scopes?: string[]; clientId?: string },
  ): { accessToken: string; refreshToken: string };
  pushesSettled(): Promise<void>;
  /** The OAuth client's secret is reset, as in Google Cloud's console: the old one gets invalid_client. */
  resetClientSecret(secret: string): void;
  readonly signingKey: { kid: string; certificatePem: string; publicKeyPem: string };
}

const DEFAULT_SCOPES = "openid email https://www.googleapis.com/auth/gmail.readonly";

/** Builds the emulator and loads its mailboxes; call listen() to serve it. */
export async function createGmailEmulator(options: GmailEmulatorOptions = {}): Promise<GmailEmulator> {
  // The admin API reads "Bearer <token>": an empty token, or one with spaces, could never match.
  if (options.adminToken !== undefined && !/^\S+$/.test(options.adminToken))
    throw new Error("the admin token must be non-empty, without spaces");
  const initial = await loadInitialMail(options);
  return new GmailEmulatorServer(options, initial);
}

async function loadInitialMail(options: GmailEmulatorOptions): Promise<Map<string, PreparedMessage[]>> {
  const raw: Record<string, Buffer[]> = options.mailboxDir
    ? await loadMailboxDir(options.mailboxDir, options.owner)
    : {};
  for (const [owner, source] of Object.entries(options.mailboxes ?? {})) {
    raw[owner.toLowerCase()] = typeof source === "string" ? await readEmlFiles(source) : source;
  }
  const prepared = new Map<string, PreparedMessage[]>();
  for (const [owner, messages] of Object.entries(raw)) {
    const list = await Promise.all(messages.map((message) => prepareMessage(message)));
    // Oldest first, so history ids and threads grow the way the mail arrived.
    const byDate = list
      .map((message, index) => ({ message, index }))
      .sort((a, b) => (a.message.date ?? Infinity) - (b.message.date ?? Infinity) || a.index - b.index);
    prepared.set(
      owner.toLowerCase(),
      byDate.map(({ message }) => message),
    );
  }
  return prepared;
}

class GmailEmulatorServer implements GmailEmulator {
  readonly app: Express;
  readonly adminToken: string;
  url: string | undefined;
  private readonly state: EmulatorState;
  private readonly authorizer: Authorizer;
  private server: Server | undefined;
  private readonly initialSendAs: Record<string, SendAsAlias[]>;

  constructor(
    options: GmailEmulatorOptions,
    private readonly initial: Map<string, PreparedMessage[]>,
  ) {
    this.initialSendAs = options.sendAs ?? {};
    this.state = new EmulatorState(
      {
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        redirectUris: options.redirectUris,
        appName: options.appName ?? "SafeIntro",
      },
      options.quotaUnitsPerSecond ?? 250,
      options.now ?? Date.now,
    );
    limitConcurrentCalls(this.state, options.concurrentCallsPerUser ?? DEFAULT_CONCURRENT_CALLS_PER_USER);
    this.authorizer = new Authorizer(this.state);
    this.adminToken = options.adminToken ?? newAdminToken();
    this.app = createEmulatorApp(this.state, this.authorizer, this, this.adminToken);
    this.fillMailboxes();
  }

  get sentMailUrl(): string | undefined {
    return this.url === undefined ? undefined : `${this.url}${SENT_MAIL_PATH}`;
  }

  get calls(): readonly CallRecord[] {
    return this.state.calls.records;
  }

  get pushDeliveries(): readonly PushDelivery[] {
    return this.state.push.deliveries;
  }

  get signingKey(): { kid: string; certificatePem: string; publicKeyPem: string } {
    const { kid, certificatePem, publicKeyPem } = this.state.key;
    return { kid, certificatePem, publicKeyPem };
  }

  async listen(port = 0, host = "127.0.0.1"): Promise<{ url: string }> {
    const server = createServer(this.app);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    const address = server.address() as AddressInfo;
    const shownHost = host.includes(":") ? `[${host}]` : host;
    this.url = `http://${shownHost}:${address.port}`;
    return { url: this.url };
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async addMessage(user: string, raw: Buffer, labelIds?: string[]): Promise<AddedMessage> {
    const prepared = await prepareMessage(raw);
    // New mail is dated when it arrives, as Gmail's internalDate is the receipt time.
    const message = this.state
      .mailboxFor(user)
      .add(prepared, { recordHistory: true, internalDate: this.state.now(), ...(labelIds ? { labelIds } : {}) });
    return { id: message.id, threadId: message.threadId, historyId: String(message.historyId) };
  }

  deleteMessage(user: string, id: string): boolean {
    return this.state.mailboxFor(user).delete(id) !== undefined;
  }

  modifyLabels(user: string, id: string, add: string[], remove: string[]): boolean {
    return this.state.mailboxFor(user).modifyLabels(id, add, remove) !== undefined;
  }

  users(): string[] {
    return this.state.users();
  }

  mailbox(user: string): Mailbox {
    return this.state.mailboxFor(user);
  }

  historyId(user: string): string {
    return String(this.state.mailboxFor(user).historyId);
  }

  injectFault(fault: FaultSpec): void {
    this.state.faults.add(fault);
  }

  httpRequests(): number {
    return this.state.calls.httpRequests();
  }

  unitsUsed(user?: string): number {
    return this.state.calls.unitsUsed(user);
  }

  revokeAllTokens(user: string): void {
    this.state.tokens.revokeUser(user.toLowerCase());
  }

  recreateAccount(user: string): void {
    this.state.recreateAccount(user);
  }

  /** The OAuth client's secret is reset, as in Google Cloud's console: the old one gets invalid_client. */
  resetClientSecret(secret: string): void {
    this.state.client.clientSecret = secret;
  }

  setSendAs(user: string, aliases: readonly SendAsAlias[]): void {
    const mailbox = this.state.mailboxFor(user);
    mailbox.sendAs = checkedAliases(mailbox.email, aliases);
  }

  expireHistoryBefore(user: string, historyId: number | string): void {
    this.state.mailboxFor(user).expireHistoryBefore(Number(historyId));
  }

  setPushEndpoint(url: string, options: { audience: string; serviceAccountEmail: string }): void {
    this.state.push.endpoint = { url, audience: options.audience, serviceAccountEmail: options.serviceAccountEmail };
  }

  registerPushTopic(topicName: string, options: { publisherGranted?: boolean } = {}): void {
    this.state.push.registerTopic(topicName, options.publisherGranted ?? true);
  }

  pushesSettled(): Promise<void> {
    return this.state.push.settled();
  }

  authorize(
    authUrl: string,
    options: { account?: string; decision?: "allow" | "cancel"; ticked?: readonly string[] } = {},
  ): string {
    const begun = this.authorizer.begin(new URL(authUrl).searchParams);
    const outcome =
      begun.kind === "consent"
        ? this.authorizer.decide(begun.consentId, options.account, options.decision !== "cancel", options.ticked)
        : begun;
    if (outcome.kind === "error") throw new Error(`Error ${outcome.status}: ${outcome.error}: ${outcome.description}`);
    if (outcome.kind !== "redirect") throw new Error("the authorization request did not finish");
    return outcome.location;
  }

  issueTokens(
    user: string,
    options: { scopes?: string[]; clientId?: string } = {},
  ): { accessToken: string; refreshToken: string } {
    const email = user.toLowerCase();
    this.state.mailboxFor(email);
    const scopes = normalizeScopes((options.scopes ?? [DEFAULT_SCOPES]).join(" "));
    const clientId = options.clientId ?? this.state.client.clientId ?? "emulator-client";
    const refresh = this.state.tokens.issueRefresh(email, clientId, scopes);
    const access = this.state.tokens.issueAccess(email, clientId, scopes, this.state.now(), refresh.token);
    return { accessToken: access.token, refreshToken: refresh.token };
  }

  /**
   * Back to the state right after start: the initial mail and send-as aliases, and no grants, tokens, faults,
   * calls, watches, push endpoint or push topics.
   */
  async reset(): Promise<void> {
    await this.state.push.settled();
    this.state.mailboxes.clear();
    this.state.tokens.clear();
    this.state.faults.clear();
    this.state.calls.clear();
    this.state.quota.clear();
    this.state.push.clear();
    this.authorizer.clear();
    this.fillMailboxes();
  }

  private fillMailboxes(): void {
    for (const [owner, messages] of this.initial) {
      const mailbox = this.state.mailboxFor(owner);
      for (const message of messages) mailbox.add(message, { recordHistory: false });
    }
    for (const [owner, aliases] of Object.entries(this.initialSendAs)) this.setSendAs(owner, aliases);
  }
}
