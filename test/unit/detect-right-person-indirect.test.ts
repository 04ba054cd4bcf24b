import { describe, expect, it } from "vitest";
import { detect as analyse } from "../support/request-examples.js";

/**
 * Who the right person is, asked indirectly (real Enron mail, session 23: "I just wanted to get a
 * sense from you who the right people are and how I can establish effective contact"). The direct
 * question ("Who's the right person at Calpine?") was read; its indirect form was not, even as
 * plainly as "Could you tell me who the right people are at…?". In new words here.
 */
const detect = (fresh: string) => analyse(fresh).isIntroRequest;

describe("the right person, asked for indirectly", () => {
  it("is a request when the reader is asked to tell, to give a sense or an idea", () => {
    expect(detect("Could you tell me who the right people are at Halvorsen Shipping?")).toBe(true);
    expect(detect("Can you let me know who the right contact is in your trading group?")).toBe(true);
    expect(
      detect("Priya: I just wanted to get a sense from you who the right people are on the commercial side."),
    ).toBe(true);
    expect(detect("Any idea who the best person to talk to at Dunmore Gas would be?")).toBe(true);
  });

  it("is not a musing, nor whom the paperwork goes to", () => {
    expect(detect("I am not sure who the right person is, so I will keep digging.")).toBe(false);
    expect(detect("Please let me know who the right person is to send the invoice to.")).toBe(false);
    expect(detect("We already know who the right people are; thanks for the offer.")).toBe(false);
  });

  it("gives way to an outright ask in the same message", () => {
    const outright = "I'd be glad of a word with whoever runs procurement there.";
    const result = analyse(`You would know better than I who the right person is. ${outright}`);
    expect(result).toMatchObject({ isIntroRequest: true, requestSentence: outright });
  });
});
