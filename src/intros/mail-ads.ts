/**
 * The advertising that free mail services appended to every message around 2000 ("Get Your
 * Private, Free E-mail from MSN Hotmail at http://www.hotmail.com.", "Do You Yahoo!?"): not the
 * writer's words, and its capitalised words read as a person and a company ("Free E-mail", "MSN
 * Hotmail"). Real Enron mail found in session 18 gave that target. Pure.
 */
const AD_LINE =
  /^\s*(?:do\s+you\s+yahoo!?\??|get\s+your\s+(?:private,?\s+)?free\s+e-?mail\b|get\s+your\s+free\s+download\s+of\s+msn\b|share\s+information\s+about\s+yourself\b|yahoo!\s+(?:mail|messenger|greetings|auctions|photos|personals|shopping|calendar|sports|finance|autos|health|travel)\b)|^.*\b(?:free|get|download|profile|sign\s+up)\b.*\b(?:hotmail|msn|yahoo|juno|netzero|excite|aol)\.com\b/i;
const ADDRESS_ALONE = /^\s*https?:\/\/\S+\s*$/;
/** The rule drawn above such an advertisement. */
const SEPARATOR = /^\s*[_=-]{10,}\s*$/;

export function withoutMailAds(text: string): string {
  const lines = text.split("\n");
  const kept: string[] = [];
  let afterAd = false;
  for (const line of lines) {
    // (An advertisement's address wraps onto a line of its own.)
    if (AD_LINE.test(line) || (afterAd && ADDRESS_ALONE.test(line))) {
      while (kept.length > 0 && (SEPARATOR.test(kept.at(-1) ?? "") || (kept.at(-1) ?? "").trim() === "")) kept.pop();
      afterAd = true;
      continue;
    }
    afterAd = false;
    kept.push(line);
  }
  return kept.join("\n");
}
