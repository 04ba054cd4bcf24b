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

  it("still unwraps a Notes forward whose forwarded message carries the same header block", () => {
    const read = readMessageText("Fw: Storage trading", `FYI\n${history.slice(history.indexOf("-----"))}`);
    expect(read.forward?.original.name).toBe("Jakob Lind");
    expect(read.fresh).toContain("could you put me in touch with whoever leads it?");
    expect(read.modelReading.text).toBe(read.fresh);
  });
});
