import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/dev/ports.js";
import { databaseUrl, redisPrefix, redisUrl } from "../support/services.js";

const bin = fileURLToPath(new URL("../../bin/safeintro.js", import.meta.url));
// A project folder of its own, so that its .env is the only one the command can find.
const folder = mkdtempSync(join(tmpdir(), "safeintro-serve-"));
let held: Server;
let heldPort: number;

beforeAll(async () => {
  // Held on every interface, as `serve` listens.
  held = createServer();
  await new Promise<void>((resolve) => held.listen(0, "0.0.0.0", resolve));
  heldPort = (held.address() as { port: number }).port;
});
afterAll(() => {
  held.close();
  rmSync(folder, { recursive: true, force: true });
});

function writeDotenv(port: number): void {
  const settings = {
    DATABASE_URL: databaseUrl(),
    REDIS_URL: redisUrl(),
    REDIS_KEY_PREFIX: `${redisPrefix()}:serve`,
    GOOGLE_CLIENT_ID: "serve-test.apps.googleusercontent.com",
    GOOGLE_CLIENT_SECRET: "serve-test-secret",
    TOKEN_ENCRYPTION_KEYS: `v1:${randomBytes(32).toString("base64")}`,
    PORT: String(port),
  };
  writeFileSync(
    join(folder, ".env"),
    Object.entries(settings)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(""),
  );
}

/** `safeintro serve` from the folder, with only PATH and `env` in the real environment. */
function serve(env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, "serve"],
      { cwd: folder, env: { PATH: process.env.PATH ?? "", ...env }, timeout: 20_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe("safeintro serve", () => {
  it("reads its settings from .env, and says in one line that PORT is taken", async () => {
    writeDotenv(heldPort);
    const run = await serve();
    // Exit 1, not 2: the database, Redis and Google settings came from .env.
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `safeintro: port ${heldPort} is already in use by another program; set PORT to a free one (and PUBLIC_URL to match), e.g. PORT=${heldPort + 1}\n`,
    );
  });

  it("lets the real environment override .env", async () => {
    writeDotenv(await freePort());
    const run = await serve({ PORT: String(heldPort) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^safeintro: port ${heldPort} is already in use`));
  });
});
