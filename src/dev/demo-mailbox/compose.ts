import MailComposer from "nodemailer/lib/mail-composer";
import type { Mail } from "./builder.js";
import type { Person } from "./cast.js";

/** The raw message, built by nodemailer's MailComposer (encoded words, folding, transfer encoding). */
export async function compose(mail: Mail, boundary: string): Promise<string> {
  const address = (someone: Person) => ({ name: someone.name, address: someone.email });
  const composer = new MailComposer({
    from: address(mail.from),
    to: mail.to.map(address),
    ...(mail.cc.length > 0 ? { cc: mail.cc.map(address) } : {}),
    subject: mail.subject,
    date: mail.date,
    messageId: mail.messageId,
    ...(mail.references.length > 0 ? { inReplyTo: mail.references.at(-1), references: mail.references.join(" ") } : {}),
    text: wrap(mail.quoted === null ? mail.text : `${mail.text}\n\n${mail.quoted}`),
    // Google Takeout's label header, which the Gmail emulator files the message by.
    headers: { "X-Gmail-Labels": mail.labels, ...mail.headers },
    baseBoundary: boundary,
    newline: "windows",
  });
  return (await composer.compile().build()).toString("utf8");
}

/** Lines folded at 72 characters as mail programs write them; a quoted line's ">" starts each piece. */
function wrap(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const prefix = /^(?:> ?)*/.exec(line)?.[0] ?? "";
      const words = line.slice(prefix.length).split(" ");
      const lines: string[] = [];
      let current = "";
      for (const word of words) {
        if (current !== "" && prefix.length + current.length + 1 + word.length > 72) {
          lines.push(current);
          current = word;
        } else {
          current = current === "" ? word : `${current} ${word}`;
        }
      }
      lines.push(current);
      return lines.map((piece) => `${prefix}${piece}`).join("\n");
    })
    .join("\n");
}

/** A file name's words from a subject: ASCII, lower case, at most 40 characters. */
export function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/^(re|fwd?):\s*/, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "message"
  );
}
