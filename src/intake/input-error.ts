/**
 * A message that cannot be analysed, with a reason fit to show a user in one line.
 * Thrown by intake; callers report it per input and carry on with the others.
 */
export type InputErrorCode = "empty" | "binary" | "too_large" | "no_headers" | "truncated" | "unreadable";

export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The one wording of the size limit, wherever it is hit (file, pipe, parser). */
export function messageTooLarge(bytes: number, maxBytes: number, atLeast = false): InputError {
  const megabytes = (count: number) => `${(count / (1024 * 1024)).toFixed(1)} MB`;
  return new InputError(
    "too_large",
    `message is ${atLeast ? "more than " : ""}${megabytes(bytes)}, over the ${megabytes(maxBytes)} limit (MAX_MESSAGE_BYTES)`,
  );
}
