import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * "Would you give it to your agent for me?" (a stranger's email quoted by an author, session 18's
 * blind set; new words here): the people a connector has by trade (an agent, an editor, a boss,
 * a lawyer) are targets, and handing material to them is a concrete ask.
 */
const target = (sentence: string) =>
  extractTarget({ fresh: sentence, quoted: "", requestSentence: sentence, knownPeople: [] });

const opening = "I am looking for a publisher for my first novel.";
const askIn = (fresh: string) =>
  extractRequestParts({ fresh, withInlineQuotes: fresh }, opening, {
    name: null,
    email: null,
    organization: null,
    role: null,
  }).evidence.concrete_ask;

describe("people a connector has by trade", () => {
  it("reads an agent, a boss, an attorney, an accountant or a producer as the target's role", () => {
    expect(target("Could you introduce me to your literary agent?")?.role).toBe("literary agent");
    expect(target("Would you put me in touch with your boss?")?.role).toBe("boss");
    expect(target("Could you introduce me to Dana Wu, your attorney?")).toMatchObject({
      name: "Dana Wu",
      role: "attorney",
    });
    expect(target("Could you introduce me to the accountant at Halvorsen?")).toMatchObject({
      organization: "Halvorsen",
      role: "accountant",
    });
    expect(target("Could you introduce me to Tom Reyes, the producer of the show?")?.role).toBe("producer");
  });

  it("reads no target in a passing mention", () => {
    expect(target("My travel agent says hello.")).toBeNull();
  });
});

describe("material handed to someone the reader has", () => {
  it("is a concrete ask", () => {
    for (const ask of [
      "Would you give it to your agent for me?",
      "Could you pass my manuscript on to your editor?",
      "Please forward this to your boss.",
    ]) {
      expect(askIn(`${opening} ${ask}`)).toBe(ask);
    }
  });

  it("is not greetings passed on, a thing already done, or an inbox", () => {
    for (const line of [
      "Give my regards to your boss.",
      "I gave it to your agent last week.",
      "Send it to your inbox.",
    ]) {
      expect(askIn(`${opening} ${line}`)).toBeNull();
    }
  });
});
