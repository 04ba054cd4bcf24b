import { type Request, type RequestHandler, type Response, Router } from "express";
import { z } from "zod";
import { ConsentNeededError, confirmStoredGrant, connectGoogleAccount } from "../accounts/index.js";
import { sealedPlaces } from "../crypto/index.js";
import type { TokenCipher } from "../crypto/index.js";
import type { PrismaClient } from "../db/index.js";
import {
  canSendWith,
  createAccessTokens,
  finishGoogleSignIn,
  type GoogleSignIn,
  MissingScopeError,
  type OAuthClient,
  SignInError,
  startGoogleSignIn,
} from "../gmail/index.js";
import type { Logger } from "../logger.js";
import type { SyncJobs } from "../queue/index.js";
import { AppError } from "./app-error.js";
import { SIGN_IN_COOKIE, clearCookie, readCookie, setCookie } from "./cookies.js";
import { requireCsrfToken, requireSignedIn } from "./csrf.js";
import { missingScopePage } from "./missing-scope-page.js";
import { safeReturnPath } from "./return-path.js";
import { askSendPermissionPage, sendPermissionRefusedPage } from "./send-permission-pages.js";
import { randomToken, safeEqual, sha256 } from "./secrets.js";
import { type SessionSettings, endSession, startSession } from "./sessions.js";

export interface SignInDeps {
  prisma: PrismaClient;
  cipher: TokenCipher;
  oauthClient: () => OAuthClient;
  clientId: string;
  jobs: SyncJobs;
  sessions: SessionSettings;
  logger: Logger;
  /** Runs before a sign-in starts: each start writes a row (see rate-limits.ts). */
  rateLimit: RequestHandler;
}

/** A sign-in must come back from Google within this time. */
const SIGN_IN_TTL_MS = 10 * 60 * 1000;
/**
 * How long an expired sign-in is kept before a new sign-in sweeps it away: long enough that one
 * that comes back late is told it took too long, not that it was already used (another person's
 * sign-in starting in between swept it at once before; CI's expiry test met that race).
 */
const EXPIRED_SIGN_IN_KEPT_MS = 24 * 60 * 60 * 1000;
const SIGN_IN_PATH = "/auth/google";
/**
 * Marks the state of a sign-in that asked Google for consent (prompt=consent): if even that
 * brings no refresh token, the sign-in fails rather than sending the browser round again.
 * Base64url has no ".", so no other state can start with it.
 */
const CONSENT_ROUND = "c.";

const CallbackQuery = z.object({
  state: z.string().min(1).max(200).optional(),
  code: z.string().min(1).max(2000).optional(),
  error: z.string().max(200).optional(),
});

const StartQuery = z.object({ prompt: z.literal("consent").optional() }).catch({});

/**
 * Signing in is signing in with Google: GET /auth/google starts the OAuth code flow with
 * a single-use state bound to this browser (a cookie whose hash the attempt row keeps) and
 * a PKCE verifier; the callback checks both, stores the sealed tokens, signs the
 * connector in and queues the first sync.
 *
 * Google's consent screen is shown only when SafeIntro needs it. A sign-in starts without
 * prompt=consent, so that Google asks only for what the person has not granted yet; then
 * Google sends a refresh token only at their first consent. If none came and SafeIntro has
 * none that works for that Google account (never connected, needs reconnecting, or the
 * stored one refused), the callback sends the browser straight back to Google with
 * prompt=consent and the account named: a second round, with a state and a PKCE verifier of
 * its own, bound to the same browser, that the person sees as one more consent screen.
 */
