import { readFileSync, readdirSync } from "node:fs";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { boundEmail, parseEmail, readMessageText } from "../../src/intake/index.js";
import { detectIntroductionMade, MAX_INTRODUCED, MAX_INTRODUCTION_TEXT_CHARS } from "../../src/intros/index.js";
import { headerLinesToPairs, readHeaderFacts } from "../../src/relationships/header-facts.js";

const SAM = "sam@rivera.example";
const DANA_LEO = ["dana@helixworks.example", "leo@brightfold.example"];
const detect = (fresh: string, recipients: readonly string[] = DANA_LEO, from: string | null = SAM) =>
  detectIntroductionMade({ fresh, from, recipients });

describe("detectIntroductionMade: the shapes of an introduction", () => {
  it.each([
    "Dana, meet Leo. Leo, meet Dana.\n\nDana is CTO at Helixworks; Leo is building Brightfold.",
    "Hi both,\n\nLeo, meet Dana. She has just been through a SOC 2 audit.",
    "Dana, please meet Leo Marchand, who runs Brightfold.",
    "I'd like to introduce you to each other: you are both working on compliance.",
    "Introducing you two, as promised!",
    "Connecting you both here, since you're both in Berlin next week.",
    "Let me introduce the two of you.",
    "Putting you two in touch, as discussed.",
    "I think you two should meet.",
    "Dana \u2014 Leo; Leo \u2014 Dana.",
    "Dana -- Leo is building Brightfold.\n\nLeo -- Dana is CTO at Helixworks and knows audits cold.",
    "Dana, Leo runs Brightfold and wants to hear about your audit. Leo, Dana is the CTO of Helixworks.",
  ])("sees an introduction in %j", (fresh) => {
    expect(detect(fresh)).toEqual({ introducer: SAM, introduced: DANA_LEO });
  });

  it("takes 'introduce you to Leo' when Leo is on the message", () => {
    const text = "I wanted to introduce you to Leo, who runs partnerships at Brightfold.";
    expect(detect(text, ["dana@helixworks.example", "leo.marchand@brightfold.example"])).not.toBeNull();
    // The address does not give the name away, but the writer says Leo is copied.
    const ccd = "Happy to introduce you to Leo (cc'd), who runs partnerships at Brightfold.";
    expect(detect(ccd, ["dana@helixworks.example", "lmarchand@brightfold.example"])).not.toBeNull();
    expect(detect(text, ["dana@helixworks.example", "lmarchand@brightfold.example"])).toBeNull();
  });

  it("reads names with accents and other scripts", () => {
    expect(detect("José, meet Zoë. Zoë, meet José.", ["jose@a.example", "zoe@b.example"])).not.toBeNull();
    expect(detect("Дмитрий, meet Мария.", ["dmitri@a.example", "maria@b.example"])).not.toBeNull();
  });

  it("names the sender and every recipient besides them, lowercased, once", () => {
    const result = detect(
      "Dana, meet Leo.",
      ["Dana@HelixWorks.example", "leo@brightfold.example", "DANA@helixworks.example", "Sam@Rivera.example"],
      "Sam@Rivera.example",
    );
    expect(result).toEqual({ introducer: SAM, introduced: DANA_LEO });
  });
});

