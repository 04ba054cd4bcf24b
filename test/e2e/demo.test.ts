import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BrowserSession, connectGmail } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { databaseUrl, redisUrl } from "../support/services.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("safeintro demo (the README's quick start)", () => {
  it("runs the product on embedded defaults: connect the sample mailbox, see its requests, stop cleanly", async () => {
    // The run's servers stand in for the private ones the demo would start on its own;
    // the demo still makes a database and key prefix of its own on them, and removes them.
    const demo = spawn(process.execPath, [`${root}bin/safeintro.js`, "demo", "--port", "0"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl(), REDIS_URL: redisUrl() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    demo.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    demo.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => demo.once("exit", resolve));
    try {
      const url = await eventually(async () => /SafeIntro demo running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1], 30_000);
      const browser = new BrowserSession();
      expect((await browser.navigate(url)).at(-1)?.body).toContain("Connect Gmail");
      await connectGmail(browser, url, "sam@rivera.example");
      const status = await eventually(async () => {
        const body = (await browser.navigate(`${url}/`)).at(-1)?.body ?? "";
        return /<dd id="intro-requests">[1-9]\d*<\/dd>/.test(body) ? body : null;
      });
      expect(status).toContain('<dd id="connected-address">sam@rivera.example</dd>');
      expect(status).toContain('<dd id="messages-seen">15</dd>');
    } finally {
      demo.kill("SIGINT");
    }
    expect(await exited).toBe(0);
  }, 60_000);
});
