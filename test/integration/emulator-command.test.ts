import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runEmulatorCommand } from "../../src/cli/emulator-command.js";

const SAMPLE_MAILBOX = fileURLToPath(new URL("../../samples/mailbox", import.meta.url));

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString();
}

describe("safeintro emulator", () => {
  it("serves the mailbox folder, prints how to point SafeIntro at it, and stops cleanly", async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const output = collect(stdout);
    const controller = new AbortController();
    const exit = runEmulatorCommand(
      { mailbox: SAMPLE_MAILBOX, port: 0 },
      { stdout, stderr, signal: controller.signal },
    );
    await expect.poll(output).toMatch(/GOOGLE_BASE_URL=http:\/\/127\.0\.0\.1:\d+\n.*Bearer [\w-]+"\n$/);
    expect(output()).toContain("sam@rivera.example: 15 messages");
    const base = /GOOGLE_BASE_URL=(\S+)/.exec(output())?.[1] ?? "";
    expect((await fetch(`${base}/oauth2/v1/certs`)).status).toBe(200);
    // The printed token opens the admin API, which refuses a request without it.
    const token = /Bearer ([\w-]+)"/.exec(output())?.[1] ?? "";
    expect((await fetch(`${base}/__emulator/calls`)).status).toBe(401);
    expect((await fetch(`${base}/__emulator/calls`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(
      200,
    );
    controller.abort();
    expect(await exit).toBe(0);
  });

  it("takes the admin token it is given, and does not print it", async () => {
    const stdout = new PassThrough();
    const output = collect(stdout);
    const controller = new AbortController();
    const exit = runEmulatorCommand(
      { mailbox: SAMPLE_MAILBOX, port: 0, adminToken: "token-from-the-script" },
      { stdout, stderr: new PassThrough(), signal: controller.signal },
    );
    await expect.poll(output).toMatch(/Admin API: .*\n$/);
    expect(output()).not.toContain("token-from-the-script");
    const base = /GOOGLE_BASE_URL=(\S+)/.exec(output())?.[1] ?? "";
    expect(
      (await fetch(`${base}/__emulator/calls`, { headers: { authorization: "Bearer token-from-the-script" } })).status,
    ).toBe(200);
    controller.abort();
    expect(await exit).toBe(0);
  });

  it("says why it cannot start", async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const errors = collect(stderr);
    expect(await runEmulatorCommand({ mailbox: "/nonexistent/mailbox", port: 0 }, { stdout, stderr })).toBe(1);
    expect(errors()).toMatch(/^safeintro emulator: .*nonexistent/);
  });
});