describe("detectIntroductionMade: what is not an introduction made", () => {
  it.each([
    "Could you introduce me to Leo? He runs Brightfold.",
    "Would you be willing to introduce us to each other?",
    "Let me introduce myself: I'm Kim, founder of Finch.",
    "Introducing our new product, Pipelines! Connect all your tools in minutes.",
    "Would you like me to introduce you to Leo?",
    "Want me to introduce you two?",
    "Happy to introduce you two if helpful.",
    "If you're both up for it, I'll connect you two next week.",
    "Before I introduce you both, a quick check that you're each up for it.",
    "Thanks so much for introducing me to Priya!",
    "Dana, meet me at 5 by the cafe.",
    "Team, meet Leo, our new head of sales.",
    "Hi, meet our new website: it's live today.",
    "London - Paris; Paris - London, both on the early train.",
    "I'd like to introduce you to Pipelines, our new sync tool.",
    "Dana, Leo: thanks both, see you Tuesday.",
    "Can we meet Tuesday to go over the budget?",
  ])("sees none in %j", (fresh) => {
    expect(detect(fresh)).toBeNull();
  });

  it("needs two to six people besides the sender, and a sender", () => {
    const text = "Dana, meet Leo. Leo, meet Dana.";
    expect(detect(text, ["dana@helixworks.example"])).toBeNull();
    expect(detect(text, ["dana@helixworks.example", SAM])).toBeNull();
    expect(detect(text, DANA_LEO, null)).toBeNull();
    const team = Array.from({ length: MAX_INTRODUCED + 1 }, (_, i) => `p${i}@team.example`);
    expect(detect("Everyone, meet Leo. Leo, meet the team.", team)).toBeNull();
    expect(detect(text, team.slice(0, MAX_INTRODUCED))).not.toBeNull();
  });

  it("reads only the fresh text: an introduction in quoted history is not this message's", () => {
    const reply = [
      "Thanks Sam! Leo, great to e-meet you. Does Thursday work?",
      "",
      "On Tue, Mar 10, 2026 at 4:45 PM Sam Rivera <sam@rivera.example> wrote:",
      "> Dana, meet Leo. Leo, meet Dana.",
      "> Both of you said yes to this intro.",
    ].join("\n");
    const { fresh } = readMessageText("Re: Dana <> Leo", reply);
    expect(detect(fresh, [SAM, "leo@brightfold.example"], "dana@helixworks.example")).toBeNull();
  });

  it(`reads only the first ${MAX_INTRODUCTION_TEXT_CHARS} characters`, () => {
    const late = `${"Some news from the week. ".repeat(100)}\n\nDana, meet Leo.`;
    expect(late.indexOf("Dana, meet")).toBeGreaterThan(MAX_INTRODUCTION_TEXT_CHARS);
    expect(detect(late)).toBeNull();
  });

  // A timeout far above what linear work takes, far below what backtracking on 200 KB would.
  it("reads crafted text within the timeout", () => {
    const shapes = ["Aa, ", "Aa - ", "Aa, meet ", "introduce you ", "(cc ", "A".repeat(40) + " ", "Dana --- "];
    for (const shape of shapes) expect(detect(shape.repeat(200_000 / shape.length))).toBeNull();
  }, 5_000);
});

describe("detectIntroductionMade on the labelled corpus, through the real parse path", () => {
  const corpus = new URL("../fixtures/corpus/", import.meta.url);
  const files = readdirSync(corpus).filter((name) => name.endsWith(".eml"));

  /** What the sync gives the detector: the fresh text, and the sender and To+Cc from the headers. */
  async function read(file: string) {
    const raw = readFileSync(new URL(file, corpus));
    const email = await parseEmail(raw, { maxBytes: 25 * 1024 * 1024 });
    const mail = await simpleParser(raw);
    const facts = readHeaderFacts(headerLinesToPairs(mail.headerLines), email.date ?? new Date());
    const bounded = boundEmail(email);
    const { fresh } = readMessageText(bounded.subject, bounded.text);
    return { email, facts, fresh };
  }

  it.each(files.filter((file) => file.startsWith("nearmiss-meet-")))("%s is an introduction", async (file) => {
    const { facts, fresh } = await read(file);
    const result = detectIntroductionMade({
      fresh,
      from: facts.from?.email ?? null,
      recipients: facts.recipients.map((r) => r.email),
    });
    expect(result?.introducer).toBe(facts.from?.email);
    expect(result?.introduced).toEqual(facts.recipients.map((r) => r.email));
  });

  it("no other message is one, even with two more people on it", async () => {
    const found: string[] = [];
    for (const file of files.filter((name) => !name.startsWith("nearmiss-meet-"))) {
      const { email, facts, fresh } = await read(file);
      if (email.isBulk) continue;
      const recipients = [...facts.recipients.map((r) => r.email), "x1@one.example", "x2@two.example"];
      if (detectIntroductionMade({ fresh, from: facts.from?.email ?? null, recipients })) found.push(file);
    }
    expect(found).toEqual([]);
  });
});
