import { randomUUID } from "node:crypto";
import { createGmailEmulator, type GmailEmulator } from "@safeintro/gmail-emulator";
import { pino } from "pino";
import { connectGoogleAccount } from "../../src/accounts/connect-google-account.js";
import { loadConfig, requireServerSettings } from "../../src/config.js";
import { emulatorSettings } from "../../src/dev/emulator-settings.js";
import { composeEmail, type EmailToCompose, writeOutboxEmail } from "../../src/outbox/index.js";
import { createServices, type Services } from "../../src/runtime/services.js";
import { uniqueAddress } from "./mail.js";
import { databaseUrl, redisPrefix, redisUrl } from "./services.js";

const CLIENT = { id: "send-test-client", secret: "send-test-secret" };
const AUTH = "https://www.googleapis.com/auth/";
/** What a connector who allowed sending has granted. */
export const SEND_SCOPES = ["openid", "email", `${AUTH}gmail.readonly`, `${AUTH}gmail.send`];
/** Signed in, sending never allowed. */
export const READ_SCOPES = ["openid", "email", `${AUTH}gmail.readonly`];

export interface SendSetup {
  address: string;
  connectorId: string;
  accountId: string;
  emulator: GmailEmulator;
  services: Services;
  /** The settings a worker process of this setup runs with. */
  env: Record<string, string>;
  /** Composes an email from the connector and writes its outbox row in a transaction, as a state change does. */
  writeEmail(
    overrides?: Partial<EmailToCompose>,
    row?: { introRequestId?: string },
  ): Promise<{ id: string; messageId: string }>;
  /** An intro request of the connector's, for the emails that belong to one. */
  newRequest(): Promise<string>;
  /** The connector's mail Gmail filed as sent. */
  sentMail(): ReturnType<ReturnType<GmailEmulator["mailbox"]>["list"]>;
  /** The emulator's users.messages.send and messages.list calls, by status. */
  sendCalls(): { status: number }[];
  searchCalls(): { status: number }[];
  close(): Promise<void>;
}

/**
 * A connector whose Gmail (the emulator, over HTTP) is connected with `scopes`, and the
 * product's services on the run's PostgreSQL and Redis, under a key prefix of their own.
 */
export async function startSendSetup(
  options: {
    scopes?: string[];
    env?: Record<string, string>;
    /**
     * false: the mailbox is stopped for syncing (syncStoppedAt), so that a worker process
     * makes no schedule for it and every messages.list the emulator sees is a send's search.
     */
    syncing?: boolean;
  } = {},
): Promise<SendSetup> {
  const address = uniqueAddress();
  const emulator = await createGmailEmulator({
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
    mailboxes: { [address]: [] },
  });
  const { url: googleBaseUrl } = await emulator.listen(0);
  const env = {
    NODE_ENV: "test",
    LOG_LEVEL: "warn",
    POLL_INTERVAL_SECONDS: "3600",
    ...emulatorSettings({
      googleBaseUrl,
      client: CLIENT,
      databaseUrl: databaseUrl(),
      redisUrl: redisUrl(),
      redisKeyPrefix: `${redisPrefix()}:${randomUUID().slice(0, 8)}`,
    }),
    ...options.env,
  };
  const services = createServices(requireServerSettings(loadConfig(env)), { logger: pino({ level: "silent" }) });
  const scopes = options.scopes ?? SEND_SCOPES;
  const tokens = emulator.issueTokens(address, { clientId: CLIENT.id, scopes });
  const { connectorId, accountId } = await connectGoogleAccount(services.prisma, services.cipher, {
    subject: randomUUID(),
    email: address,
    scopes: scopes.join(" "),
    refreshToken: tokens.refreshToken,
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: new Date(Date.now() + 3_500_000),
  });
  if (options.syncing === false)
    await services.prisma.googleAccount.update({ where: { id: accountId }, data: { syncStoppedAt: new Date() } });
  const calls = (pattern: RegExp, method: string) =>
    emulator.calls
      .filter((call) => call.method === method && pattern.test(call.path))
      .map(({ status }) => ({ status }));
  return {
    address,
    connectorId,
    accountId,
    emulator,
    services,
    env,
    async writeEmail(overrides = {}, row = {}) {
      const email = await composeEmail({
        purpose: "ask_target",
        from: { name: "Sam Rivera", address },
        to: [{ name: "Mary Jones", address: "mary@xyz.example" }],
        subject: "Would you talk to Alex?",
        text: "Hi Mary,\n\nAlex asked me for an introduction to you.\n",
        html: "<p>Hi Mary,</p><p>Alex asked me for an introduction to you.</p>",
        messageIdDomain: services.messageIdDomain,
        ...overrides,
      });
      return services.prisma.$transaction((tx) =>
        writeOutboxEmail(tx, {
          connectorId,
          purpose: overrides.purpose ?? "ask_target",
          email,
          ...(row.introRequestId ? { introRequestId: row.introRequestId } : {}),
        }),
      );
    },
    async newRequest() {
      const request = await services.prisma.introRequest.create({
        data: {
          connectorId,
          sourceKey: `<${randomUUID()}@northwind.example>`,
          requesterEmail: "alex@northwind.example",
        },
        select: { id: true },
      });
      return request.id;
    },
    sentMail: () =>
      emulator
        .mailbox(address)
        .list()
        .filter((message) => message.labelIds.includes("SENT")),
    sendCalls: () => calls(/\/messages\/send$/, "POST"),
    searchCalls: () => calls(/\/messages$/, "GET"),
    async close() {
      await services.prisma.connector.deleteMany({ where: { id: connectorId } });
      await services.close();
      await emulator.close();
    },
  };
}