export function signInRoutes(deps: SignInDeps): Router {
  const router = Router();
  const accessTokens = createAccessTokens({ prisma: deps.prisma, cipher: deps.cipher, oauthClient: deps.oauthClient });

  /** Parks a new sign-in attempt, binds it to this browser, and sends the browser to Google. */
  async function sendToGoogle(
    response: Response,
    browserNonce: string,
    round: { askConsent: boolean; loginHint?: string; sendPermission?: { returnTo: string } },
  ): Promise<void> {
    const state = `${round.askConsent ? CONSENT_ROUND : ""}${randomToken()}`;
    const { url, codeVerifier } = await startGoogleSignIn(deps.oauthClient(), {
      state,
      askConsent: round.askConsent,
      ...(round.loginHint ? { loginHint: round.loginHint } : {}),
      alsoAskToSend: round.sendPermission !== undefined,
    });
    await deps.prisma.signInAttempt.create({
      data: {
        state,
        browserBinding: sha256(browserNonce),
        codeVerifierSealed: deps.cipher.seal(codeVerifier, sealedPlaces.codeVerifier(state)),
        wantsSend: round.sendPermission !== undefined,
        returnTo: round.sendPermission?.returnTo ?? null,
        expiresAt: new Date(Date.now() + SIGN_IN_TTL_MS),
      },
    });
    setCookie(response, deps.sessions, SIGN_IN_COOKIE, browserNonce, SIGN_IN_TTL_MS);
    response.redirect(303, url);
  }

  // ?prompt=consent: the missing-permission page's "Try again", which must show every box again.
  router.get(SIGN_IN_PATH, deps.rateLimit, async (request: Request, response: Response) => {
    await deps.prisma.signInAttempt.deleteMany({
      where: { expiresAt: { lt: new Date(Date.now() - EXPIRED_SIGN_IN_KEPT_MS) } },
    });
    const askConsent = StartQuery.parse(request.query).prompt === "consent";
    await sendToGoogle(response, randomToken(), { askConsent });
  });

  // Sending needs gmail.send, asked for only now (incremental consent): a page that says why first.
  router.get(`${SIGN_IN_PATH}/send-permission`, requireSignedIn, async (request: Request, response: Response) => {
    const connector = await deps.prisma.connector.findUniqueOrThrow({
      where: { id: request.signedIn?.connectorId ?? "" },
      include: { googleAccount: { select: { email: true } } },
    });
    response.type("html").send(
      askSendPermissionPage({
        csrfToken: request.signedIn?.csrfToken ?? "",
        returnTo: safeReturnPath(request.query.next),
        email: connector.googleAccount?.email ?? connector.email,
      }),
    );
  });

  router.post(
    `${SIGN_IN_PATH}/send-permission`,
    requireSignedIn,
    requireCsrfToken,
    deps.rateLimit,
    async (request: Request, response: Response) => {
      const account = await deps.prisma.googleAccount.findUnique({
        where: { connectorId: request.signedIn?.connectorId ?? "" },
        select: { email: true },
      });
      if (!account) throw new AppError("conflict", "Connect Gmail first.");
      await sendToGoogle(response, randomToken(), {
        askConsent: false,
        loginHint: account.email,
        sendPermission: { returnTo: safeReturnPath(request.query.next) },
      });
    },
  );

  router.get(`${SIGN_IN_PATH}/callback`, async (request: Request, response: Response) => {
    const query = CallbackQuery.safeParse(request.query);
    if (!query.success || !query.data.state)
      throw new AppError("bad_request", "This is not a sign-in answer from Google. Start again from SafeIntro.");
    const browserNonce = readCookie(request, deps.sessions, SIGN_IN_COOKIE);
    clearCookie(response, deps.sessions, SIGN_IN_COOKIE);
    // Deleting the attempt as it is read makes the state single-use, even under a replay race.
    const attempt = await deps.prisma.signInAttempt.delete({ where: { state: query.data.state } }).catch(() => null);
    if (!attempt || !browserNonce || !safeEqual(sha256(browserNonce), attempt.browserBinding)) {
      throw new AppError(
        "bad_request",
        "This sign-in was already used, or started in another browser. Start again from SafeIntro.",
      );
    }
    if (attempt.expiresAt < new Date()) throw new AppError("bad_request", "This sign-in took too long. Start again.");
    if (query.data.error) {
      throw new AppError(
        "bad_request",
        query.data.error === "access_denied"
          ? "You did not allow SafeIntro to read your Gmail, so nothing was connected."
          : "Google did not complete the sign-in. Start again.",
      );
    }
    if (!query.data.code) throw new AppError("bad_request", "Google's answer had no sign-in code. Start again.");

    let signIn: GoogleSignIn;
    try {
      signIn = await finishGoogleSignIn(
        deps.oauthClient(),
        { clientId: deps.clientId },
        {
          code: query.data.code,
          codeVerifier: deps.cipher.open(attempt.codeVerifierSealed, sealedPlaces.codeVerifier(attempt.state)),
        },
      );
    } catch (error) {
      if (error instanceof MissingScopeError) {
        response.status(400).type("html").send(missingScopePage(error.missing));
        return;
      }
      if (error instanceof SignInError) throw new AppError("bad_request", `Gmail was not connected: ${error.message}.`);
      deps.logger.warn({ failure: tokenEndpointFailure(error) }, "sign-in: code exchange failed");
      throw new AppError("bad_request", "Google did not accept the sign-in. Start again.");
    }
    if (attempt.wantsSend) {
      await finishSendPermission(request, response, signIn, safeReturnPath(attempt.returnTo));
      return;
    }
    if (!signIn.refreshToken) await confirmStoredGrant(deps.prisma, accessTokens, signIn.subject);
    const connected = await connectGoogleAccount(deps.prisma, deps.cipher, signIn).catch((error: unknown) => {
      if (!(error instanceof ConsentNeededError)) throw error;
      return null;
    });
    if (!connected) {
      if (attempt.state.startsWith(CONSENT_ROUND)) {
        throw new AppError("bad_request", "Google did not give SafeIntro lasting access to your Gmail. Start again.");
      }
      deps.logger.info("sign-in: no refresh token and none stored that works; asking Google for consent");
      await sendToGoogle(response, browserNonce, { askConsent: true, loginHint: signIn.email });
      return;
    }
    await endSession(deps.prisma, request, response, deps.sessions);
    await startSession(deps.prisma, response, deps.sessions, connected.connectorId);
    try {
      await deps.jobs.requestSync(connected.accountId, "connected");
      await deps.jobs.startSchedules(connected.accountId);
    } catch (error) {
      // Connected all the same: the status page says what happened and "Sync now" starts it later.
      deps.logger.error(
        { accountId: connected.accountId, error: (error as Error).message },
        "sign-in: could not queue the first sync",
      );
      await deps.prisma.googleAccount.update({
        where: { id: connected.accountId },
        data: {
          lastSyncError:
            "SafeIntro could not start syncing just now (its job queue did not answer). Press Sync now in a minute.",
        },
      });
    }
    deps.logger.info({ accountId: connected.accountId, needsFullSync: connected.needsFullSync }, "Gmail connected");
    response.redirect(303, "/");
  });

  /**
   * The end of a round that asked for gmail.send: for the signed-in connector's own Google
   * account only. Unticked, a page says what SafeIntro cannot do and nothing changes;
   * granted, the new tokens and scopes are stored and the connector goes back where they were.
   */
  async function finishSendPermission(
    request: Request,
    response: Response,
    signIn: GoogleSignIn,
    returnTo: string,
  ): Promise<void> {
    const signedIn = request.signedIn;
    if (!signedIn) throw new AppError("unauthenticated", "Sign in with Google first, then allow sending.");
    const account = await deps.prisma.googleAccount.findUnique({
      where: { connectorId: signedIn.connectorId },
      select: { googleSubject: true },
    });
    if (!account || account.googleSubject !== signIn.subject) {
      throw new AppError(
        "bad_request",
        "You chose another Google account than the one connected to SafeIntro. Nothing changed; try again and choose the connected account.",
      );
    }
    if (!canSendWith(signIn.scopes)) {
      response.type("html").send(sendPermissionRefusedPage({ csrfToken: signedIn.csrfToken, returnTo }));
      return;
    }
    if (!signIn.refreshToken) await confirmStoredGrant(deps.prisma, accessTokens, signIn.subject);
    await connectGoogleAccount(deps.prisma, deps.cipher, signIn);
    deps.logger.info({ connectorId: signedIn.connectorId }, "sending allowed");
    response.redirect(303, returnTo);
  }

  return router;
}

/** Errors from the token endpoint, without anything secret: status and Google's error code only. */
function tokenEndpointFailure(error: unknown): { status?: number; error?: string } {
  const response = (error as { response?: { status?: number; data?: { error?: string } } }).response;
  return { status: response?.status, error: response?.data?.error };
}
