import { subjectIdFor } from "../mailbox/ids.js";
import { Mailbox } from "../mailbox/mailbox.js";
import { SigningKey } from "../oauth/signing-key.js";
import { TokenStore } from "../oauth/token-store.js";
import { CallLog } from "./call-log.js";
import { FaultRegistry } from "./faults.js";
import { PushNotifier } from "./push.js";
import { QuotaLimiter } from "./quota.js";

/** The OAuth client the emulator accepts. */
export interface ClientConfig {
  /** When unset, any client id and secret are accepted. */
  clientId: string | undefined;
  /** Changeable: a secret reset in Google Cloud leaves a deployment with the old one. */
  clientSecret: string | undefined;
  /** When unset, any http(s) redirect URI is accepted. */
  redirectUris: string[] | undefined;
  /** Shown on the consent page. */
  appName: string;
}

/** Everything the emulator's routes share; one instance per emulator. */
export class EmulatorState {
  readonly mailboxes = new Map<string, Mailbox>();
  readonly tokens = new TokenStore();
  readonly calls = new CallLog();
  readonly faults = new FaultRegistry();
  readonly quota: QuotaLimiter;
  readonly key: SigningKey;
  readonly push: PushNotifier;

  constructor(
    readonly client: ClientConfig,
    quotaUnitsPerSecond: number,
    readonly now: () => number,
  ) {
    this.quota = new QuotaLimiter(quotaUnitsPerSecond);
    this.key = new SigningKey(new Date(now()));
    this.push = new PushNotifier(this.key, now);
  }

  /** The user's mailbox; an account with no mail gets an empty one (as a new Gmail account has). */
  mailboxFor(email: string): Mailbox {
    const key = email.toLowerCase();
    let mailbox = this.mailboxes.get(key);
    if (!mailbox) {
      const created = new Mailbox(key);
      created.onHistory((record) => this.push.notify(created, record));
      this.mailboxes.set(key, created);
      mailbox = created;
    }
    return mailbox;
  }

  users(): string[] {
    return [...this.mailboxes.keys()];
  }

  /** How many times each address was given to a new Google account (deleted and created again). */
  private readonly generations = new Map<string, number>();

  /** Google's `sub` for the account that holds the address now. */
  subjectFor(email: string): string {
    const key = email.toLowerCase();
    const generation = this.generations.get(key) ?? 0;
    return subjectIdFor(generation === 0 ? key : `${key}#${generation}`);
  }

  /**
   * The address now belongs to a new Google account, as when a Workspace user is deleted and
   * created again: the old account's tokens stop working, and the new one has a new `sub` and
   * an empty mailbox.
   */
  recreateAccount(email: string): void {
    const key = email.toLowerCase();
    this.tokens.revokeUser(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.mailboxes.delete(key);
  }
}
