/**
 * MJML → HTML, once per template: at start-up, never per email. The result is still a
 * Handlebars template; its expressions must come out of MJML exactly as they went in.
 */
import mjml2html from "mjml";
import { defaultTemplatesDir } from "./templates-dir.js";
import { loadTemplateSources } from "./template-sources.js";

/**
 * No minifier and no beautifier (both off by default, said here so that no one turns them
 * on): either rewrites text and attributes, where the expressions live. Strict validation:
 * a template MJML's validator finds fault with never compiles. Includes stay off: partials
 * are Handlebars's (expand-partials.ts), and mj-include would read files at MJML's say.
 */
const MJML_OPTIONS = {
  validationLevel: "strict",
  minify: false,
  beautify: false,
  keepComments: false,
  ignoreIncludes: true,
  fonts: {},
} as const;

export interface MjmlProblem {
  line: number;
  tagName: string;
  message: string;
}

/** What MJML's validator, in strict mode, says about one template. */
export interface TemplateValidation {
  name: string;
  problems: MjmlProblem[];
}

/** Thrown when MJML's strict validator rejects a template: every problem, with its line. */
export class MjmlValidationError extends Error {
  constructor(
    readonly template: string,
    readonly problems: MjmlProblem[],
  ) {
    super(
      `MJML rejects the "${template}" template: ${problems.map((problem) => `line ${problem.line}: ${problem.message}`).join("; ")}`,
    );
    this.name = "MjmlValidationError";
  }
}

/** One template's MJML to HTML, strictly validated, with its Handlebars expressions checked intact. */
export async function compileMjml(mjml: string, template: string): Promise<string> {
  let html: string;
  try {
    ({ html } = await mjml2html(mjml, MJML_OPTIONS));
  } catch (error) {
    const problems = mjmlProblems(error);
    if (problems) throw new MjmlValidationError(template, problems);
    throw error;
  }
  const before = new Set(expressionsIn(mjml));
  const after = new Set(expressionsIn(html));
  const lost = [...before].filter((expression) => !after.has(expression));
  const made = [...after].filter((expression) => !before.has(expression));
  if (lost.length > 0 || made.length > 0) {
    throw new Error(
      `MJML changed the Handlebars expressions of the "${template}" template (lost: ${lost.join(" ") || "none"}; new: ${made.join(" ") || "none"}). Keep expressions in text and attribute values.`,
    );
  }
  return html;
}

/** Runs MJML's validator in strict mode on every template, partials in place. */
export async function validateTemplates(options: { templatesDir?: string } = {}): Promise<TemplateValidation[]> {
  const sources = await loadTemplateSources(options.templatesDir ?? defaultTemplatesDir());
  const results: TemplateValidation[] = [];
  for (const source of sources) {
    try {
      await mjml2html(source.mjml, MJML_OPTIONS);
      results.push({ name: source.name, problems: [] });
    } catch (error) {
      const problems = mjmlProblems(error);
      if (!problems) throw error;
      results.push({ name: source.name, problems });
    }
  }
  return results;
}

function expressionsIn(markup: string): string[] {
  return markup.match(/\{\{[^}]*\}\}/g) ?? [];
}

/** The problems of MJML's ValidationError (strict mode), or null for any other error. */
function mjmlProblems(error: unknown): MjmlProblem[] | null {
  if (!(error instanceof Error) || !("errors" in error) || !Array.isArray(error.errors)) return null;
  return (error.errors as { line?: unknown; tagName?: unknown; message?: unknown }[]).map((problem) => ({
    line: Number(problem.line ?? 0),
    tagName: String(problem.tagName ?? ""),
    message: String(problem.message ?? ""),
  }));
}
