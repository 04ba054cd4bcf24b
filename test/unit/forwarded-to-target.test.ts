import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/intake/parse-email.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";
import { forwardedToItsTarget } from "../../src/intros/forwarded-to-target.js";

const ERIC = { name: null, email: "eric.gonzales@enron.com" };

describe("forwardedToItsTarget", () => {
  it("is true when the one recipient is the person the forwarded ask would meet", () => {
    expect(forwardedToItsTarget([ERIC], "I'd like to call Eric Gonzales directly.", "FW: hello")).toBe(true);
    expect(
      forwardedToItsTarget([{ name: "Gonzales, Eric", email: null }], "Could we meet with Eric Gonzales?", ""),
    ).toBe(true);
    expect(
      forwardedToItsTarget([ERIC], "Please, would you make an introduction.", "Introduction to Eric Gonzales"),
    ).toBe(true);
  });

  it("is false when the recipient is the next link, not the one to meet", () => {
    const ask = "You said you know Marcus Adeyemi-Hale from film school. Could you ask him to hand my reel to Hanne?";
    expect(
      forwardedToItsTarget([{ name: "Marcus Adeyemi-Hale", email: null }], ask, "Fwd: the Vestergaard thing"),
    ).toBe(false);
    expect(
      forwardedToItsTarget(
        [{ name: "Gail Sutterfield", email: null }],
        "Since Gail Sutterfield handles our building, could she get Stan to call me?",
        "",
      ),
    ).toBe(false);
  });

  it("is false with more than one recipient, or a recipient known by one word only", () => {
    expect(forwardedToItsTarget([ERIC, { name: "Mike", email: null }], "I'd like to call Eric Gonzales.", "")).toBe(
      false,
    );
    expect(forwardedToItsTarget([{ name: null, email: "eric@enron.com" }], "I'd like to call Eric.", "")).toBe(false);
  });
});

describe("a request forwarded through the whole intake path", () => {
  const forward = (to: string) =>
    Buffer.from(
      [
        "From: Mike Dorsey <mike.dorsey@example.com>",
        `To: ${to}`,
        "Subject: FW: Introduction to Eric Gonzales",
        "Date: Mon, 14 May 2001 09:00:00 -0500",
        "",
        "Eric, in case I forgot to forward, please follow up and let's meet him. I would like to attend.",
        "",
        "---------- Forwarded message ---------",
        "From: Bob Nimocks <bob@zeus.example>",
        "Date: Fri, 11 May 2001 16:00:00 -0500",
        "Subject: Introduction to Eric Gonzales",
        "To: Mike Dorsey <mike.dorsey@example.com>",
        "",
        "Mike, in the interest of time, I'd like to call Eric Gonzales directly. Please, would you make an introduction? Our company description is below.",
        "",
      ].join("\r\n"),
    );

  it("is an introduction being made when it goes to the person it asks to meet", async () => {
    const analysis = analyzeEmail(await parseEmail(forward("eric.gonzales@example.com"), { maxBytes: 1_000_000 }));
    expect(analysis.isIntroRequest).toBe(false);
  });

  it("is still the forwarded writer's request when it goes to someone else", async () => {
    const analysis = analyzeEmail(
      await parseEmail(forward("Sara Lind <sara.lind@example.com>"), { maxBytes: 1_000_000 }),
    );
    expect(analysis.isIntroRequest).toBe(true);
    expect(analysis.requester.email).toBe("bob@zeus.example");
  });
});
