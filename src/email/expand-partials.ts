/**
 * Partials are put in place when the templates are compiled, before MJML sees them: MJML
 * has to see the whole document (a button is a table whose shape depends on where it sits),
 * and the variables must reach the compiled HTML as Handlebars expressions.
 *
 * `{{> button href=yesUrl label="Yes, introduce us"}}` becomes button's source with each
 * `{{href}}` written `{{yesUrl}}` (filled, and escaped, at each render like any variable) and
 * each `{{label}}` written as the literal text, escaped for HTML in the HTML body. A partial
 * uses its parameters only as plain `{{name}}`: a block such as `{{#if href}}` would be
 * decided once, at compile time, so it is refused. Other expressions in a partial (the
 * header's `{{subject}}`) are left for the render, in the caller's context.
 */
import Handlebars from "handlebars";

type Statement = hbs.AST.Statement;
type Position = hbs.AST.Position;

/** A literal parameter as it is written into the source: escaped for HTML, or as it is for text. */
export type LiteralEscaper = (value: string) => string;

interface Splice {
  start: number;
  end: number;
  replacement: string;
}

const MAX_DEPTH = 4;

export function expandPartials(
  source: string,
  partials: ReadonlyMap<string, string>,
  escapeLiteral: LiteralEscaper,
  file: string,
  depth = 0,
): string {
  if (depth > MAX_DEPTH) throw new Error(`${file}: partials nested more than ${MAX_DEPTH} deep`);
  const splices: Splice[] = [];
  for (const statement of allStatements(Handlebars.parse(source).body)) {
    if (statement.type === "PartialBlockStatement") throw new Error(`${file}: partial blocks are not supported`);
    if (statement.type !== "PartialStatement") continue;
    const call = statement as hbs.AST.PartialStatement;
    const name = call.name.type === "PathExpression" ? (call.name as hbs.AST.PathExpression).original : null;
    const where = `${file}:${call.loc.start.line}`;
    const partial = name === null ? undefined : partials.get(name);
    if (partial === undefined) throw new Error(`${where}: no partial named ${name ?? "(dynamic)"}`);
    if (call.params.length > 0) throw new Error(`${where}: give ${name} named parameters only`);
    const values = new Map<string, string>();
    for (const pair of call.hash?.pairs ?? []) values.set(pair.key, parameterSource(pair.value, escapeLiteral, where));
    const filled = fillParameters(partial, values, `partial ${name} (${where})`);
    splices.push({
      start: offsetOf(source, call.loc.start),
      end: offsetOf(source, call.loc.end),
      replacement: expandPartials(filled.replace(/\n$/, ""), partials, escapeLiteral, `partial ${name}`, depth + 1),
    });
  }
  return applySplices(source, splices);
}

/**
 * The HTML body's expressions all escape what they insert: `{{{value}}}` and `{{& value}}`
 * would put user text in as markup. (Helpers that return markup, such as `lines`, escape
 * their input themselves.)
 */
export function assertAllEscaped(source: string, file: string): void {
  for (const statement of allStatements(Handlebars.parse(source).body)) {
    if (statement.type === "MustacheStatement" && !(statement as hbs.AST.MustacheStatement).escaped) {
      throw new Error(`${file}:${statement.loc.start.line}: {{{…}}} and {{&…}} are not allowed in an HTML body`);
    }
  }
}

/** Handlebars source that stands for one parameter's value inside the partial. */
function parameterSource(value: hbs.AST.Expression, escapeLiteral: LiteralEscaper, where: string): string {
  if (value.type === "PathExpression") return `{{${(value as hbs.AST.PathExpression).original}}}`;
  if (value.type === "StringLiteral") {
    const literal = (value as hbs.AST.StringLiteral).value;
    if (literal.includes("{{")) throw new Error(`${where}: a literal parameter cannot hold "{{"`);
    return escapeLiteral(literal);
  }
  throw new Error(`${where}: parameters are variables or "quoted text", not ${value.type}`);
}

/** The partial's source with each `{{parameter}}` replaced; every parameter given must be used. */
function fillParameters(partial: string, values: ReadonlyMap<string, string>, where: string): string {
  const splices: Splice[] = [];
  const used = new Set<string>();
  for (const statement of allStatements(Handlebars.parse(partial).body)) {
    for (const name of parametersUsedIn(statement, values)) {
      const isPlain =
        statement.type === "MustacheStatement" &&
        (statement as hbs.AST.MustacheStatement).escaped &&
        (statement as hbs.AST.MustacheStatement).params.length === 0;
      if (!isPlain) throw new Error(`${where}: parameter ${name} may only be used as {{${name}}}`);
      used.add(name);
      splices.push({
        start: offsetOf(partial, statement.loc.start),
        end: offsetOf(partial, statement.loc.end),
        replacement: values.get(name) ?? "",
      });
    }
  }
  const unused = [...values.keys()].filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`${where}: unknown parameter ${unused.join(", ")}`);
  return applySplices(partial, splices);
}

/** The names among the parameters that a statement refers to, anywhere in it. */
function parametersUsedIn(statement: Statement, values: ReadonlyMap<string, string>): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.type === "Program") return; // a block's contents are statements of their own
    if (record.type === "PathExpression") {
      const path = node as hbs.AST.PathExpression;
      const head = path.parts[0];
      if (path.depth === 0 && !path.data && head !== undefined && values.has(head)) found.add(head);
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === "loc") continue;
      if (Array.isArray(child)) child.forEach(visit);
      else visit(child);
    }
  };
  visit(statement);
  return [...found];
}

/** Every statement, those inside blocks included, in source order. */
function allStatements(body: Statement[]): Statement[] {
  return body.flatMap((statement) => {
    if (statement.type !== "BlockStatement") return [statement];
    const block = statement as hbs.AST.BlockStatement;
    return [statement, ...allStatements(block.program?.body ?? []), ...allStatements(block.inverse?.body ?? [])];
  });
}

function offsetOf(source: string, position: Position): number {
  let offset = 0;
  for (let line = 1; line < position.line; line++) {
    const next = source.indexOf("\n", offset);
    if (next === -1) throw new Error(`line ${position.line} is past the end of the template`);
    offset = next + 1;
  }
  return offset + position.column;
}

function applySplices(source: string, splices: Splice[]): string {
  let result = source;
  for (const splice of [...splices].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, splice.start) + splice.replacement + result.slice(splice.end);
  }
  return result;
}
