import { describe, expect, it } from "vitest";
import { detectIntroRequest } from "../../src/intros/detect.js";
import { readsAsAnErrand } from "../../src/intros/errands.js";
import { asksTheReader } from "../../src/intros/model-evidence.js";

/**
 * A principal's errands to their own staff, and their yes to what staff offered (released State
 * Department mail, session 22: "Pls have Margaret contact her to gauge interest", "Ok to set up
 * call. What's his first name?"). The learned model took each for a request; they are not. In
 * new words here. The same asks made as favours, with a word of courtesy, stay requests.
 */
const detect = (fresh: string) =>
  detectIntroRequest({
    fresh,
    subject: "Re: follow up",
    isBulk: false,
    isCalendarInvite: false,
    sentByConnector: false,
  }).isIntroRequest;

describe("errands to staff are not requests", () => {
  it("an order that opens a note with no word of courtesy", () => {
    expect(detect("Pls have Tomas call her to gauge interest. She would be giving up a lot.")).toBe(false);
    expect(detect("Pls contact Ruth Amsel who knows the port authority well. Do you know her?")).toBe(false);
  });

  it("a yes to a call the staff offered to set up, and a question for the name", () => {
    expect(detect("Ok to set up call. What's her last name?")).toBe(false);
    expect(detect("Ok to set up the meeting. What's his name?")).toBe(false);
  });

  it("the same asks made as favours stay requests", () => {
    expect(detect("Could you have Tomas call her to gauge interest? She would be giving up a lot. Thanks.")).toBe(true);
    expect(
      detect("Hi Ann, could you contact Ruth Amsel for me? She knows the port authority well. Do you know her?"),
    ).toBe(true);
    expect(detect("Dear Ann - would you be able to set up a call with her? What's her first name, by the way?")).toBe(
      true,
    );
  });
});

describe("readsAsAnErrand", () => {
  it("reads the opening order only, in a short note without courtesy", () => {
    expect(readsAsAnErrand("Pis contact Judith about the Middle East.")).toBe(true);
    expect(
      readsAsAnErrand("Harriet,\n\nLong time. Is there anyone over there who answers the phone? Find me that person."),
    ).toBe(false);
    expect(readsAsAnErrand("Pls have Tomas call her. Thanks!")).toBe(false);
    expect(readsAsAnErrand(`Pls have Tomas call her. ${"She has a long story. ".repeat(25)}`)).toBe(false);
  });
});

describe("asksTheReader: a first or last name is no word of contact", () => {
  it("asks for a person's name, not for their first name", () => {
    expect(asksTheReader("Can you tell me his first name?", { politely: false })).toBe(false);
    expect(asksTheReader("Can you tell me her last name?", { politely: false })).toBe(false);
    expect(asksTheReader("Can you give me the name of her deputy?", { politely: false })).toBe(true);
  });
});
