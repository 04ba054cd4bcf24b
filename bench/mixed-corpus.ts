import { readFileSync, readdirSync } from "node:fs";
import { simpleParser } from "mailparser";
import MailComposer from "nodemailer/lib/mail-composer";

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same messages. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = [
  "Thanks for sending the numbers over, I had a look on the train this morning.",
  "We should probably loop in finance before the end of the quarter.",
  "Happy to move the call to Thursday if that works better for your team.",
  "The draft looks good to me; two small comments inline on page four.",
  "Let me know if you need anything else from our side before the review.",
  "I'll be offline Friday but back on Monday with the revised plan.",
];

/**
 * A reply chain of about `bytes` bytes, quoted the way Gmail quotes it: one header line,
 * then each older message one ">" deeper, its own header quoted with it.
 */
function quotedHistory(bytes: number, next: () => number): string {
  const header = () =>
    `On Tue, Mar ${1 + Math.floor(next() * 27)}, 2026 at 9:14 AM Someone <someone@example.com> wrote:`;
  const lines: string[] = [header()];
  let size = 0;
  let depth = 1;
  while (size < bytes) {
    if (lines.length % 12 === 0) {
      lines.push(">".repeat(depth), `${">".repeat(depth)} ${header()}`);
      depth = Math.min(depth + 1, 6);
    }
    const line = `${">".repeat(depth)} ${FILLER[Math.floor(next() * FILLER.length)]}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
}

const MIN_BYTES = 5 * 1024;
const MAX_BYTES = 50 * 1024;

/**
 * A mixed corpus of `count` messages of 5–50 KB built from the labelled corpus: each
 * message's own text and sender, plus quoted history, an HTML alternative, and for one
 * in three a small attachment, to the size drawn for it. Built once, outside any timing.
 */
export async function buildMixedCorpus(count: number, seed = 42): Promise<Buffer[]> {
  const folder = new URL("../test/fixtures/corpus/", import.meta.url);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".eml"))
    .sort();
  const bases = await Promise.all(files.map(async (name) => simpleParser(readFileSync(new URL(name, folder)))));
  const next = random(seed);
  const messages: Buffer[] = [];
  for (let index = 0; index < count; index++) {
    const base = bases[index % bases.length]!;
    const targetBytes = MIN_BYTES + Math.floor(next() * (MAX_BYTES - MIN_BYTES));
    const attachment =
      next() < 1 / 3
        ? Buffer.from(Array.from({ length: Math.floor(targetBytes / 4) }, () => Math.floor(next() * 256)))
        : null;
    const attachments = attachment
      ? [{ filename: "notes.pdf", content: attachment, contentType: "application/pdf" }]
      : [];
    const compose = async (historyBytes: number) => {
      const text = `${base.text ?? ""}\n\n${quotedHistory(historyBytes, next)}`;
      const html = `<div>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>\n")}</div>`;
      const from = base.from?.text ?? "someone@example.com";
      const subject = base.subject ?? "(no subject)";
      return new MailComposer({ from, to: "Sam Rivera <sam@rivera.example>", subject, text, html, attachments })
        .compile()
        .build();
    };
    // Text and HTML both carry the history, so it gets a share of what the attachment leaves.
    let historyBytes = Math.max(300, (targetBytes - (attachment ? attachment.length * 1.4 : 0)) / 2.6);
    let raw = await compose(historyBytes);
    for (let attempt = 0; attempt < 4 && (raw.length > MAX_BYTES || raw.length < MIN_BYTES); attempt++) {
      historyBytes = Math.max(100, historyBytes * (targetBytes / raw.length));
      raw = await compose(historyBytes);
    }
    messages.push(raw);
  }
  return messages;
}
