// What stops a broken template at start-up rather than at a send: each test copies the
// templates to a temporary folder, breaks one file, and creates a renderer from the copy.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  createEmailRenderer,
  defaultTemplatesDir,
  MjmlValidationError,
  SAMPLE_EMAIL_DATA,
  validateTemplates,
} from "../../src/email/index.js";

const copies: string[] = [];
afterEach(async () => {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of the templates with `file` changed by `edit`. */
async function templatesWith(file: string, edit: (source: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "email-templates-"));
  copies.push(dir);
  await cp(defaultTemplatesDir(), dir, { recursive: true });
  await writeFile(join(dir, file), edit(await readFile(join(dir, file), "utf8")));
  return dir;
}

const replace = (from: string, to: string) => (source: string) => {
  if (!source.includes(from)) throw new Error(`the template no longer holds ${from}`);
  return source.replace(from, to);
};

describe("a broken template", () => {
  it("that MJML's strict validator rejects stops start-up, and validateTemplates names it", async () => {
    const dir = await templatesWith(
      "review/body.mjml",
      replace('<mj-section padding="24px 0 8px 0">', '<mj-section padding="lots">'),
    );
    await expect(createEmailRenderer({ templatesDir: dir })).rejects.toThrow(MjmlValidationError);
    await expect(createEmailRenderer({ templatesDir: dir })).rejects.toThrow(/"review" template: line \d+: .*padding/);
    const results = await validateTemplates({ templatesDir: dir });
    expect(results.filter((result) => result.problems.length > 0).map((result) => result.name)).toEqual(["review"]);
  });

  it("with a Handlebars block between MJML components, which MJML drops without a word, stops start-up", async () => {
    // Strict validation passes this; the compiled HTML would have lost the {{#if}} and shown the button always.
    const dir = await templatesWith(
      "target-reminder/body.mjml",
      replace(
        '{{> button href=yesUrl label="Yes, introduce us" kind="primary"}}',
        '{{#if yesUrl}}{{> button href=yesUrl label="Yes" kind="primary"}}{{/if}}',
      ),
    );
    expect((await validateTemplates({ templatesDir: dir })).every((result) => result.problems.length === 0)).toBe(true);
    await expect(createEmailRenderer({ templatesDir: dir })).rejects.toThrow(
      /MJML changed the Handlebars expressions of the "target-reminder" template \(lost: \{\{#if yesUrl\}\} \{\{\/if\}\}/,
    );
  });

  it("that inserts a value unescaped into HTML stops start-up, in a body or a partial", async () => {
    const body = await templatesWith(
      "introduction/body.mjml",
      replace("{{targetName}}, meet", "{{{targetName}}}, meet"),
    );
    await expect(createEmailRenderer({ templatesDir: body })).rejects.toThrow(
      /introduction\/body\.mjml:\d+: \{\{\{…\}\}\}/,
    );
    const partial = await templatesWith("partials/button.mjml", replace("{{label}}", "{{& label}}"));
    await expect(createEmailRenderer({ templatesDir: partial })).rejects.toThrow(/partials\/button\.mjml:1: /);
  });

  it("that calls a partial wrongly stops start-up", async () => {
    const cases: [string, string, string, RegExp][] = [
      ["decline-note/body.mjml", "{{> header}}", "{{> heading}}", /no partial named heading/],
      [
        "review/body.txt.hbs",
        '{{> button href=declineUrl label="Decline"}}',
        '{{> button href=declineUrl labl="Decline"}}',
        /unknown parameter labl/,
      ],
      [
        "review/body.mjml",
        'label="Decline" kind="secondary"',
        "label=declineLabel kind=3",
        /parameters are variables or "quoted text", not NumberLiteral/,
      ],
      ["ask-target/body.mjml", "{{> footer}}", "{{#> footer}}x{{/footer}}", /partial blocks are not supported/],
    ];
    for (const [file, from, to, error] of cases) {
      const dir = await templatesWith(file, replace(from, to));
      await expect(createEmailRenderer({ templatesDir: dir }), file).rejects.toThrow(error);
    }
  });

  it("that uses a parameter of its own in a block stops start-up: the block would be decided once, at compile time", async () => {
    const dir = await templatesWith("partials/button.mjml", (source) => `{{#if href}}${source.trim()}{{/if}}\n`);
    await expect(createEmailRenderer({ templatesDir: dir })).rejects.toThrow(
      /parameter href may only be used as \{\{href\}\}/,
    );
  });

  it("that names a variable its data does not define, or a helper that does not exist, stops start-up", async () => {
    const variable = await templatesWith(
      "decline-note/body.txt.hbs",
      replace("All the best,", "All the best, {{closing}}"),
    );
    await expect(createEmailRenderer({ templatesDir: variable })).rejects.toThrow(
      /decline-note\/body\.txt\.hbs, partials in place:\d+: unknown variable closing/,
    );
    const subject = await templatesWith("review/subject.hbs", replace("{{requesterName}}", "{{requester.name}}"));
    await expect(createEmailRenderer({ templatesDir: subject })).rejects.toThrow(/unknown variable requester\.name/);
    const helper = await templatesWith("introduction/body.mjml", replace("{{lines why}}", "{{quote why}}"));
    await expect(createEmailRenderer({ templatesDir: helper })).rejects.toThrow(/unknown helper quote/);
    const block = await templatesWith("introduction/body.txt.hbs", (source) =>
      source.replace("{{#if connectorNote}}", "{{#with connectorNote}}").replace("{{/if}}", "{{/with}}"),
    );
    await expect(createEmailRenderer({ templatesDir: block })).rejects.toThrow(/unknown block helper with/);
  });

  it("that names something a list's item lacks fails at render rather than render nothing (Handlebars's strict mode)", async () => {
    const dir = await templatesWith("review/body.txt.hbs", replace("- {{this}}", "- {{this.text}}"));
    const renderer = await createEmailRenderer({ templatesDir: dir });
    expect(() => renderer.render("review", SAMPLE_EMAIL_DATA.review)).toThrow(
      /^The "review" email's template failed: /,
    );
  });

  it("folder missing, or one too many, stops start-up", async () => {
    const extra = await templatesWith("review/subject.hbs", (source) => source);
    await cp(join(extra, "review"), join(extra, "welcome"), { recursive: true });
    await expect(createEmailRenderer({ templatesDir: extra })).rejects.toThrow(
      /one folder per email .* it holds .*welcome/,
    );
    const missing = await templatesWith("review/subject.hbs", (source) => source);
    await rm(join(missing, "review"), { recursive: true });
    await expect(createEmailRenderer({ templatesDir: missing })).rejects.toThrow(/one folder per email/);
  });

  it("with a subject on two lines stops start-up", async () => {
    const dir = await templatesWith(
      "introduction/subject.hbs",
      (source) => `${source.trim()}\nBcc: {{requesterName}}\n`,
    );
    await expect(createEmailRenderer({ templatesDir: dir })).rejects.toThrow(/subject\.hbs: a subject is one line/);
  });
});
