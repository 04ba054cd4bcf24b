import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/intake/index.js";
import { analyzeEmail } from "../../src/intros/index.js";
import { detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdout-20 was measured blind after the session's rounds on holdouts 17–19 (precision 0.882,
 * recall 0.60) and then learnt from. The general forms behind its misses and its false alarm,
 * each in new words (never the set's own sentences), with the near misses each must leave alone.
 */
describe("detectIntroRequest: holdout-20's families, in new words", () => {
  const requests = [
    // Wishes, said as what it would mean.
    "It would mean the world to us if one of them heard about the orchard from you.",
    "If you ever come across one of those researchers, I'd sure like to have a chat.",
    "What I'm hoping for is that you'd send her a line and ask whether she'd see Priya.",
    // A meeting arranged for someone else, or someone asked to come and see them.
    "Would you be willing to arrange for Tomas to sit down with Mrs. Lindgren next week?",
    "any chance u could get ur friend coach Adeyemi to come watch Kofi play sat?",
    // A word put in, the writer's business named, names welcomed.
    "Would you have a quiet word with Marta Solberg about my grant application?",
    "I would welcome your mentioning our shelter to them, and I'd be glad to speak with anyone you suggest.",
    // Phone-typed, the question mark left off.
    "do you happen to know whoever buys timber for the county.",
  ];
  const nearMisses = [
    "Could I have a quiet word with you after the meeting?",
    "Would you have a word with the caterer about the gluten-free plates?",
    "It would mean the world if you came to the launch.",
    "Would you be willing to arrange for the van to be at the depot by six?",
    "do you happen to know whether the depot opens on Sunday.",
  ];
  itTellsRequestsFromNearMisses(requests, nearMisses);

  it("reads 'Would you mention the bindery to Gwen Talbot…?' in a subject as the ask", () => {
    const withSubject = (subject: string) =>
      detectWithSubject(subject, "Lovely to see you Sunday. Notebooks Thursday.");
    expect(withSubject("Would you mention the bakery to Hal Brennan at the Gazette?")).toBe(true);
    expect(withSubject("Would you mention the parking to the caretaker?")).toBe(false);
  });
});

const OPTIONS = { maxBytes: 1024 * 1024 };

describe("analyzeEmail: an old request forwarded for information", () => {
  const forward = (note: string) =>
    Buffer.from(
      "From: Nell <nell@festival.example>\r\nTo: Sam <sam@rivera.example>\r\nSubject: Fwd: An author for you\r\n" +
        "Message-ID: <fyi-1@festival.example>\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\n\r\n" +
        `${note}\r\n\r\n---------- Forwarded message ---------\r\nFrom: Lucy Hart <lucy@press.example>\r\n` +
        "Date: Mon, 3 Mar 2023 09:00:00 +0000\r\nSubject: An author for you\r\nTo: Nell <nell@festival.example>\r\n\r\n" +
        "Would you be willing to mention me to Philippa Haverstock, and pass on my press release?\r\n",
    );

  it("is no request when the note says nothing is needed", async () => {
    const analysis = analyzeEmail(
      await parseEmail(forward("Look what turned up in my inbox. Just for a smile, nothing needed."), OPTIONS),
    );
    expect(analysis.isIntroRequest).toBe(false);
  });

  it("is the note's request when the note asks, whatever else it says", async () => {
    const note = "Sam, could you introduce Lucy to Philippa Haverstock at the festival? No reply needed.";
    const analysis = analyzeEmail(await parseEmail(forward(note), OPTIONS));
    expect(analysis.isIntroRequest).toBe(true);
  });

  it("is the original's request when the note passes it on", async () => {
    const analysis = analyzeEmail(await parseEmail(forward("Sam, could you help Lucy with this?"), OPTIONS));
    expect(analysis.isIntroRequest).toBe(true);
  });
});
