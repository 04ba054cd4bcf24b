import { beforeAll, describe, expect, it } from "vitest";
import {
  createEmailRenderer,
  defaultTemplatesDir,
  EMAIL_NAMES,
  EmailDataError,
  loadTemplateSources,
  SAMPLE_EMAIL_DATA,
  validateTemplates,
  type EmailName,
  type EmailRenderer,
} from "../../src/email/index.js";

let renderer: EmailRenderer;
beforeAll(async () => {
  renderer = await createEmailRenderer();
});

/** Any email with its sample data; the cast only ties a name held in a variable to its data. */
function renderSample(name: EmailName, changes: Record<string, unknown> = {}) {
  return renderer.render(name, { ...SAMPLE_EMAIL_DATA[name], ...changes } as never);
}

/** Every URL of an email's sample data, with its field. */
function sampleUrls(name: EmailName): [string, string][] {
  return Object.entries(SAMPLE_EMAIL_DATA[name]).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].startsWith("https://"),
  );
}

describe("the email templates", () => {
  it("are found at the repository's templates/, one folder per email", async () => {
    expect(defaultTemplatesDir()).toBe(new URL("../../templates/", import.meta.url).pathname);
    expect(renderer.templates).toEqual(EMAIL_NAMES);
    expect([...EMAIL_NAMES].sort()).toEqual([
      "ask-requester-for-details",
      "ask-target",
      "decline-note",
      "introduction",
      "review",
      "target-reminder",
    ]);
  });

  it("each pass MJML's validator in strict mode, partials in place", async () => {
    const results = await validateTemplates();
    expect(results.map((result) => result.name)).toEqual(EMAIL_NAMES);
    for (const result of results) expect(result.problems, result.name).toEqual([]);
  });

  it("put the partials in place before MJML sees them, variables kept as expressions", async () => {
    const askTarget = (await loadTemplateSources(defaultTemplatesDir())).find((source) => source.name === "ask-target");
    expect(askTarget?.mjml).not.toContain("{{>");
    expect(askTarget?.mjml).toContain(`<mj-button href="{{yesUrl}}" mj-class="primary">Yes, introduce us</mj-button>`);
    // A literal parameter is written as HTML in the MJML, as text in the plain-text body.
    expect(askTarget?.mjml).toContain(">Please don&#x27;t send me requests</mj-button>");
    expect(askTarget?.text).toContain("Please don't send me requests: {{stopUrl}}");
    expect(askTarget?.mjml).toContain("<mj-title>{{subject}}</mj-title>");
  });

  describe.each(EMAIL_NAMES)("%s", (name) => {
    it("renders its sample data as a subject line, an HTML document and a plain text", () => {
      const email = renderSample(name);
      expect(email.subject.length).toBeGreaterThan(5);
      expect(email.subject).not.toMatch(/[\r\n]/);
      expect(email.html).toMatch(/^<!doctype html>/i);
      expect(email.html).toContain(`<title>${email.subject.replace(/'/g, "&#x27;")}</title>`);
      expect(email.text).toMatch(/\S\n$/);
      expect(email.text).not.toMatch(/\n\n\n/);
      for (const output of [email.subject, email.html, email.text]) {
        expect(output).not.toContain("{{");
        expect(output).not.toContain("}}");
      }
      // Plain text is plain: no markup and no HTML entities, the sample's apostrophes as they are.
      expect(email.text).not.toMatch(/<\/?[a-z]|&(#x?[0-9a-f]+|[a-z]+);/i);
    });

    it("has every link as a plain URL in the text, and as an href in the HTML", () => {
      const email = renderSample(name);
      for (const [field, url] of sampleUrls(name)) {
        expect(email.text, field).toMatch(new RegExp(`(^|: |\\s)${escapeRegExp(url)}$`, "m"));
        expect(email.html, field).toContain(`href="${url.replace(/=/g, "&#x3D;")}"`);
      }
    });

    it("is signed by the connector, or addressed to them, and never advertises SafeIntro", () => {
      const email = renderSample(name);
      const data = SAMPLE_EMAIL_DATA[name] as { connectorName?: string };
      if (data.connectorName) expect(email.text).toMatch(new RegExp(`\\n${data.connectorName}\\n`));
      expect(email.text.replace(/https:\/\/safeintro\.example\S*/g, "")).not.toMatch(/safeintro/i);
    });
  });

  it("mention the single-use links where there are links, and leave out the optional parts that are empty", () => {
    for (const name of ["ask-target", "target-reminder"] as const) {
      expect(renderSample(name).text).toContain("These links work once each and expire on 14 July 2026.");
      expect(renderSample(name).html).toContain("The buttons above work once each and expire on 14 July 2026.");
    }
    // The review's links open the connector's own pages: they neither expire nor work once.
    const review = renderSample("review");
    expect(review.text).toContain("These links open your requests' pages; you may need to sign in first.");
    expect(review.html).toContain("you may need to sign in first.");
    expect(review.text + review.html).not.toMatch(/expire|once each/);
    const bare = renderSample("ask-target", { connectorNote: null, benefit: "", blurb: undefined });
    expect(bare.text).not.toContain("What's in it for you");
    expect(bare.text).not.toContain("own words");
    expect(bare.text).toMatch(/^Hi Ana,\n\nPriya Natarajan asked me/);
    expect(bare.html).not.toContain("<blockquote");
  });

  it("write the connector's note, the blurb's lines and the missing pieces as given", () => {
    const askTarget = renderSample("ask-target");
    expect(askTarget.text).toContain("> Hi Ana, I'm Priya, I lead risk at Finch.\n> We're about to launch");
    expect(askTarget.html).toContain("I lead risk at Finch.<br />\nWe&#x27;re about to launch");
    const details = renderSample("ask-requester-for-details", { targetName: "Ana" });
    expect(details.subject).toBe("Re: Quick favour?");
    expect(details.text).toContain("- who exactly you would like to meet\n- what you would like to ask them\n");
    expect(details.text).toContain("> Hi Ana, I'm [your name]");
    expect(renderSample("ask-requester-for-details").text).toContain("> Hi [their name], I'm [your name]");
    expect(renderSample("decline-note", { threadSubject: "RE: Intro to Ana?" }).subject).toBe("RE: Intro to Ana?");
    const decline = renderSample("decline-note", { connectorNote: null });
    expect(decline.text).not.toMatch(/because|reason/i);
  });

  it("show the review's first three reasons only, and its score", () => {
    const review = renderSample("review", { reasons: ["one", "two", "three", "four"] });
    expect(review.text).toContain("- one\n- two\n- three\n\nSpecificity: 85/100");
    expect(review.text).not.toContain("four");
    expect(renderSample("review", { targetName: null }).subject).toBe(
      "Intro request: Priya Natarajan would like to meet someone",
    );
  });
});

describe("rendering", () => {
  it("never compiles MJML: one compilation per template, all at creation", async () => {
    const fresh = await createEmailRenderer();
    expect(fresh.mjmlCompilations).toBe(EMAIL_NAMES.length);
    for (let round = 0; round < 100; round++) {
      for (const name of EMAIL_NAMES) fresh.render(name, SAMPLE_EMAIL_DATA[name] as never);
    }
    expect(fresh.mjmlCompilations).toBe(EMAIL_NAMES.length);
  });

  it("refuses an unknown template", () => {
    expect(() => renderer.render("welcome" as EmailName, {} as never)).toThrow(/No email template named "welcome"/);
    expect(() => renderer.render("toString" as EmailName, {} as never)).toThrow(/No email template named/);
  });

  it("refuses data without a required value, naming it, rather than render an empty field", () => {
    const withoutRequester: Record<string, unknown> = { ...SAMPLE_EMAIL_DATA["ask-target"] };
    delete withoutRequester.requesterName;
    expect(() => renderer.render("ask-target", withoutRequester as never)).toThrow(EmailDataError);
    expect(() => renderer.render("ask-target", withoutRequester as never)).toThrow(
      'The "ask-target" email cannot be rendered: requesterName is missing',
    );
    // Empty once cleaned: white space, or nothing but control characters, is not a name.
    for (const empty of ["", "   ", "\u202E\u0007"]) {
      expect(() => renderSample("introduction", { why: empty })).toThrow(/why is empty/);
    }
    expect(() => renderSample("ask-requester-for-details", { missing: [] })).toThrow(/missing needs at least one/);
    expect(() => renderSample("review", { specificityScore: "85" })).toThrow(/specificityScore/);
    expect(() => renderer.render("review", undefined as never)).toThrow(EmailDataError);
  });

  it("reports every problem at once", () => {
    try {
      renderSample("target-reminder", { targetName: undefined, yesUrl: "javascript:alert(1)", ask: 42 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EmailDataError);
      expect((error as EmailDataError).problems).toEqual([
        "targetName is missing",
        "ask must be text",
        "yesUrl must be an http or https URL",
      ]);
    }
  });
});

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
