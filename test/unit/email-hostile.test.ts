// Values from users and mail that try to break out of an email: markup, quotes, bidi
// overrides, huge names, and line breaks aimed at the Subject header.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createEmailRenderer,
  EMAIL_NAMES,
  MAX_SUBJECT_LENGTH,
  SAMPLE_EMAIL_DATA,
  type EmailName,
  type EmailRenderer,
} from "../../src/email/index.js";

const SCRIPT = `<script>alert("x")</script>`;
const ATTRIBUTE_BREAK = `"><img src=x onerror=alert(1)>`;
const QUOTES = `O'Brien "the 'fixer'" & co`;
const RLO = "\u202E";
const HUGE = "Ж".repeat(5_000);

let renderer: EmailRenderer;
beforeAll(async () => {
  renderer = await createEmailRenderer();
});

/** The sample data with every text value (not the links, the dates or the score) replaced by `value`. */
function hostileData(name: EmailName, value: string): Record<string, unknown> {
  const replace = (field: string, current: unknown): unknown => {
    if (Array.isArray(current)) return current.map(() => value);
    if (typeof current !== "string" || /Url$|^linksExpireOn$/.test(field)) return current;
    return value;
  };
  return Object.fromEntries(
    Object.entries(SAMPLE_EMAIL_DATA[name]).map(([field, current]) => [field, replace(field, current)]),
  );
}

const render = (name: EmailName, data: Record<string, unknown>) => renderer.render(name, data as never);

describe.each(EMAIL_NAMES)("%s, with hostile values in every text field", (name) => {
  it("escapes markup in the HTML and keeps it as written in the text", () => {
    const email = render(name, hostileData(name, `${SCRIPT} ${ATTRIBUTE_BREAK}`));
    expect(email.html).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(email.html).toContain("&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;");
    expect(email.text).toContain(`${SCRIPT} ${ATTRIBUTE_BREAK}`);
    expect(email.subject).not.toMatch(/&lt;|&quot;|&#/);
  });

  it("keeps quotes and ampersands inside attributes and text in the HTML, and plain in the text", () => {
    const email = render(name, hostileData(name, QUOTES));
    // The subject lands in <title> and in an aria-label attribute: escaped in both.
    expect(email.html).not.toContain(QUOTES);
    expect(email.html).toContain("O&#x27;Brien &quot;the &#x27;fixer&#x27;&quot; &amp; co");
    expect(email.html).not.toMatch(/aria-label="[^"]*O'Brien/);
    expect(email.text).toContain(QUOTES);
  });

  it("drops bidi overrides and control characters everywhere", () => {
    const email = render(name, hostileData(name, `Ana${RLO}gpj.exe\u2066x\u0000\u001B[31m`));
    for (const output of [email.subject, email.html, email.text]) {
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(output).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0000\u001B]/);
      expect(output).toContain("Anagpj.exex[31m");
    }
  });

  it("takes a 5,000-character value whole in the bodies, and a subject of at most 300 characters", () => {
    const email = render(name, hostileData(name, HUGE));
    expect(email.html).toContain(HUGE);
    expect(email.text).toContain(HUGE);
    expect(Array.from(email.subject).length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    if (Array.from(email.subject).length === MAX_SUBJECT_LENGTH) expect(email.subject.endsWith("…")).toBe(true);
  });

  it("keeps the subject on one line whatever the values hold", () => {
    const injection = "Hello\r\nBcc: everyone@example.com\nX-Spam: no\u2028\u0085\tthere";
    const email = render(name, hostileData(name, injection));
    expect(email.subject).not.toMatch(/[\r\n\t\u2028\u2029\u0085]/);
    expect(email.subject).not.toMatch(/ {2}/);
    expect(email.subject).toContain("Hello Bcc: everyone@example.com X-Spam: no there");
  });
});

describe("hostile values in particular places", () => {
  it("cuts a long subject without splitting a character in two", () => {
    const emoji = "😀".repeat(400);
    const { subject } = render("review", { ...SAMPLE_EMAIL_DATA.review, requesterName: emoji });
    expect(Array.from(subject)).toHaveLength(MAX_SUBJECT_LENGTH);
    expect(subject).toMatch(/^Intro request: (😀)+…$/u);
  });

  it("keeps line breaks in multi-line text, as <br /> in the HTML, and makes names one line", () => {
    const email = render("ask-target", {
      ...SAMPLE_EMAIL_DATA["ask-target"],
      requesterName: "Priya\r\nNatarajan",
      reason: `first line\r\n${SCRIPT}`,
    });
    expect(email.text).toContain("Priya Natarajan asked me");
    expect(email.text).toContain(`Why, in Priya Natarajan's words: first line\n${SCRIPT}\n`);
    expect(email.html).toContain("first line<br />\n&lt;script&gt;");
  });

  it("refuses links that are not http or https, and writes the others as the URL parser does", () => {
    for (const bad of ["javascript:alert(1)", "data:text/html,<b>x</b>", "//example.com/x", "not a url", ""]) {
      expect(() => render("ask-target", { ...SAMPLE_EMAIL_DATA["ask-target"], yesUrl: bad }), bad).toThrow(
        /yesUrl must be an http or https URL/,
      );
    }
    const email = render("ask-target", {
      ...SAMPLE_EMAIL_DATA["ask-target"],
      yesUrl: `https://links.example/a b/${ATTRIBUTE_BREAK}?q="1"`,
    });
    const normalised = "https://links.example/a%20b/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E?q=%221%22";
    expect(email.text).toContain(`Yes, introduce us: ${normalised}\n`);
    expect(email.html).toContain(`href="${normalised.replace(/=/g, "&#x3D;")}"`);
  });

  it("never lets a value act as a Handlebars expression", () => {
    const email = render("introduction", {
      ...SAMPLE_EMAIL_DATA.introduction,
      targetName: "{{connectorName}}",
      why: "{{{why}}} {{> footer}}",
    });
    expect(email.subject).toBe("{{connectorName}}, meet Priya");
    expect(email.text).toContain("Why I think you two should talk: {{{why}}} {{> footer}}");
    expect(email.html).toContain("{{{why}}} {{&gt; footer}}");
  });
});
