import { createHash, generateKeyPairSync, sign, type JsonWebKey, type KeyObject } from "node:crypto";
import { selfSignedCertificatePem } from "./x509.js";

export type JwtClaims = Record<string, string | number | boolean>;

/**
 * The emulator's stand-in for Google's signing key: signs ID tokens and push OIDC tokens
 * (RS256) and publishes itself as Google does, as a PEM certificate and as a JWK.
 */
export class SigningKey {
  readonly kid: string;
  readonly certificatePem: string;
  readonly publicKeyPem: string;
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor(now: Date) {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    const spki = publicKey.export({ type: "spki", format: "der" });
    this.kid = createHash("sha1").update(spki).digest("hex");
    this.publicKeyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
    const yearMs = 365 * 86_400_000;
    this.certificatePem = selfSignedCertificatePem(
      publicKey,
      privateKey,
      "gmail-emulator.local",
      new Date(now.getTime() - yearMs),
      new Date(now.getTime() + yearMs),
    );
  }

  signJwt(claims: JwtClaims): string {
    const header = { alg: "RS256", kid: this.kid, typ: "JWT" };
    const signingInput = `${encodeJson(header)}.${encodeJson(claims)}`;
    const signature = sign("sha256", Buffer.from(signingInput), this.privateKey).toString("base64url");
    return `${signingInput}.${signature}`;
  }

  jwk(): JsonWebKey {
    return { ...this.publicKey.export({ format: "jwk" }), kid: this.kid, alg: "RS256", use: "sig" };
  }
}

function encodeJson(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}
