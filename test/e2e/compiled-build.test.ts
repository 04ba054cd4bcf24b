// Production runs the compiled JavaScript with plain node (npm start, npm run worker, the
// Docker image), not the TypeScript sources through tsx as every other test does. This file
// compiles the product as `npm run build` does (tsconfig.build.json) and runs that build.
import { execFile, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createGmailEmulator, type GmailEmulator } from "@safeintro/gmail-emulator";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectGoogleAccount } from "../../src/accounts/connect-google-account.js";
import { loadConfig, requireServerSettings } from "../../src/config.js";
import { emulatorSettings } from "../../src/dev/emulator-settings.js";
import { freePort } from "../../src/dev/ports.js";
import { createServices, type Services } from "../../src/runtime/services.js";
import { eventually } from "../support/eventually.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { databaseUrl, redisPrefix, redisUrl } from "../support/services.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
// Inside the repository, so that the build finds node_modules as dist/ does; .tmp/ is ignored.
// Not dist/ itself: a person's build there is left alone.
const out = join(root, ".tmp", `compiled-${randomUUID().slice(0, 8)}`);
const cli = join(out, "src/cli/run.js");
// No .env here: the commands read the one in their working directory, and the checkout's may hold anything.
const cwd = mkdtempSync(join(tmpdir(), "safeintro-compiled-"));
const CLIENT = { id: "compiled-test.apps.googleusercontent.com", secret: "compiled-test-secret" };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd, env: { PATH: process.env.PATH ?? "", ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** A long-running command of the build (serve, worker): stopped with SIGTERM, as a container is. */
function start(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [cli, ...args], { cwd, env: { PATH: process.env.PATH ?? "", ...env } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return {
    output: () => output,
    async stop(): Promise<number | null> {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

beforeAll(async () => {
  // tsc itself, not `npm run build`: that also regenerates the Prisma client in src/generated,
  // under the feet of the tests running beside this one.
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const build = await run([tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", out]);
  expect(build.stdout + build.stderr).toBe("");
  expect(build.code).toBe(0);
  // The email templates beside the build, as the image has them beside dist/.
  cpSync(join(root, "templates"), join(out, "templates"), { recursive: true });
}, 180_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(cwd, { recursive: true, force: true });
});

describe("the compiled build", () => {
  it("leaves out the development commands, the emulator package and src/dev", async () => {
    const listed = await run([
      createRequire(import.meta.url).resolve("typescript/bin/tsc"),
      "-p",
      join(root, "tsconfig.build.json"),
      "--listFilesOnly",
    ]);
    const files = listed.stdout.split("\n").filter((file) => file.startsWith(root) && !file.includes("/node_modules/"));
    expect(
      files.filter((file) =>
        /\/src\/dev\/|packages\/gmail-emulator|dev-commands|demo-command|emulator-command/.test(file),
      ),
    ).toEqual([]);
    expect(files).toContain(join(root, "src/generated/prisma/client.ts"));
    expect(files).toContain(join(root, "src/cli/run.ts"));
  });

  it("judges a message in the analysis pool's worker threads, with plain node", async () => {
    const script = `
      import { readFileSync } from "node:fs";
      import { createAnalysisPool } from ${JSON.stringify(join(out, "src/analysis/analysis-pool.js"))};
      import { createLogger } from ${JSON.stringify(join(out, "src/logger.js"))};
      const pool = createAnalysisPool({ timeLimitMs: 60000, threads: 1, maxMessageBytes: 26214400, logger: createLogger("silent") });
      const verdict = await pool.judge(readFileSync(process.argv[1]), { connectorAddresses: [] });
      await pool.close();
      process.stdout.write(JSON.stringify(verdict));
    `;
    const result = await run(["--input-type=module", "-e", script, join(root, "samples/01-specific-request.eml")]);
    expect(result.stderr).toBe("");
    const verdict = JSON.parse(result.stdout) as {
      kind: string;
      analysis?: { isIntroRequest: boolean; target: { name: string } | null };
    };
    // A thread that could not start would come back as { kind: "skipped", reason: "analysis_failed" }.
    expect(verdict.kind).toBe("analysed");
    expect(verdict.analysis?.isIntroRequest).toBe(true);
    expect(verdict.analysis?.target?.name).toBe("Mary Jones");
  });

  it("runs safeintro analyze", async () => {
    const result = await run([cli, "analyze", "--json", join(root, "samples/01-specific-request.eml")]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ isIntroRequest: true, target: { name: "Mary Jones" } });
  });

  it("says in one line that the demo and the emulator run from the sources", async () => {
    const demo = await run([cli, "demo", "--port", "3000"]);
    expect(demo).toEqual({ code: 1, stdout: "", stderr: "safeintro: the demo runs from the sources: npm run demo\n" });
    const emulator = await run([cli, "emulator", "--mailbox", "samples/mailbox"]);
    expect(emulator.code).toBe(1);
    expect(emulator.stderr).toMatch(
      /^safeintro: the emulator runs from the sources: npx safeintro emulator --mailbox DIR[^\n]*\n$/,
    );
  });
});

describe("the compiled web app and workers", () => {
  let emulator: GmailEmulator;
  let services: Services;
  let env: Record<string, string>;
  const address = uniqueAddress();

  beforeAll(async () => {
    emulator = await createGmailEmulator({
      mailboxes: { [address]: [corpus("high-01-mary-jones-hr.eml")] },
      clientId: CLIENT.id,
      clientSecret: CLIENT.secret,
    });
    const { url: googleBaseUrl } = await emulator.listen(0);
    env = {
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      POLL_INTERVAL_SECONDS: "3600",
      ...emulatorSettings({
        googleBaseUrl,
        client: CLIENT,
        databaseUrl: databaseUrl(),
        redisUrl: redisUrl(),
        redisKeyPrefix: `${redisPrefix()}:compiled`,
        port: await freePort(),
      }),
    };
    services = createServices(requireServerSettings(loadConfig(env)), { logger: pino({ level: "silent" }) });
  });
  afterAll(async () => {
    await services.close();
    await emulator.close();
  });

  it("serves /healthz, the Docker image's health check, and stops on SIGTERM", async () => {
    const web = start(["serve", "--no-workers"], env);
    const health = await eventually(async () => {
      const response = await fetch(new URL("/healthz", env.PUBLIC_URL)).catch(() => undefined);
      return response?.ok ? response.json() : undefined;
    }, 20_000).catch((error: Error) => {
      throw new Error(`${error.message}; the web app said: ${web.output()}`);
    });
    expect(health).toEqual({ ok: true });
    expect(await web.stop()).toBe(0);
  });

  it("syncs a mailbox in the worker and finds its intro request", async () => {
    const tokens = emulator.issueTokens(address, { clientId: CLIENT.id });
    const { accountId, connectorId } = await connectGoogleAccount(services.prisma, services.cipher, {
      subject: `1${randomUUID().replaceAll(/\D/g, "").slice(0, 20)}`,
      email: address,
      scopes: "openid email https://www.googleapis.com/auth/gmail.readonly",
      refreshToken: tokens.refreshToken,
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: new Date(Date.now() + 3_500_000),
    });
    const worker = start(["worker"], env);
    try {
      await services.jobs.requestSync(accountId, "manual");
      const request = await eventually(
        () => services.prisma.introRequest.findFirst({ where: { connectorId } }),
        30_000,
      ).catch((error: Error) => {
        throw new Error(`${error.message}; the worker said: ${worker.output()}`);
      });
      expect(request.targetName).toBe("Mary Jones");
    } finally {
      expect(await worker.stop()).toBe(0);
    }
  });
});
