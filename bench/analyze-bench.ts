/**
 * How fast SafeIntro analyses mail, against the MIME parser alone.
 *   messages/s  full analysis (parse, unwrap, split, detect, extract, score), one core
 *   ratio       full analysis time / mailparser time on the same messages
 */
import { simpleParser } from "mailparser";
import { parseEmail } from "../src/intake/parse-email.js";
import { analyzeEmail } from "../src/intros/analyze-email.js";
import { buildMixedCorpus } from "./mixed-corpus.js";

const MESSAGES = 300;
const ROUNDS = 7;
const MAX_BYTES = 25 * 1024 * 1024;
// The same options parseEmail gives mailparser, so the ratio measures only SafeIntro's own work.
const PARSER_OPTIONS = { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true } as const;

async function timeRound(messages: Buffer[], work: (raw: Buffer) => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  for (const raw of messages) await work(raw);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function runAnalyzeBench() {
  const messages = await buildMixedCorpus(MESSAGES);
  const sizes = messages.map((raw) => raw.length);
  const parseOnly = (raw: Buffer) => simpleParser(raw, PARSER_OPTIONS);
  const fullAnalysis = async (raw: Buffer) => analyzeEmail(await parseEmail(raw, { maxBytes: MAX_BYTES }));

  // Warm up both paths (JIT, lazy regex compilation), then alternate rounds so drift hits both alike.
  await timeRound(messages, parseOnly);
  await timeRound(messages, fullAnalysis);
  const parseTimes: number[] = [];
  const fullTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    parseTimes.push(await timeRound(messages, parseOnly));
    fullTimes.push(await timeRound(messages, fullAnalysis));
  }

  const parseMs = median(parseTimes);
  const fullMs = median(fullTimes);
  const detected = (await Promise.all(messages.map(fullAnalysis))).filter((analysis) => analysis.isIntroRequest).length;
  return {
    messages: MESSAGES,
    rounds: ROUNDS,
    sizeKb: {
      min: Math.round(Math.min(...sizes) / 1024),
      median: Math.round(median(sizes) / 1024),
      max: Math.round(Math.max(...sizes) / 1024),
    },
    introRequestsDetected: detected,
    parseOnly: { msPerRound: round2(parseMs), messagesPerSecond: Math.round((MESSAGES / parseMs) * 1000) },
    fullAnalysis: { msPerRound: round2(fullMs), messagesPerSecond: Math.round((MESSAGES / fullMs) * 1000) },
    ratioFullToParse: round2(fullMs / parseMs),
    aimRatioAtMost: 1.5,
    node: process.version,
  };
}

export type AnalyzeBenchResult = Awaited<ReturnType<typeof runAnalyzeBench>>;

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function formatAnalyzeBench(result: AnalyzeBenchResult): string {
  const rows: [string, string][] = [
    [
      "messages (5–50 KB, mixed)",
      `${result.messages} (min ${result.sizeKb.min} KB, median ${result.sizeKb.median} KB, max ${result.sizeKb.max} KB)`,
    ],
    ["intro requests among them", String(result.introRequestsDetected)],
    ["mailparser alone", `${result.parseOnly.messagesPerSecond} msg/s (${result.parseOnly.msPerRound} ms per round)`],
    [
      "full analysis",
      `${result.fullAnalysis.messagesPerSecond} msg/s (${result.fullAnalysis.msPerRound} ms per round)`,
    ],
    ["full / parse time", `${result.ratioFullToParse} (aim: at most ${result.aimRatioAtMost})`],
    ["median of", `${result.rounds} rounds, one core, Node ${result.node}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}\n`).join("");
}
