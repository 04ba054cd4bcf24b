/**
 * The templates folder, read and checked: one folder per email (subject.hbs, body.mjml,
 * body.txt.hbs) and partials/ (NAME.mjml for the HTML bodies, NAME.txt.hbs for the text
 * ones), with the partials already put in place.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import Handlebars from "handlebars";
import { assertAllEscaped, expandPartials } from "./expand-partials.js";
import { EMAIL_NAMES, type EmailName } from "./template-data.js";

export interface TemplateSource {
  name: EmailName;
  /** One line of Handlebars: the subject, filled as plain text. */
  subject: string;
  /** The MJML document with the HTML partials in place and every variable still a Handlebars expression. */
  mjml: string;
  /** The plain-text body, with the text partials in place. */
  text: string;
}

const PARTIALS = "partials";

export async function loadTemplateSources(templatesDir: string): Promise<TemplateSource[]> {
  const folders = (await readdir(templatesDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && entry.name !== PARTIALS)
    .map((entry) => entry.name)
    .sort();
  const expected = [...EMAIL_NAMES].sort();
  if (folders.join() !== expected.join()) {
    throw new Error(
      `${templatesDir} must hold one folder per email (${expected.join(", ")}) and ${PARTIALS}/; it holds ${folders.join(", ") || "none"}`,
    );
  }
  const htmlPartials = await readPartials(join(templatesDir, PARTIALS), ".mjml");
  for (const [name, partial] of htmlPartials) assertAllEscaped(partial, join(templatesDir, PARTIALS, `${name}.mjml`));
  const textPartials = await readPartials(join(templatesDir, PARTIALS), ".txt.hbs");
  return Promise.all(
    EMAIL_NAMES.map(async (name) => {
      const file = (base: string) => join(templatesDir, name, base);
      const subject = (await readTemplate(file("subject.hbs"))).trim();
      if (subject.includes("\n")) throw new Error(`${file("subject.hbs")}: a subject is one line`);
      const body = await readTemplate(file("body.mjml"));
      assertAllEscaped(body, file("body.mjml"));
      const mjml = expandPartials(body, htmlPartials, Handlebars.escapeExpression, file("body.mjml"));
      return {
        name,
        subject,
        mjml,
        text: expandPartials(
          await readTemplate(file("body.txt.hbs")),
          textPartials,
          (value) => value,
          file("body.txt.hbs"),
        ),
      };
    }),
  );
}

async function readPartials(dir: string, extension: string): Promise<Map<string, string>> {
  const files = (await readdir(dir)).filter((file) => file.endsWith(extension)).sort();
  const partials = new Map<string, string>();
  for (const file of files) partials.set(file.slice(0, -extension.length), await readTemplate(join(dir, file)));
  return partials;
}

/** A template file with its line endings made "\n", whatever the editor saved. */
async function readTemplate(path: string): Promise<string> {
  return (await readFile(path, "utf8")).replace(/\r\n?/g, "\n");
}
