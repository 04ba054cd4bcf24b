/**
 * How the analysis copes with crafted mail (./hostile-shapes.ts): for each shape, the time
 * analyzeEmail takes on a message of 100 KB and of 1 MB, and their ratio. Time that grows
 * with the input gives about 10, with its square about 100; the analysis reads a bounded
 * start of every message (src/intake/bound-email.ts), so the aim is about 1.
 * Parsing (mailparser) is timed apart: it reads the whole message, in linear time.
 */
import { parseEmail } from "../src/intake/parse-email.js";
import { MAX_TEXT_CHARS } from "../src/intake/bound-email.js";
import { analyzeEmail } from "../src/intros/analyze-email.js";
import { HOSTILE_SHAPES, type HostileShape, hostileMessage } from "./hostile-shapes.js";

const SMALL = 100 * 1000;
const LARGE = 1000 * 1000;
const ROUNDS = 7;
const MAX_BYTES = 25 * 1024 * 1024;

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Milliseconds to parse a message of the shape, and to analyse it: the fastest of ROUNDS
 * runs after a warm-up, as other work on the machine (and the collector, which the 1 MB
 * message keeps busier) only ever adds time.
 */
async function timeShape(shape: HostileShape, bytes: number): Promise<{ parseMs: number; analyzeMs: number }> {
  const raw = hostileMessage(shape, bytes);
  const parseStart = performance.now();
  const email = await parseEmail(raw, { maxBytes: MAX_BYTES });
  const parseMs = performance.now() - parseStart;
  analyzeEmail(email);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    analyzeEmail(email);
    times.push(performance.now() - start);
  }
  return { parseMs: round1(parseMs), analyzeMs: round1(Math.min(...times)) };
}

export async function runHostileBench() {
  const shapes = [];
  for (const shape of HOSTILE_SHAPES) {
    const small = await timeShape(shape, SMALL);
    const large = await timeShape(shape, LARGE);
    // Below a tenth of a millisecond the ratio is noise: both count as that tenth.
    const ratio = Math.max(large.analyzeMs, 0.1) / Math.max(small.analyzeMs, 0.1);
    shapes.push({ name: shape.name, small, large, ratio: round1(ratio) });
  }
  const slowest = shapes.reduce((worst, shape) => (shape.large.analyzeMs > worst.large.analyzeMs ? shape : worst));
  const steepest = shapes.reduce((worst, shape) => (shape.ratio > worst.ratio ? shape : worst));
  return {
    bytes: { small: SMALL, large: LARGE },
    analysisReadsAtMostChars: MAX_TEXT_CHARS,
    rounds: ROUNDS,
    shapes,
    worst: {
      slowestAt1MB: { name: slowest.name, analyzeMs: slowest.large.analyzeMs },
      highestRatio: { name: steepest.name, ratio: steepest.ratio },
    },
    node: process.version,
  };
}

export type HostileBenchResult = Awaited<ReturnType<typeof runHostileBench>>;

export function formatHostileBench(result: HostileBenchResult): string {
  const header = ["shape", "100 KB", "1 MB", "ratio"];
  const rows = result.shapes.map((shape) => [
    shape.name,
    `${shape.small.analyzeMs} ms`,
    `${shape.large.analyzeMs} ms`,
    String(shape.ratio),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    `${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ")}\n`;
  const { slowestAt1MB, highestRatio } = result.worst;
  return (
    line(header) +
    rows.map(line).join("") +
    `worst at 1 MB: ${slowestAt1MB.name}, ${slowestAt1MB.analyzeMs} ms; highest ratio: ${highestRatio.name}, ${highestRatio.ratio}\n` +
    `analyzeEmail alone, fastest of ${result.rounds} runs; it reads at most ${result.analysisReadsAtMostChars} characters of text; one core, Node ${result.node}\n`
  );
}
