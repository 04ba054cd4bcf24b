import { parseEmail } from "../../src/intake/parse-email.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";
import type { Analysis } from "../../src/intros/types.js";

/**
 * A colleague's Outlook forward to the reader: Lena's `note` over the `body` of a message from
 * `originalFrom` (Tomas unless said), under "-----Original Message-----" (real Enron mail's most
 * common forward).
 */
export function outlookForward(
  note: string,
  body: string,
  originalFrom = "Tomas Ferreira [mailto:tomas@ferreira.example]",
): Buffer {
  return Buffer.from(
    [
      "From: Lena Marsh <lena@harrowgate.example>",
      "To: Owen Pike <owen@harrowgate.example>",
      "Subject: Fw: hello",
      "Date: Tue, 23 Oct 2001 14:40:00 -0500",
      "Message-ID: <forwarded@harrowgate.example>",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=us-ascii",
      "",
      note,
      "",
      "-----Original Message-----",
      `From: ${originalFrom}`,
      "Sent: Tuesday, October 23, 2001 2:26 PM",
      "To: Marsh, Lena",
      "Subject: hello",
      "",
      body,
      "",
    ].join("\r\n"),
  );
}

/** The analysis of such a forward. */
export async function analyseOutlookForward(note: string, body: string): Promise<Analysis> {
  return analyzeEmail(await parseEmail(outlookForward(note, body), { maxBytes: 1_000_000 }));
}
