/**
 * HTML with every interpolated value escaped: `html\`<p>${name}</p>\``. Only values made
 * by `html` or `trusted` in this module go in as they are.
 */

/**
 * Only this module can pass the constructor's check: nothing shaped like trusted HTML (a
 * `{__html}` object from JSON, a copy of the prototype, another module calling the
 * constructor) is ever taken for it.
 */
const MINT = Symbol("TrustedHtml mint");

export class TrustedHtml {
  readonly #markup: string;

  constructor(mint: typeof MINT, markup: string) {
    if (mint !== MINT) throw new TypeError("TrustedHtml is made only by html`…` and trusted()");
    this.#markup = markup;
  }

  /** The markup, for sending; a private field, so an object with the same shape has none. */
  toString(): string {
    return this.#markup;
  }

  static isTrusted(value: unknown): value is TrustedHtml {
    return typeof value === "object" && value !== null && #markup in value;
  }
}

/** Markup written in SafeIntro's own code, never text that came from outside. */
export function trusted(markup: string): TrustedHtml {
  return new TrustedHtml(MINT, markup);
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

type Interpolation = string | number | null | undefined | false | TrustedHtml | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  if (TrustedHtml.isTrusted(value)) return value.toString();
  // Anything else, including objects the types did not catch (parsed JSON, `any`), is text.
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): TrustedHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return trusted(out);
}
