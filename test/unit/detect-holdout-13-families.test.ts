import { describe, expect, it } from "vitest";
import { spelledOut } from "../../src/intros/text.js";
import { detectWithSubject, itTellsAsksApart, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdout-13 was measured blind (recall 0.56) and then learnt from: most of its misses were
 * requests the learned model already scored as such, held back because no sentence passed the
 * evidence test. The general forms behind them, each in new words (never the set's own
 * sentences), with the near misses each must leave alone.
 */
describe("spelledOut: phone-typed shorthand and hurried typos, for the cues to read", () => {
  it.each([
    ["if u know anybody there id appreciate a name", "if you know anybody there I'd appreciate a name"],
    ["can u ask ur brother pls", "can you ask your brother please"],
    ["im trying to reach any1 at the port thx", "I'm trying to reach anyone at the port thanks"],
    // Only where the shorthand is rarely anything else.
    ["my user id is 42 and the Id field stays", "my user id is 42 and the Id field stays"],
    ["Unit U of the plant", "Unit U of the plant"],
    // The typos made in the words that ask (session 19: "I'd liek you to connect me…").
    ["I'd liek you to conect me with her", "I'd like you to connect me with her"],
    ["woudl you intorduce us? I'd apreciate it", "would you introduce us? I'd appreciate it"],
    ["coudl you recomend someone to folow up with", "could you recommend someone to follow up with"],
    ["the connector and the likely recommender", "the connector and the likely recommender"],
  ])("%j reads as %j", (text, spelled) => expect(spelledOut(text)).toBe(spelled));
});

describe("asksTheReader: asking by saying what would be welcome, and people sought by role", () => {
  const asking = [
    "if u know anybody at the water board who could help, id appreciate a name",
    "It would be great to pick his brain about the bond market some time.",
    "Would be wonderful to pick her brain before I apply.",
    "I'd be grateful if you could share my write-up with Oksana Petrenko.",
    "Even a word from you to him would help a lot.",
    "If you happen to know a retired pilot who wouldn't mind a chat, I'd appreciate it.",
  ];
  const notAsking = [
    "It would be great to see you at the reunion.",
    "I'd love a copy of the slides.",
    "We shared a cab with him last night, which was fun.",
  ];
  itTellsAsksApart(asking, notAsking);
});

describe("detectIntroRequest: holdout-13's families, in new words", () => {
  const requests = [
    "You know someone who could help my nephew with his visa papers?",
    "If you happen to know an estate lawyer who'd take a call from my mother, I would be grateful.",
    "I want to sit down with Ilona Varga from your physics faculty. Please set it up.",
    "When you see Petra Lindgren at the board dinner, could you float my name and see whether she'd give me twenty minutes?",
    "If there's anyone from your shipping days who'd talk to me about port jobs, I'd love a name.",
    "The board wants to meet more mid-market lenders this year. If anyone comes to mind we should be talking to, I'm all ears.",
  ];
  const nearMisses = [
    "I want to sit down with you and go over the budget. Please set it up with Maria.",
    "If anyone comes to mind for the controller role, let me know.",
    "If there's anything else you need from me, I'd be glad to help.",
    "Lovely dinner. I'd love to see her again soon.",
  ];
  itTellsRequestsFromNearMisses(requests, nearMisses);

  const withSubject = detectWithSubject;
  it("reads a subject that orders time with someone as the ask when the text says the reader knows them", () => {
    expect(
      withSubject("Get me 15 min with Ravi Shah", "You sat on the zoning board with him. The vote is Monday."),
    ).toBe(true);
  });
  it("leaves the same subject alone over a text that says nothing of the reader knowing them (an assistant's order)", () => {
    expect(withSubject("Get me 15 min with Ravi Shah", "Need the Q3 numbers reviewed before the board.")).toBe(false);
  });
});
