import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { googleEndpoints } from "../../../src/gmail/google-endpoints.js";
import { createOAuthClient, finishGoogleSignIn } from "../../../src/gmail/oauth-client.js";

const endpoints = googleEndpoints();
const CLIENT_ID = "safeintro-test.apps.googleusercontent.com";
const GMAIL_READONLY = "https://www.googleapis.com/auth/gmail.readonly";

/** An RSA key and how Google would publish it: kid → PEM. */
function signingKey(kid: string) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid, privateKey, published: { [kid]: publicKey.export({ type: "spki", format: "pem" }).toString() } };
}

function jwt(key: { kid: string; privateKey: KeyObject }, claims: Record<string, unknown>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const input = `${encode({ alg: "RS256", kid: key.kid, typ: "JWT" })}.${encode(claims)}`;
  return `${input}.${sign("sha256", Buffer.from(input), key.privateKey).toString("base64url")}`;
}

const now = () => Math.floor(Date.now() / 1000);
const claims = (overrides: Record<string, unknown> = {}) => ({
  iss: "https://accounts.google.com",
  aud: CLIENT_ID,
  sub: "110169484474386276334",
  email: "Sam@Rivera.example",
  email_verified: true,
  iat: now(),
  exp: now() + 3600,
  ...overrides,
});

describe("signing in: the ID token's signature is checked against Google's keys", () => {
  const google = signingKey("google-key-1");
  const forger = signingKey("google-key-1"); // claims Google's key id, signs with its own key

  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  function googleAnswers(idToken: string) {
    nock(new URL(endpoints.tokenUrl).origin)
      .post(new URL(endpoints.tokenUrl).pathname)
      .reply(200, {
        access_token: "ya29.a",
        refresh_token: "1//r",
        expires_in: 3599,
        scope: `openid email ${GMAIL_READONLY}`,
        token_type: "Bearer",
        id_token: idToken,
      });
    nock(new URL(endpoints.certsUrl).origin)
      .get(new URL(endpoints.certsUrl).pathname)
      .reply(200, google.published, { "Cache-Control": "max-age=3600" });
  }
  const finish = () =>
    finishGoogleSignIn(
      createOAuthClient({
        clientId: CLIENT_ID,
        clientSecret: "s",
        redirectUri: "https://intros.example/auth/google/callback",
        endpoints,
      }),
      { clientId: CLIENT_ID },
      { code: "4/code", codeVerifier: "v".repeat(43) },
    );

  it("accepts a token Google signed, and reads who signed in from it", async () => {
    googleAnswers(jwt(google, claims()));
    await expect(finish()).resolves.toMatchObject({
      subject: "110169484474386276334",
      email: "sam@rivera.example",
      refreshToken: "1//r",
    });
  });

  it("refuses a token signed by anyone else, however right its claims", async () => {
    googleAnswers(jwt(forger, claims()));
    await expect(finish()).rejects.toThrow("Google's ID token could not be verified (bad signature)");
  });

  it("refuses a token for another client, an unknown issuer, an expired one, and an unverified address", async () => {
    googleAnswers(jwt(google, claims({ aud: "someone-else.apps.googleusercontent.com" })));
    await expect(finish()).rejects.toThrow("(it is for another client)");
    googleAnswers(jwt(google, claims({ iss: "https://evil.example" })));
    await expect(finish()).rejects.toThrow("(unknown issuer)");
    googleAnswers(jwt(google, claims({ iat: now() - 7200, exp: now() - 3600 })));
    await expect(finish()).rejects.toThrow("(it has expired)");
    googleAnswers(jwt(google, claims({ email_verified: false })));
    await expect(finish()).rejects.toThrow("no verified email address");
  });
});
