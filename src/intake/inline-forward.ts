import type { AddressObject, ParsedMail } from "mailparser";

/**
 * A message as Gmail writes it under a forward: its header block, then its text. What
 * `safeintro forward` sends, and how a message forwarded as an attachment is read, so that one
 * forward reader serves both.
 */
export function inlineForward(original: ParsedMail): string {
  const block = [
    "---------- Forwarded message ---------",
    `From: ${people(original.from)}`,
    `Date: ${original.date ? original.date.toUTCString() : ""}`,
    `Subject: ${original.subject ?? ""}`,
    `To: ${people(original.to)}`,
    ...(original.cc ? [`Cc: ${people(original.cc)}`] : []),
  ].join("\n");
  return `${block}\n\n${original.text ?? ""}`;
}

/** "Name <address>, …", as a forward's header block shows people. */
function people(field: AddressObject | AddressObject[] | undefined): string {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects
    .flatMap((object) => object.value)
    .map((entry) => (entry.name ? `${entry.name} <${entry.address ?? ""}>` : (entry.address ?? "")))
    .join(", ");
}
