/**
 * The email renderer: every template compiled once (MJML → HTML → Handlebars; text and
 * subject → Handlebars), then filled per email. Rendering an email never runs MJML.
 */
import Handlebars from "handlebars";
import { assertKnownVariables } from "./check-variables.js";
import { compileMjml } from "./compile-mjml.js";
import {
  EMAIL_NAMES,
  EMAIL_SCHEMAS,
  isEmailName,
  parseEmailData,
  type EmailData,
  type EmailName,
} from "./template-data.js";
import { defaultTemplatesDir } from "./templates-dir.js";
import { loadTemplateSources } from "./template-sources.js";
import { cleanSubject } from "./user-text.js";

export interface RenderedEmail {
  /** One line, plain text: no CR, LF or other control character, at most 300 characters. */
  subject: string;
  html: string;
  text: string;
}

export interface EmailRenderer {
  /** Throws EmailDataError when the data does not fit the template, and on an unknown name. */
  render<Name extends EmailName>(name: Name, data: EmailData[Name]): RenderedEmail;
  readonly templates: readonly EmailName[];
  /** How many times MJML compiled a template: once per template, at creation, and never again. */
  readonly mjmlCompilations: number;
}

interface CompiledEmail {
  subject: HandlebarsTemplateDelegate;
  html: HandlebarsTemplateDelegate;
  text: HandlebarsTemplateDelegate;
}

/**
 * Strict: a variable a template names and the data lacks throws rather than rendering as
 * nothing. (Helpers' arguments escape strict mode, so the helpers check their own, and the
 * schemas in template-data.ts have already checked every value.)
 */
const COMPILE_OPTIONS = { strict: true } as const;
const RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

export async function createEmailRenderer(options: { templatesDir?: string } = {}): Promise<EmailRenderer> {
  const sources = await loadTemplateSources(options.templatesDir ?? defaultTemplatesDir());
  const html = htmlEnvironment();
  const text = textEnvironment();
  let mjmlCompilations = 0;
  const compiled = new Map<EmailName, CompiledEmail>();
  for (const source of sources) {
    const fields = Object.keys(EMAIL_SCHEMAS[source.name].shape);
    const where = (file: string) => `${source.name}/${file}`;
    assertKnownVariables(source.subject, new Set(fields), TEXT_HELPERS, where("subject.hbs"));
    assertKnownVariables(
      source.mjml,
      new Set([...fields, "subject"]),
      HTML_HELPERS,
      where("body.mjml, partials in place"),
    );
    assertKnownVariables(
      source.text,
      new Set([...fields, "subject"]),
      TEXT_HELPERS,
      where("body.txt.hbs, partials in place"),
    );
    const markup = await compileMjml(source.mjml, source.name);
    mjmlCompilations += 1;
    compiled.set(source.name, {
      subject: compileNow(text, source.subject, { ...COMPILE_OPTIONS, noEscape: true }),
      html: compileNow(html, markup, COMPILE_OPTIONS),
      text: compileNow(text, source.text, { ...COMPILE_OPTIONS, noEscape: true }),
    });
  }

  return {
    templates: EMAIL_NAMES,
    get mjmlCompilations() {
      return mjmlCompilations;
    },
    render(name, data) {
      const email = isEmailName(name) ? compiled.get(name) : undefined;
      if (email === undefined) {
        throw new Error(`No email template named "${String(name)}" (there are: ${EMAIL_NAMES.join(", ")})`);
      }
      const values = parseEmailData(name, data);
      try {
        const subject = cleanSubject(email.subject(values, RUNTIME_OPTIONS));
        const context = { ...values, subject };
        return {
          subject,
          html: email.html(context, RUNTIME_OPTIONS),
          text: tidyText(email.text(context, RUNTIME_OPTIONS)),
        };
      } catch (error) {
        // Handlebars's own errors ("x" not defined in [object Object]) do not say which email.
        throw new Error(`The "${name}" email's template failed: ${(error as Error).message}`, { cause: error });
      }
    },
  };
}

const HTML_HELPERS = new Set(["lines"]);
const TEXT_HELPERS = new Set(["quote", "replySubject"]);

/** Handlebars compiles on first use; this parses now, so a broken template stops start-up, not a send. */
function compileNow(
  environment: typeof Handlebars,
  source: string,
  options: CompileOptions,
): HandlebarsTemplateDelegate {
  environment.parse(source);
  return environment.compile(source, options);
}

/** HTML: Handlebars escapes every `{{value}}`; `{{lines text}}` escapes, then keeps the line breaks as <br />. */
function htmlEnvironment(): typeof Handlebars {
  const environment = Handlebars.create();
  environment.registerHelper("lines", (value: unknown) => {
    const escaped = Handlebars.escapeExpression(requireText("lines", value));
    return new Handlebars.SafeString(escaped.replace(/\n/g, "<br />\n"));
  });
  return environment;
}

/** Plain text and subjects: nothing escaped; `{{quote text}}` quotes each line, `{{replySubject s}}` makes "Re: s". */
function textEnvironment(): typeof Handlebars {
  const environment = Handlebars.create();
  environment.registerHelper("quote", (value: unknown) =>
    requireText("quote", value)
      .split("\n")
      .map((line) => (line === "" ? ">" : `> ${line}`))
      .join("\n"),
  );
  environment.registerHelper("replySubject", (value: unknown) => {
    const subject = requireText("replySubject", value);
    return /^re:/i.test(subject) ? subject : `Re: ${subject}`;
  });
  return environment;
}

function requireText(helper: string, value: unknown): string {
  if (typeof value !== "string") throw new Error(`{{${helper}}} needs text, and was given ${typeof value}`);
  return value;
}

/** At most one blank line in a row (left by optional parts), and one line feed at the end. */
function tidyText(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
