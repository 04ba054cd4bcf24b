/**
 * `npx tsx scripts/render-email.ts NAME [--text|--subject] > /tmp/x.html`: one email rendered
 * from the templates with built-in sample data (src/email/sample-data.ts), to look at in a
 * browser. The HTML by default; --text prints the plain-text body, --subject the subject.
 * Without a name, lists the emails.
 */
import { createEmailRenderer, EMAIL_NAMES, isEmailName, SAMPLE_EMAIL_DATA } from "../src/email/index.js";

const [name] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
if (!isEmailName(name)) {
  process.stderr.write(
    `${name === undefined ? "" : `No email named "${name}". `}Usage: npx tsx scripts/render-email.ts NAME [--text|--subject]\nEmails: ${EMAIL_NAMES.join(", ")}\n`,
  );
  process.exit(name === undefined ? 0 : 2);
}
const renderer = await createEmailRenderer();
// SAMPLE_EMAIL_DATA[name] is the data of that very email; TypeScript cannot tie the two through a variable name.
const email = renderer.render(name, SAMPLE_EMAIL_DATA[name] as never);
if (process.argv.includes("--subject")) process.stdout.write(`${email.subject}\n`);
else if (process.argv.includes("--text")) process.stdout.write(email.text);
else process.stdout.write(email.html);
