import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/intake/parse-email.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";

/**
 * A colleague forwards to the reader what someone asked of the colleague: "I am forwarding a
 * resume from a legal candidate who is perhaps interested in ENA" over "could you forward
 * Esteban's cv to the appropriate people" (real Enron mail, session 22). The colleague is doing
 * the connecting; the reader is whom it is passed to. In new words here.
 */
function forward(note: string): Buffer {
  return Buffer.from(
    [
      "From: Nadia Brook <nadia@harrowgate.example>",
      "To: Sam Rivera <sam@rivera.example>",
      "Subject: Fwd: Tomas Ferreira",
      "Date: Tue, 03 Mar 2026 10:00:00 +0000",
      "Message-ID: <passed-on@harrowgate.example>",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      note,
      "",
      "---------- Forwarded message ---------",
      "From: Ivo Lindqvist <ivo@lindqvist.example>",
      "Date: Mon, 2 Mar 2026 at 09:12",
      "Subject: Tomas Ferreira",
      "To: Nadia Brook <nadia@harrowgate.example>",
      "",
      "Nadia,",
      "",
      "Tomas interviewed with our Lisbon office, but he would rather work in your trading group.",
      "I would greatly appreciate it if you could forward his resume to the appropriate people there.",
      "",
      "Thanks,",
      "Ivo",
      "",
    ].join("\r\n"),
  );
}

const analyse = async (raw: Buffer) => analyzeEmail(await parseEmail(raw, { maxBytes: 1_000_000 }));

describe("analyzeEmail: a forward that passes a request on to the reader", () => {
  it("is no request to the reader when the forwarder says they are passing it on", async () => {
    const analysis = await analyse(forward("I am forwarding a resume from a candidate who may suit your desk."));
    expect(analysis.isIntroRequest).toBe(false);
  });

  it("is no request to the reader when the forwarder asks whether the reader's side could use them", async () => {
    const analysis = await analyse(forward("Tomas is someone I used to work with. Do we need anyone?"));
    expect(analysis.isIntroRequest).toBe(false);
  });

  it("is no request to the reader when the forwarder offers it for the reader's consideration", async () => {
    const analysis = await analyse(
      forward(
        "Attached is a resume for your consideration in the trading group. If interested please contact him directly.",
      ),
    );
    expect(analysis.isIntroRequest).toBe(false);
  });

  // (Real Enron mail, session 35's blind r35b: "…the inevitable stream of resumes is the enclosed.
  // Perhaps an EBS hire?")
  it.each([
    "One of the sharper resumes from my lecture last week. Perhaps a trading-group hire?",
    "Met him at the Rice career fair; he might be a good fit for your desk.",
  ])("is no request to the reader when the forwarder proposes them as a hire: %j", async (note) => {
    const analysis = await analyse(forward(note));
    expect(analysis.isIntroRequest).toBe(false);
  });

  it("is the original's request when the forwarder only hands it over", async () => {
    const analysis = await analyse(forward("Can you help Ivo with this one?"));
    expect(analysis.isIntroRequest).toBe(true);
  });

  it("is the forwarder's own request when their note asks the reader to connect someone", async () => {
    const analysis = await analyse(
      forward("I'm forwarding a note from Ivo below. Could you put Tomas in touch with Dana Whitfield at Calloway?"),
    );
    expect(analysis).toMatchObject({ isIntroRequest: true, requester: { email: "nadia@harrowgate.example" } });
  });
});

describe("analyzeEmail: the writer's follow-up over their own earlier message", () => {
  it("names no forwarder when the message 'forwarded' is the writer's own", async () => {
    const raw = Buffer.from(
      [
        "From: Ivo Lindqvist <ivo@lindqvist.example>",
        "To: Sam Rivera <sam@rivera.example>",
        "Subject: FW: Tomas Ferreira",
        "Date: Tue, 03 Mar 2026 10:00:00 +0000",
        "Message-ID: <own-follow-up@lindqvist.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Sam, just checking you saw this.",
        "",
        "-----Original Message-----",
        "From: Ivo Lindqvist <ivo@lindqvist.example>",
        "Sent: Monday, March 2, 2026 9:12 AM",
        "To: Sam Rivera <sam@rivera.example>",
        "Subject: Tomas Ferreira",
        "",
        "Could you put Tomas Ferreira in touch with Dana Whitfield at Calloway? He is moving to Lisbon.",
        "",
      ].join("\r\n"),
    );
    const analysis = await analyse(raw);
    expect(analysis).toMatchObject({
      isIntroRequest: true,
      requester: { email: "ivo@lindqvist.example" },
      forwardedBy: null,
    });
  });
});
