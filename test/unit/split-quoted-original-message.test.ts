import { describe, expect, it } from "vitest";
import { splitQuoted } from "../../src/intake/split-quoted.js";

/**
 * "Original Message" over a header block, dressed in anything but Outlook's hyphens: pasted
 * through a word processor, written by other clients, or exported from a mail archive with the
 * hyphens lost (a released public-records mailbox read its history as the sender's words).
 */
const reply = (line: string) =>
  `Is he back in the country? Does it need to be secure?\n\n${line}\nFrom: Abedin, Huma <huma@agency.example>\nTo: H\nSent: Mon May 04 12:17:23 2009\nSubject: Call\n\nDennis wants to talk to you. Could you put him through to the Secretary?\n`;

describe("splitQuoted: an 'Original Message' line however it is dressed", () => {
  it.each([
    "    Original Message",
    "—–Original Message—–",
    "*** Original Message ***",
    "=== Original Message ===",
    "_____ Ursprüngliche Nachricht _____",
  ])("cuts the history under %j", (line) => {
    const { fresh, quoted } = splitQuoted(reply(line));
    expect(fresh).toBe("Is he back in the country? Does it need to be secure?");
    expect(quoted).toContain("Could you put him through");
  });

  it("still cuts under Outlook's own hyphenated line, as the reply parser did", () => {
    expect(splitQuoted(reply("-----Original Message-----")).fresh).toBe(
      "Is he back in the country? Does it need to be secure?",
    );
  });

  it("leaves prose that mentions the original message alone", () => {
    const text =
      "I never got the original message you mention.\nFrom: the look of it, it went to my old address. Could you resend it?";
    expect(splitQuoted(text).fresh).toBe(text);
  });

  it("needs a header line under it", () => {
    const text = "Original Message\n\nThanks for the note — could you introduce me to Dana Reyes?";
    expect(splitQuoted(text).fresh).toContain("introduce me to Dana Reyes");
  });
});
