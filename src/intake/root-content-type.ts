import type { ParsedMail } from "mailparser";

/** The message's own Content-Type ("multipart/report", "text/calendar"), without parameters. */
export function rootContentType(mail: ParsedMail): string {
  const contentType = mail.headers.get("content-type");
  return typeof contentType === "object" && contentType !== null && "value" in contentType
    ? String(contentType.value)
    : String(contentType ?? "");
}
