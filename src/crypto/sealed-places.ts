import type { SealedPlace } from "./token-cipher.js";

/** The sealed columns of the schema, each bound to its row (see TokenCipher). */
export const sealedPlaces = {
  refreshToken: (accountId: string): SealedPlace => ({
    table: "google_accounts",
    column: "refresh_token_sealed",
    rowId: accountId,
  }),
  accessToken: (accountId: string): SealedPlace => ({
    table: "google_accounts",
    column: "access_token_sealed",
    rowId: accountId,
  }),
  codeVerifier: (state: string): SealedPlace => ({
    table: "sign_in_attempts",
    column: "code_verifier_sealed",
    rowId: state,
  }),
};
