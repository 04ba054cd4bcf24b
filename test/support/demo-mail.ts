import { type ParsedMail, simpleParser } from "mailparser";
import { DEMO_CONNECTOR } from "../../src/dev/demo-mailbox/index.js";
import { type ParsedEmail, parseEmail } from "../../src/intake/index.js";
import { type Analysis, analyzeEmail } from "../../src/intros/index.js";

/** The seed and the moment the demo-mailbox tests generate the mailbox with. */
export const SEED = 20261202;
export const NOW = new Date("2026-12-02T09:30:00Z");
export const DAY_MS = 86_400_000;
export const SAM = DEMO_CONNECTOR.email;

/** One generated message, parsed both ways and analysed as the sync would. */
export interface Message {
  fileName: string;
  raw: Buffer;
  mail: ParsedMail;
  email: ParsedEmail;
  analysis: Analysis;
}

export async function read(fileName: string, raw: Buffer): Promise<Message> {
  const email = await parseEmail(raw, { maxBytes: 25 * 1024 * 1024 });
  return {
    fileName,
    raw,
    mail: await simpleParser(raw),
    email,
    analysis: analyzeEmail(email, { connectorAddresses: [SAM] }),
  };
}
