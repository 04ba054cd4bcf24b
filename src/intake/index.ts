export { parseEmail, type ParseOptions } from "./parse-email.js";
export { InputError, type InputErrorCode } from "./input-error.js";
export type { ParsedEmail } from "./parsed-email.js";
