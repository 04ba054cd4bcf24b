/**
 * The advertising that free mail services appended to every message around 2000 ("Get Your
 * Private, Free E-mail from MSN Hotmail at http://www.hotmail.com.", "Do You Yahoo!?"): not the
 * writer's words, and its capitalised words read as a person and a company ("Free E-mail", "MSN
 * Hotmail"). Real Enron mail found in session 18 gave that target. Pure.
 */
const AD_OPENING =
  /^\s*(?:do\s+you\s+yahoo!?\??|get\s+your\s+(?:private,?\s+)?free\s+e-?mail\b|get\s+your\s+free\s+download\s+of\s+msn\b|share\s+information\s+about\s+yourself\b|yahoo!\s+(?:mail|messenger|greetings|auctions|photos|personals|shopping|calendar|sports|finance|autos|health|travel)\b)/i;
/** An offer and a service's address on one line ("Get more from the Web. FREE MSN Explorer download : http://explorer.msn.com"). */
const AD_OFFER = /\b(?:free|get|download|profile|sign\s+up)\b/i;
const AD_SERVICE = /\b(?:hotmail|msn|yahoo|juno|netzero|excite|aol)\.com\b/i;
/**
 * Advertisements are short lines; a long one is the writer's (and each test reads a line once:
 * one pattern with two ".*" between its words read a crafted megabyte's long lines again and
 * again).
 */
const isAdLine = (line: string) =>
  line.length <= 200 && (AD_OPENING.test(line) || (AD_OFFER.test(line) && AD_SERVICE.test(line)));
const ADDRESS_ALONE = /^\s*https?:\/\/\S+\s*$/;
/** The rule drawn above such an advertisement. */
const SEPARATOR = /^\s*[_=-]{10,}\s*$/;

/** Any sign of such a service: most mail has none, and is given back as it came. */
const ANY_SERVICE = /hotmail|msn|yahoo|juno|netzero|excite|aol/i;

export function withoutMailAds(text: string): string {
  if (!ANY_SERVICE.test(text)) return text;
  const lines = text.split("\n");
  const kept: string[] = [];
  let afterAd = false;
  for (const line of lines) {
    // (An advertisement's address wraps onto a line of its own.)
    if (isAdLine(line) || (afterAd && ADDRESS_ALONE.test(line))) {
      while (kept.length > 0 && (SEPARATOR.test(kept.at(-1) ?? "") || (kept.at(-1) ?? "").trim() === "")) kept.pop();
      afterAd = true;
      continue;
    }
    afterAd = false;
    kept.push(line);
  }
  return kept.join("\n");
}
