import { describe, expect, it } from "vitest";
import { detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdouts 21 and 22 (left untuned for a session) and 23 and 24 (measured blind in session 14:
 * 1.00 / 0.84 and 0.929 / 0.52) were then learnt from. The general forms behind their misses and
 * false alarms, each in new words (never the sets' own sentences), with the near misses each
 * must leave alone.
 */
describe("detectIntroRequest: holdouts 21–24's families, in new words", () => {
  const requests = [
    // Someone willing to talk, asked for by what they do.
    "Do you know a luthier who'd talk to Amara about bow making?",
    "know any retired air traffic controllers who'd speak to my class??",
    "Who do we know at the harbour board that would talk frankly about dredging?",
    // The writer copied in on mail to someone else, or someone from another firm looped in.
    "When you next email Dana Whitfield at Corliss, could you copy me?",
    "Would you start a note to Mireille with me copied so we can find a date?",
    "Any chance you could loop Femi Adeyemi from Brightline into this thread?",
    // Someone asked whether a third person may come, or would look at the writer's work.
    "could u ask if tomas could shadow one shift.",
    "Would you be comfortable asking Rosa if I could sit in on a rehearsal?",
    "Could you see if Petra Lind would take a look at our grant draft before Monday?",
    // Someone named to someone, or a nudge their way.
    "Would you consider mentioning Ines to Dr Harwood when the fellowships open?",
    "If you still see Colm Bradley at the yacht club, I'd be ever so grateful for a word in his direction.",
    // Asked by a condition and an imperative, emphatically, or gladly.
    "If you happen to know any beekeepers who'd like a summer helper, do send them my way.",
    "If you come across anyone who restores pianos, think of me.",
    "If you meet anyone in shipping who has sat on a pension board, I'd be glad if you'd point them my way.",
    "She would be most grateful if you could pass her particulars to whoever runs admissions at Kelso College.",
    // Someone named, at a firm, to call; a call between the two; a meeting "set up" for the writer.
    "Can you get Morag Innes at Tay & Forth to ring Callum about the lease?",
    "What I'm hoping for: that you'd set up a short call between the two of us.",
    "Lunch w/ Dr. Okafor next month - could you set one up for Ben and me?",
    // The way paved; the room got into; a question whether someone would see the writer.
    "Might someone at the Academy be able to pave the way for me to meet him?",
    "Any chance you could get me in the room with her before the auditions?",
    "Would Nadia Farrow at Halden Trust take a call with us?",
    // The right person, asked for; an imperative put as a question; a name welcomed.
    "who buys for the restaurants at Lakeview Hotels these days?",
    "Tell her I'm a good egg and give her my number?",
    "If you know anybody who buys for the golf clubs out west I'd take a name.",
    // An idea floated to them; a "have X give me a ring" with the firm in brackets.
    "If you're ever talking with her, would you float the idea of her visiting our class?",
    "Could you have Owen Price (Harbour Towage) give me a ring about the tender?",
  ];
  const nearMisses = [
    // Vendors, scheduling, errands and circulation.
    "When you next email the caterer, could you copy me?",
    "Could you loop Sarah in on the budget thread?",
    "Could Priya take the call with the auditors instead of me?",
    "Would Sam like to join us for dinner on Friday?",
    "Please pass this on to any of your volunteers who might like to come.",
    "If you do send the minutes to him, let me know.",
    // The ask withdrawn, or wanted without the reader.
    "Scratch what I asked on Monday about whether you could put me in touch with the woman from Eastgate Mills.",
    "I'd rather this came from me directly and not through you. Does he prefer a letter or email? Is it rude to ask about fees?",
  ];
  itTellsRequestsFromNearMisses(requests, nearMisses);

  it("reads a subject that asks whether someone would see the writer", () => {
    const body = "The deck is in the earlier thread. Thanks!";
    expect(detectWithSubject("Would Tomasz Wren at Ardent Capital take a call with us?", body)).toBe(true);
    expect(detectWithSubject("Would the board take a vote on Thursday?", body)).toBe(false);
  });
});
