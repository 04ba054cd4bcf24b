import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "bin/safeintro.js");
const sample = (name: string) => join(root, "samples", name);
const scratch = mkdtempSync(join(tmpdir(), "safeintro-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command, as a user would: a child process, the installed bin. */
async function safeintro(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? "");
  });
}

/** The public --json schema, as documented in the README. */
const Person = z.object({ name: z.string().nullable(), email: z.string().nullable() }).strict();
const AnalysisLine = z
  .object({
    file: z.string(),
    isIntroRequest: z.boolean(),
    requester: Person,
    forwardedBy: Person.nullable(),
    target: z
      .object({
        name: z.string().nullable(),
        email: z.string().nullable(),
        organization: z.string().nullable(),
        role: z.string().nullable(),
      })
      .strict()
      .nullable(),
    reason: z.string().nullable(),
    ask: z.string().nullable(),
    benefitToTarget: z.string().nullable(),
    blurb: z.string().nullable(),
    specificity: z
      .object({
        score: z.number().int().min(0).max(100),
        band: z.enum(["low", "medium", "high"]),
        signals: z.array(
          z
            .object({ id: z.string(), present: z.boolean(), points: z.number(), evidence: z.string().nullable() })
            .strict(),
        ),
      })
      .strict()
      .nullable(),
  })
  .strict();
const ErrorLine = z.object({ file: z.string(), error: z.string() }).strict();

describe("safeintro analyze", () => {
  it("prints a readable verdict with the score, the band and every signal with its words", async () => {
    const run = await safeintro(["analyze", sample("01-specific-request.eml")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/01-specific-request\.eml: intro request, specificity \d+\/100 \(high\)/);
    expect(run.stdout).toContain("requester:    Alex Kim <alex@northwind.example>");
    expect(run.stdout).toContain("target:       Mary Jones (HR, XYZ Corp)");
    expect(run.stdout).toMatch(/\+ named_target\s+\+20\s+"Mary Jones"/);
  });

  it("prints one JSON object per input that follows the documented schema", async () => {
    const files = [
      "01-specific-request.eml",
      "02-vague-request.eml",
      "03-forwarded-request.eml",
      "04-introduction-being-made.eml",
    ];
    const run = await safeintro(["analyze", "--json", ...files.map(sample)]);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((line) => AnalysisLine.parse(JSON.parse(line)));
    expect(lines.map((line) => [line.isIntroRequest, line.specificity?.band ?? null])).toEqual([
      [true, "high"],
      [true, "low"],
      [true, "high"],
      [false, null],
    ]);
    const forwarded = lines[2];
    expect(forwarded?.requester.email).toBe("priya@finch.example");
    expect(forwarded?.forwardedBy?.email).toBe("sam@rivera.example");
    expect(forwarded?.target).toMatchObject({ name: "Leo Park", organization: "Globex", role: "Head of Partnerships" });
  });

  it("reads a message from standard input with -", async () => {
    const run = await safeintro(["analyze", "--json", "-"], readFileSync(sample("02-vague-request.eml")));
    expect(run.code).toBe(0);
    expect(AnalysisLine.parse(JSON.parse(run.stdout))).toMatchObject({ file: "-", isIntroRequest: true });
  });

  it("reports each bad input in one line, still analyses the others, and exits non-zero", async () => {
    const empty = join(scratch, "empty.eml");
    const binary = join(scratch, "photo.eml");
    const truncated = join(scratch, "truncated.eml");
    const huge = join(scratch, "huge.eml");
    writeFileSync(empty, "");
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)));
    writeFileSync(
      truncated,
      'From: a@example.org\nContent-Type: multipart/mixed; boundary="cut"\n\n--cut\nContent-Type: text/plain\n\nCould you introduce me to Ma',
    );
    writeFileSync(
      huge,
      Buffer.concat([Buffer.from("From: a@example.org\nSubject: big\n\n"), Buffer.alloc(30 * 1024 * 1024, "a")]),
    );
    const missing = join(scratch, "missing.eml");

    const run = await safeintro(["analyze", empty, binary, sample("02-vague-request.eml"), truncated, huge, missing]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `safeintro: ${empty}: empty input: no message to analyse`,
      `safeintro: ${binary}: binary data, not an email message`,
      `safeintro: ${huge}: message is 30.0 MB, over the 25.0 MB limit (MAX_MESSAGE_BYTES)`,
      `safeintro: ${missing}: no such file`,
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.stdout).toContain("02-vague-request.eml: intro request");
    // A message cut off in transit is analysed from what arrived, and says so.
    expect(run.stdout).toContain(`${truncated}: intro request`);
    expect(run.stdout).toContain("note: the message arrived cut off; this is what arrived");
  });

  it("puts failed inputs in the JSON stream too, so machines see every input", async () => {
    const run = await safeintro([
      "analyze",
      "--json",
      join(scratch, "nope.eml"),
      sample("04-introduction-being-made.eml"),
    ]);
    expect(run.code).toBe(1);
    const [failed, analysed] = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as unknown);
    expect(ErrorLine.parse(failed)).toEqual({ file: join(scratch, "nope.eml"), error: "no such file" });
    expect(AnalysisLine.parse(analysed).isIntroRequest).toBe(false);
  });

  it("refuses a bad setting with a message naming it", async () => {
    const run = await new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        [bin, "analyze", sample("01-specific-request.eml")],
        { env: { ...process.env, MAX_MESSAGE_BYTES: "lots" } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("MAX_MESSAGE_BYTES");
  });
});

describe("safeintro analyze --me", () => {
  it("never takes the connector's own mail for a request to them", async () => {
    const own = join(root, "test/fixtures/corpus/nearmiss-other-05-sam-asks-friend.eml");
    const without = await safeintro(["analyze", "--json", own]);
    const withMe = await safeintro([
      "analyze",
      "--json",
      "--me",
      "sam@rivera.example",
      own,
      sample("01-specific-request.eml"),
    ]);
    expect(AnalysisLine.parse(JSON.parse(without.stdout)).isIntroRequest).toBe(true);
    const [mine, theirs] = withMe.stdout
      .trim()
      .split("\n")
      .map((line) => AnalysisLine.parse(JSON.parse(line)));
    expect(mine?.isIntroRequest).toBe(false);
    expect(theirs?.isIntroRequest).toBe(true);
  });
});
