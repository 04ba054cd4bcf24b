/**
 * A template may name only the variables its schema defines (and `subject`, which the
 * renderer adds), and only the helpers its environment has: a typo stops start-up instead
 * of failing a send. Inside `{{#each}}` the context is each item, so names there are left
 * to Handlebars's strict mode.
 */
import Handlebars from "handlebars";

type Node = hbs.AST.Node;

const BLOCK_HELPERS = new Set(["if", "unless", "each"]);

export function assertKnownVariables(
  source: string,
  variables: ReadonlySet<string>,
  helpers: ReadonlySet<string>,
  file: string,
): void {
  const problems: string[] = [];
  const at = (node: Node) => `${file}:${node.loc.start.line}`;
  const checkValue = (node: Node) => {
    if (node.type === "SubExpression") return checkCall(node as hbs.AST.SubExpression);
    if (node.type !== "PathExpression") return;
    const path = node as hbs.AST.PathExpression;
    const head = path.parts[0];
    if (path.data || path.depth > 0 || head === undefined) return; // @index, ../x, this
    if (!variables.has(head)) problems.push(`${at(node)}: unknown variable ${path.original}`);
  };
  const checkCall = (call: hbs.AST.MustacheStatement | hbs.AST.SubExpression) => {
    const isHelperCall = call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0;
    const name = (call.path as hbs.AST.PathExpression).original;
    if (isHelperCall && !helpers.has(name)) problems.push(`${at(call)}: unknown helper ${name}`);
    if (!isHelperCall) checkValue(call.path);
    call.params.forEach(checkValue);
    call.hash?.pairs.forEach((pair) => checkValue(pair.value));
  };
  const visit = (statements: hbs.AST.Statement[]) => {
    for (const statement of statements) {
      if (statement.type === "MustacheStatement") checkCall(statement as hbs.AST.MustacheStatement);
      if (statement.type !== "BlockStatement") continue;
      const block = statement as hbs.AST.BlockStatement;
      const name = (block.path as hbs.AST.PathExpression).original;
      if (!BLOCK_HELPERS.has(name)) problems.push(`${at(block)}: unknown block helper ${name}`);
      block.params.forEach(checkValue);
      if (name !== "each") visit(block.program?.body ?? []);
      visit(block.inverse?.body ?? []);
    }
  };
  visit(Handlebars.parse(source).body);
  if (problems.length > 0) throw new Error(problems.join("; "));
}
