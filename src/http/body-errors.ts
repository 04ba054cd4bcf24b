/**
 * The body parsers' refusals: a body too large, unreadable, or in a charset or content
 * encoding they do not read. They are client errors (http-errors marked `expose`, with a
 * `type` and the right 4xx status), not failures of SafeIntro: the client gets that status
 * and a plain message, and the log a line without a stack.
 */
export interface BodyProblem {
  status: number;
  /** body-parser's error type, e.g. "entity.too.large". */
  type: string;
  message: string;
}

const MESSAGES: Record<string, string> = {
  "entity.too.large": "The request is larger than SafeIntro accepts.",
  "parameters.too.many": "The form has more fields than SafeIntro accepts.",
  "charset.unsupported": "The request's character set is not supported. Send UTF-8.",
  "encoding.unsupported": "The request's content encoding is not supported.",
};
const UNREADABLE = "The request could not be read.";

export function bodyProblem(error: unknown): BodyProblem | null {
  if (typeof error !== "object" || error === null) return null;
  const { type, status, expose } = error as { type?: unknown; status?: unknown; expose?: unknown };
  // The parsers' 5xx (a stream already read or in the wrong mode) are programming errors: not here.
  if (typeof type !== "string" || typeof status !== "number" || status < 400 || status > 499 || expose !== true)
    return null;
  return { status, type, message: MESSAGES[type] ?? UNREADABLE };
}

/**
 * Too large is worth an operator's eye (a real client, such as Pub/Sub, may have outgrown a
 * limit); malformed input is only the sender's problem.
 */
export function logLevelOf(problem: BodyProblem): "info" | "debug" {
  return problem.status === 413 ? "info" : "debug";
}
