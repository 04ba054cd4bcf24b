import { z } from "zod";

/** The shapes of settings that several parts of the configuration share (src/config.ts). */

/** An unset variable and an empty one mean the same thing: use the default. */
export const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

/** Optional free text; empty is unset. */
export const optionalText = () => z.preprocess(emptyAsUnset, z.string().optional());

const BYTES_MESSAGE = "must be a whole number of bytes greater than 0";

/** A size in bytes, greater than 0, `fallback` when unset. */
export function positiveBytes(fallback: number) {
  return z.preprocess(
    emptyAsUnset,
    z.coerce
      .number({ error: BYTES_MESSAGE })
      .int({ error: BYTES_MESSAGE })
      .positive({ error: BYTES_MESSAGE })
      .default(fallback),
  );
}
