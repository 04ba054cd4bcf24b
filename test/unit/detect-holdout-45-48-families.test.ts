import { describe, expect, it } from "vitest";
import { detect, detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdouts 45–48 were measured blind in session 17 after the round on holdouts 41–44 (87 of 100
 * requests found, precision 0.926 with the inbox owners' addresses: the same detections as the
 * session's starting code), then learnt from. The general forms behind their misses and false
 * alarms, in new words (never the sets' own sentences).
 */
describe("detectIntroRequest: holdouts 45 to 48's families, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      // Someone of the writer's helped to a third person; time with them wished for that someone.
      "Could you help Tomasz reach Ines Okafor at the water board?",
      "Leila would really value half an hour with Dr. Brandt to compare notes.",
      "What we'd like is a 20-minute call with Ruth or whoever she thinks is right.",
      // The reader named in a note passed on to them.
      "Could Marta ask him to give me a ring this week?",
      // A kind of person asked to talk to the writer's group.
      "Would anyone on your staff, or anyone you know at other mills, be willing to talk with a small group of apprentices?",
      // The reader's word asked for.
      "- let him shadow a shift if you asked her?",
      // Wanted outright, without a please.
      "Tom - need a warm intro to whoever runs procurement at Eastgate.",
      // A name wanted for a sales lead, a bare "know anyone who…?".
      "If you know anyone buying for school kitchens in the county who'd hear us out, I'd be grateful for a name.",
      "Pat -- know anyone who's been through a rezoning at the county level?",
      // An application seen, material forwarded with a vouching line.
      "Can you make sure Ms. Adeyemi actually sees his application?",
      "Would you be comfortable forwarding my one-page pitch (attached) with a line saying you know me?",
    ],
    [
      // A vendor vetted, a tradesman's number, the reader's own driver on an errand.
      "Who did your kitchen tiles?",
      "Would you recommend him?",
      "Could you ask your driver to phone our yard foreman before he arrives?",
      // A broadcast; a request not to pass the writer's details on.
      "We would be grateful if you could share the attached flyer with the staff at your clinic.",
      "Please don't pass my contact details to anyone without asking me first.",
      // The reader's own lunch.
      "Lunch in March?",
      // A blurb's last sentence, closing a quotation the sender opened lines before.
      'Sami would love 20 minutes with Helena to hear how Arcadia handles recon today."',
    ],
  );

  it("reads a wish to get material in front of someone the reader still talks to", () => {
    const text =
      "You did the survey work for Halden Farms, so I'm guessing you still talk to Rosa Quill, their land manager. " +
      "I'd like to get the attached map in front of her.";
    expect(detect(text).isIntroRequest).toBe(true);
    expect(detect("I'd like to get the attached map in front of her.").isIntroRequest).toBe(false);
  });

  it("reads time wanted with whoever chairs a committee the reader knows", () => {
    const text = "You know the people on the county arts committee. Need to get on the phone with whoever chairs it.";
    expect(detect(text).isIntroRequest).toBe(true);
    expect(detect("Need to get on the phone with whoever chairs it.").isIntroRequest).toBe(false);
  });

  it("reads whether the reader's landlord would see the writer, in a subject over a short note", () => {
    expect(detectWithSubject("would your landlord see me about the empty shop?", "any day but Friday.\nDan")).toBe(
      true,
    );
    expect(detectWithSubject("would your office see me about the invoice?", "any day but Friday.\nDan")).toBe(false);
  });
});
