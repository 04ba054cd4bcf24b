/**
 * How fast SafeIntro makes its emails.
 *   render     one email (subject, HTML and text) from the templates compiled at start-up: p50, p95
 *   per-email  the same email when the MJML is compiled for each one (MJML, then Handlebars): p50
 *   ratio      per-email p50 / render p50 (aim: at least 100)
 *   outbox     sends per second through the outbox against the Gmail emulator, per account and for
 *              two accounts at once, queue → sent latency, and the emulator's call log: 429s, the
 *              most quota units in any one second, every email sent exactly once
 *              (bench/outbox-bench.ts; about 40 s: it runs at Gmail's quota)
 */
import Handlebars from "handlebars";
import { compileMjml } from "../src/email/compile-mjml.js";
import {
  createEmailRenderer,
  defaultTemplatesDir,
  loadTemplateSources,
  parseEmailData,
  SAMPLE_EMAIL_DATA,
  type EmailName,
} from "../src/email/index.js";
import { formatOutboxBench, runOutboxBench } from "./outbox-bench.js";

const EMAIL: EmailName = "ask-target";
const RENDERS = 2_000;
const PER_EMAIL_COMPILES = 50;
const AIM_RATIO = 100;

export async function runEmailBench() {
  const data = SAMPLE_EMAIL_DATA[EMAIL];
  const renderer = await createEmailRenderer();
  const compiledTimes = await timeEach(200, RENDERS, () => renderer.render(EMAIL, data));

  // The path the renderer avoids: MJML compiled for every email, then filled.
  const source = (await loadTemplateSources(defaultTemplatesDir())).find((template) => template.name === EMAIL)!;
  const handlebars = Handlebars.create();
  handlebars.registerHelper(
    "lines",
    (value: string) => new Handlebars.SafeString(Handlebars.escapeExpression(value).replace(/\n/g, "<br />\n")),
  );
  const perEmailTimes = await timeEach(5, PER_EMAIL_COMPILES, async () => {
    const html = await compileMjml(source.mjml, EMAIL);
    const values = parseEmailData(EMAIL, data);
    return handlebars.compile(html, { strict: true })({ ...values, subject: "subject" });
  });

  const render = { p50Ms: percentile(compiledTimes, 50), p95Ms: percentile(compiledTimes, 95) };
  const perEmail = { p50Ms: percentile(perEmailTimes, 50) };
  return {
    email: EMAIL,
    renders: RENDERS,
    perEmailCompiles: PER_EMAIL_COMPILES,
    render: { p50Ms: round(render.p50Ms, 4), p95Ms: round(render.p95Ms, 4) },
    perEmailMjml: { p50Ms: round(perEmail.p50Ms, 3) },
    ratio: Math.round(perEmail.p50Ms / render.p50Ms),
    aimRatioAtLeast: AIM_RATIO,
    mjmlCompilationsAfterRenders: renderer.mjmlCompilations,
    outbox: await runOutboxBench(),
    node: process.version,
  };
}

export type EmailBenchResult = Awaited<ReturnType<typeof runEmailBench>>;

/** Times `count` calls one by one, after `warmUp` untimed ones (JIT, lazy compilation): milliseconds each. */
async function timeEach(warmUp: number, count: number, work: () => unknown): Promise<number[]> {
  for (let index = 0; index < warmUp; index++) await work();
  const times: number[] = [];
  for (let index = 0; index < count; index++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

function percentile(values: number[], rank: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * rank) / 100))]!;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

export function formatEmailBench(result: EmailBenchResult): string {
  const microseconds = (ms: number) => `${Math.round(ms * 1000)} µs`;
  const rows: [string, string][] = [
    [
      "render from compiled templates",
      `${microseconds(result.render.p50Ms)} p50, ${microseconds(result.render.p95Ms)} p95 (${result.renders} renders of ${result.email})`,
    ],
    ["MJML compiled per email", `${result.perEmailMjml.p50Ms} ms p50 (${result.perEmailCompiles} emails)`],
    ["ratio, per-email / compiled", `${result.ratio} (aim: at least ${result.aimRatioAtLeast})`],
    ["MJML compilations", `${result.mjmlCompilationsAfterRenders}, all at start-up`],
    ["node", result.node],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const table = rows.map(([label, value]) => `${label.padEnd(width)}  ${value}\n`).join("");
  return `${table}\n${formatOutboxBench(result.outbox)}\n`;
}
