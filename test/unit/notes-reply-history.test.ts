import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/intake/parse-email.js";
import { readMessageText } from "../../src/intake/read-message-text.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";

/**
 * A Lotus Notes reply puts the message it answers under "Name / date / To: / Subject:", with
 * no ">" and no "From:". When that history holds a forward, the reply used to be read as the
 * forward, and the request it answers judged as if the reply asked it: three of the real Enron
 * false alarms met blind in sessions 18 and 19 were that. The history is now history; the learned
 * model still reads it for its probability (it was trained so), never for its evidence.
 */
const answersTheAsk = [
  "Tomas, Ines Barrow builds the storage models with me on the desk. She already ran the",
  "vendor call for Pell Ridge last month, so I think it's best that Jakob talks to Ines first.",
  "",
  "Let me know how the two deals go.",
  "",
  "Ravi",
].join("\n");

const history = [
  "",
  "",
  "",
  "\tTomas Wexler",
  "\t09/20/00 05:24 PM",
  "\t\t ",
  "\t\t To: Ravi Anand/Acme Networks@Acme Networks",
  "\t\t cc: ",
  "\t\t Subject: Storage trading",
  "",
  "Ravi:",
  "",
  "Jakob is an engineer in the Denver office helping us with the technical review of Pell Ridge.",
  "",
  "Tomas",
  "",
  "",
  "----- Forwarded by Tomas Wexler/Acme Networks on 09/20/00 05:27 PM ",
  "-----",
  "",
  "\tJakob Lind",
  "\t09/20/00 05:16 PM",
  "\t\t ",
  "\t\t To: Tomas Wexler/Acme Networks@Acme Networks",
  "\t\t cc: ",
  "\t\t Subject: Storage trading",
  "",
  "I would like to talk with the people at Acme who are thinking about trading storage,",
  "and could you put me in touch with whoever leads it?",
  "",
  "Thanks,",
  "Jakob",
].join("\n");

function message(subject: string, body: string): Buffer {
  return Buffer.from(
    [
      "From: Ravi Anand <ravi.anand@acme.example>",
      "To: Tomas Wexler <tomas.wexler@acme.example>",
      `Subject: ${subject}`,
      "Date: Wed, 20 Sep 2000 18:02:00 -0500",
      "Message-ID: <notes-reply-history@acme.example>",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      body,
      "",
    ].join("\r\n"),
  );
}

const analyse = async (raw: Buffer) => analyzeEmail(await parseEmail(raw, { maxBytes: 1_000_000 }));

describe("a reply whose Lotus Notes history holds a forward", () => {
  it("is read as the reply: the forward below the history is not unwrapped", () => {
    const read = readMessageText("Re: Storage trading", `${answersTheAsk}\n${history}`);
    expect(read.forward).toBeNull();
    expect(read.fresh).toBe(answersTheAsk);
    expect(read.quoted).toContain("could you put me in touch with whoever leads it?");
  });

  it("gives the learned model the reading it was trained on: the history as text, the forward unwrapped", () => {
    const read = readMessageText("Re: Storage trading", `${answersTheAsk}\n${history}`);
    expect(read.modelReading.subject).toBe("Storage trading");
    expect(read.modelReading.text).toContain("could you put me in touch with whoever leads it?");
  });

  it("is no intro request, though the forwarded message alone is one", async () => {
    const reply = await analyse(message("Re: Storage trading", `${answersTheAsk}\n${history}`));
    expect(reply.isIntroRequest).toBe(false);
    const forwarded = await analyse(message("Fw: Storage trading", `FYI\n${history.slice(history.indexOf("-----"))}`));
    expect(forwarded.isIntroRequest).toBe(true);
  });

  it("is no intro request when the forwarded message is the connector's own, known by name alone (session 38)", async () => {
    const forward = `Did this go anywhere?\n${history.slice(history.indexOf("-----"))}`;
    const parsed = await parseEmail(message("Fw: Storage trading", forward), { maxBytes: 1_000_000 });
    // Lotus gives the forwarded message's writer as "Jakob Lind", with no address.
    expect(analyzeEmail(parsed, { connectorAddresses: ["jakob.lind@acme.example"] }).isIntroRequest).toBe(false);
    expect(analyzeEmail(parsed, { connectorAddresses: ["tomas.wexler@acme.example"] }).isIntroRequest).toBe(true);
  });

  it("still unwraps a Notes forward whose forwarded message carries the same header block", () => {
    const read = readMessageText("Fw: Storage trading", `FYI\n${history.slice(history.indexOf("-----"))}`);
    expect(read.forward?.original.name).toBe("Jakob Lind");
    expect(read.fresh).toContain("could you put me in touch with whoever leads it?");
    expect(read.modelReading.text).toBe(read.fresh);
  });
});

/**
 * A Lotus forward inside a reply's "-----Original Message-----" history (session 28: a delivery
 * failure report forwarded under a thank-you had been read as the reply's forward). The reply is
 * judged as the reply; the learned model reads the forward unwrapped, as it was trained (before,
 * `npm run train` gave other weights than the shipped ones).
 */
describe("a reply whose history holds a Lotus forward", () => {
  const reply = [
    "Wade,",
    "",
    "Thanks for your help. Krishna told me of the conversation he had with you.",
    "",
    "Vince",
    "",
    "-----Original Message-----",
    "From: Cline, Wade",
    "Sent: Wednesday, August 01, 2001 9:12 AM",
    "To: Kaminski, Vince",
    "Subject: RE: Help for Krishna",
    "",
    "---------------------- Forwarded by Wade Cline/ENRON_DEVELOPMENT on 08/01/2001 09:10 AM ---------------------------",
    "",
    "Mail Delivery Subsystem",
    "08/01/2001 09:02 AM",
    "To: Wade Cline",
    "Subject: Returned mail: User unknown",
    "",
    "The original message was received at Wed, 1 Aug 2001 from mailhost.",
    "Could you please introduce Krishna to the consular officer in Chennai?",
  ].join("\n");

  it("is read as the reply, with no forward unwrapped", () => {
    const read = readMessageText("RE: Help for Krishna", reply);
    expect(read.forward).toBeNull();
    expect(read.fresh).toContain("Thanks for your help.");
    expect(read.fresh).not.toContain("consular officer");
  });

  it("gives the learned model the forward unwrapped, the reading it was trained on", () => {
    const read = readMessageText("RE: Help for Krishna", reply);
    expect(read.modelReading.subject).toBe("Returned mail: User unknown");
    expect(read.modelReading.text).toContain("consular officer");
  });

  it("reads one way for both where the history holds no Lotus forward", () => {
    const plain = reply.replace(/^-+ Forwarded by [^\n]*\n/m, "");
    const read = readMessageText("RE: Help for Krishna", plain);
    expect(read.modelReading.text).toBe(read.fresh);
  });
});
