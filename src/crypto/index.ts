// Secrets at rest: the token cipher and where each sealed value lives. Other folders import from here, never from the files themselves.
export * from "./sealed-places.js";
export * from "./token-cipher.js";
