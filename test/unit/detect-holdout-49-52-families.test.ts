import { describe, expect, it } from "vitest";
import { analyzeEmail } from "../../src/intros/index.js";
import { parseEmail } from "../../src/intake/index.js";
import { detect, detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdouts 49–52 were measured blind in session 17 after the rounds on holdouts 41–48 (90 of 100
 * requests found, precision 0.918: one request more than the session's starting code), then
 * learnt from. The general forms behind their misses and false alarms, in new words.
 */
describe("detectIntroRequest: holdouts 49 to 52's families, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      // A title's dot ends no sentence: "Mr. Kassab" no longer hides the question mark.
      "But does she know anybody in the bakery trade who would sit down with Mr. Haddad for an hour?",
      // …nor a company's or an initial's ("Brill Co.", "J. Okafor").
      "Does she know anybody at Brill Co. who would talk to my son about welding?",
      "Do you know anyone at the mill who knows J. Okafor and would vouch for me?",
      // Someone at a place who could get the writer a hearing; material to a named third person.
      "Anyone on your parish council who could get us a hearing with the diocese?",
      "Would someone at Brightwater be able to pass a draft to Jorge Albán at the registry?",
      // A kind of person to pass material to.
      "Any youth soccer coaches you could send my nephew's highlight reel to?",
      // Two people got together; help asked to reach someone.
      "Whoever runs rail sales over there, could you get him and Phil together?",
      "I would like to ask for your help to reach Prof. Delia Okafor in the physics department.",
      // A meeting with the person who decides, in a second language.
      "Please, I am asking if you can arrange meeting for us with the person in your company who decide about the cars.",
      // Someone asked to let the writer's side shadow them, past an aside.
      "Could you ask Dr. Lin, the one who runs the Tuesday clinic, if she would ever let a student follow her around?",
    ],
    [
      // Thanks for a relay, thanks relayed, an invitation's reply.
      "Please tell Harvey thanks for forwarding my note in the first place.",
      "We'd be grateful if you'd let each of them know how much they meant to us.",
      "The invitation is attached. Please RSVP to my assistant, Pippa Lund, by April 30.",
      // A donation asked of the reader's firm; a booking with the reader; a thing left with someone.
      "Would Harlan Creek Outfitters consider donating a gift card for the raffle?",
      "Could you fit Sophie in for a trim before school starts?",
      "can you leave it with maribel at the front desk before you head out?",
    ],
  );

  it('reads time wanted with someone, then "Please set it up"', () => {
    const text = "Need 15 minutes with Harlan Voss at Transportation about the bus stop. Please set it up this week.";
    expect(detect(text).isIntroRequest).toBe(true);
  });

  it("reads a subject asking whether the reader's clients are hiring, for the writer's son", () => {
    expect(
      detectWithSubject("any of ur clients hiring?? my son Kwame needs work, can u ask around", "thanks bro"),
    ).toBe(true);
    expect(detectWithSubject("any of ur clients hiring??", "thanks bro")).toBe(false);
  });

  it("passes over a forwarded pretext whose forwarder asks whether it is genuine", async () => {
    const raw = [
      "From: Rachel <rachel@client.example>",
      "To: Ingrid <ingrid@cyber.example>",
      "Subject: Fwd: Partnership opportunity",
      "Date: Tue, 3 Mar 2026 10:00:00 +0000",
      "Message-ID: <v@client.example>",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=us-ascii",
      "",
      "Ingrid - is this real or one of those? Haven't replied.",
      "",
      "---------- Forwarded message ---------",
      "From: Paul Smith <paul@partner.example>",
      "Date: Mon, 2 Mar 2026 09:00:00 +0000",
      "Subject: Partnership opportunity",
      "To: Rachel <rachel@client.example>",
      "",
      "Dear Rachel,",
      "I would be grateful if you could introduce me to your CFO, Mr. Paul Dreyer, at your earliest convenience.",
      "",
    ].join("\r\n");
    const analysis = analyzeEmail(await parseEmail(Buffer.from(raw), { maxBytes: 1_000_000 }), {
      connectorAddresses: ["ingrid@cyber.example"],
    });
    expect(analysis.isIntroRequest).toBe(false);
    const asked = raw.replace("is this real or one of those? Haven't replied.", "could you help him out?");
    expect(analyzeEmail(await parseEmail(Buffer.from(asked), { maxBytes: 1_000_000 })).isIntroRequest).toBe(true);
  });
});
