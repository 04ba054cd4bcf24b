/**
 * HTML with every interpolated value escaped: `html\`<p>${name}</p>\``. Only values
 * wrapped by `trusted()` (markup built by this module) go in as they are.
 */
export interface TrustedHtml {
  readonly __html: string;
}

export function trusted(markup: string): TrustedHtml {
  return { __html: markup };
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

type Interpolation = string | number | null | undefined | false | TrustedHtml | Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  if (typeof value === "object") return value.__html;
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): TrustedHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return trusted(out);
}

/** A whole page in SafeIntro's plain layout. */
export function page(title: string, body: TrustedHtml): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · SafeIntro</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1d2330; }
  h1 { font-size: 1.5rem; } dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; }
  dt { color: #5b6475; } .problem { background: #fff4e5; border-left: 4px solid #e08a00; padding: .5rem 1rem; }
  .button, button { display: inline-block; padding: .5rem 1rem; border-radius: .4rem; border: 1px solid #2f5bd3;
    background: #2f5bd3; color: #fff; text-decoration: none; font: inherit; cursor: pointer; }
  button.secondary { background: #fff; color: #2f5bd3; } form { display: inline; margin-right: .5rem; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e3e6ee; }
</style>
</head>
<body>
${body}
</body>
</html>`.__html;
}
