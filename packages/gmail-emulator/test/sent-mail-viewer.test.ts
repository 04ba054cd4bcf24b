import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGmailEmulator } from "../src/index.js";
import { CHROMIUM_ARGS, findChromium } from "./chromium.js";
import { SAM, bearer, rawRequest, startEmulator, type RunningEmulator } from "./helpers.js";

let running: RunningEmulator;
let sentUrl: string;
beforeAll(async () => {
  running = await startEmulator();
  sentUrl = running.emulator.sentMailUrl ?? "";
});
afterAll(async () => {
  await running.emulator.close();
});
beforeEach(async () => {
  await running.emulator.reset();
});

async function sendAsSam(raw: string): Promise<{ id: string }> {
  const { accessToken } = running.emulator.issueTokens(SAM, {
    scopes: ["https://www.googleapis.com/auth/gmail.send"],
  });
  const response = await fetch(`${running.url}/gmail/v1/users/me/messages/send`, {
    method: "POST",
    headers: { ...bearer(accessToken), "content-type": "application/json" },
    body: JSON.stringify({ raw: Buffer.from(raw).toString("base64url") }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { id: string };
}

/** A multipart/alternative message with these parts. */
function alternative(headers: string, plain: string, html: string): string {
  return (
    `${headers}MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b"\r\n\r\n` +
    `--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n${plain}\r\n` +
    `--b\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n${html}\r\n--b--\r\n`
  );
}

function unescapeHtml(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const INTRO_HTML = '<p>Hi Mary, meet <a href="https://northwind.example/alex">Alex</a> &amp; friends.</p>';

describe("the sent mail viewer", () => {
  it("is at emulator.sentMailUrl once listening, and needs no admin token", async () => {
    expect(sentUrl).toBe(`${running.url}/__emulator/sent`);
    expect((await createGmailEmulator()).sentMailUrl).toBeUndefined();
    const page = await fetch(sentUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    // The rest of the admin API still wants the token, and the viewer is no Gmail call.
    expect((await fetch(sentUrl, { method: "POST" })).status).toBe(401);
    expect((await fetch(`${running.url}/__emulator/calls`)).status).toBe(401);
    expect(running.emulator.calls).toHaveLength(0);
  });

  it("lists each user's sent mail newest first: date, From, To, Cc, Subject, a link to each", async () => {
    const sent = await sendAsSam(
      "From: sam@rivera.example\r\nTo: Mary Jones <mary@xyz.example>\r\nCc: alex@northwind.example\r\nSubject: Intro: Alex, meet Mary\r\n\r\nHi.\r\n",
    );
    const html = await (await fetch(sentUrl)).text();
    expect(html).toContain(`<h2>${SAM} <small>(3)</small></h2>`);
    const rows = [
      ...html.matchAll(
        /<tr><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td><a href="([^"]+)">([^<]*)<\/a>/g,
      ),
    ];
    expect(rows.map((row) => row[6])).toEqual([
      "Intro: Alex, meet Mary",
      "Dana &lt;&gt; Leo (Helixworks / Brightfold)",
      "Re: Question about Mary Jones (HR at XYZ Corp)",
    ]);
    const [first] = rows;
    expect(first?.slice(2, 6)).toEqual([
      "sam@rivera.example",
      "Mary Jones &lt;mary@xyz.example&gt;",
      "alex@northwind.example",
      `/__emulator/sent/sam%40rivera.example/${sent.id}`,
    ]);
    expect(first?.[1]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
    // Nothing from the inbox.
    expect(html).not.toContain("Introducing Pipelines");
  });

  it("shows a message: its headers, its HTML in a sandboxed iframe whose links open a new tab, its text", async () => {
    const sent = await sendAsSam(
      alternative(
        "From: sam@rivera.example\r\nTo: mary@xyz.example\r\nSubject: Intro\r\n",
        "Hi Mary, meet Alex: https://northwind.example/alex",
        INTRO_HTML,
      ),
    );
    const page = await fetch(`${sentUrl}/${encodeURIComponent(SAM)}/${sent.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<tr><th>Subject</th><td>Intro</td></tr>");
    expect(html).toMatch(/<tr><th>Message-Id<\/th><td>&lt;CA[^&]+@mail\.gmail\.com&gt;<\/td><\/tr>/);
    expect(html).toContain("<pre>Hi Mary, meet Alex: https://northwind.example/alex</pre>");
    const frame = /<iframe [^>]*sandbox="([^"]*)"[^>]*srcdoc="([^"]*)"><\/iframe>/.exec(html);
    expect(frame?.[1]).toBe("allow-popups allow-popups-to-escape-sandbox");
    expect(unescapeHtml(frame?.[2] ?? "")).toBe(
      `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><base target="_blank">${INTRO_HTML}`,
    );

    expect((await fetch(`${sentUrl}/${encodeURIComponent(SAM)}/0123456789abcdef`)).status).toBe(404);
    expect((await fetch(`${sentUrl}/nobody%40example.org/${sent.id}`)).status).toBe(404);
    // Mail that came in is not the viewer's to show.
    const incoming = await running.emulator.addMessage(
      SAM,
      Buffer.from("From: a@b.example\r\nSubject: in\r\n\r\nx\r\n"),
    );
    expect((await fetch(`${sentUrl}/${encodeURIComponent(SAM)}/${incoming.id}`)).status).toBe(404);
  });

  it("escapes everything a message brings: headers, subject, text and the HTML put in srcdoc", async () => {
    const hostileHtml = `"><script>alert(1)</script><img src=x onerror="alert(2)"><p title='x'>it&#39;s</p>`;
    const added = await running.emulator.addMessage(
      SAM,
      Buffer.from(
        alternative(
          `From: "<img src=x onerror=alert(3)>" <sam@rivera.example>\r\nTo: <script>alert(4)</script>\r\n` +
            `Cc: "Q & A" <qa@x.example>\r\nSubject: </title><script>alert(5)</script>\r\nX-Evil: "><svg onload=alert(6)>\r\n`,
          "</pre><script>alert(7)</script>",
          hostileHtml,
        ),
      ),
      ["SENT"],
    );
    for (const url of [sentUrl, `${sentUrl}/${encodeURIComponent(SAM)}/${added.id}`]) {
      const html = await (await fetch(url)).text();
      expect(html).not.toMatch(/<(script|img|svg)\b/i);
      expect(html).toContain("&lt;/title&gt;&lt;script&gt;alert(5)&lt;/script&gt;");
      expect(html).toContain("&quot;Q &amp; A&quot; &lt;qa@x.example&gt;");
    }
    const html = await (await fetch(`${sentUrl}/${encodeURIComponent(SAM)}/${added.id}`)).text();
    expect(html).toContain("<pre>&lt;/pre&gt;&lt;script&gt;alert(7)&lt;/script&gt;</pre>");
    // The HTML reaches the sandboxed iframe intact, once unescaped by the browser.
    const srcdoc = /srcdoc="([^"]*)"/.exec(html)?.[1] ?? "";
    expect(unescapeHtml(srcdoc).endsWith(hostileHtml)).toBe(true);
  });

  it("answers loopback Host names only", async () => {
    const port = new URL(running.url).port;
    const sent = await sendAsSam("From: sam@rivera.example\r\nTo: mary@xyz.example\r\nSubject: Hi\r\n\r\nx\r\n");
    for (const path of ["/__emulator/sent", `/__emulator/sent/${encodeURIComponent(SAM)}/${sent.id}`]) {
      for (const host of [`rebind.attacker.example:${port}`, `127.0.0.1.attacker.example:${port}`, "10.0.0.5"]) {
        const refused = await rawRequest(`${running.url}${path}`, { headers: { host } });
        expect({ path, host, status: refused.status }).toEqual({ path, host, status: 403 });
        expect(refused.body).not.toContain("mary@xyz.example");
      }
      for (const host of [`localhost:${port}`, `[::1]:${port}`, `127.0.0.1:${port}`]) {
        const answered = await rawRequest(`${running.url}${path}`, { headers: { host } });
        expect({ path, host, status: answered.status }).toEqual({ path, host, status: 200 });
      }
    }
  });
});

describe("the sent mail viewer in a browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("renders the mail's HTML without running its scripts, and opens its links in a new tab", async () => {
    const landing = "http://127.0.0.1:9/alex-profile";
    const sent = await sendAsSam(
      alternative(
        "From: sam@rivera.example\r\nTo: mary@xyz.example\r\nSubject: Intro\r\n",
        "Meet Alex.",
        `<p id="status">as sent</p><script>document.getElementById("status").textContent = "script ran"</script>` +
          `<p><a href="${landing}">Alex's profile</a></p>`,
      ),
    );
    const context = await browser.newContext();
    await context.route(`${landing}**`, (route) =>
      route.fulfill({ status: 200, contentType: "text/plain", body: "Alex's profile page" }),
    );
    const page = await context.newPage();
    await page.goto(sentUrl);
    await page.getByRole("link", { name: "Intro" }).click();
    const mail = page.frameLocator("iframe");
    await expect.poll(() => mail.locator("#status").textContent()).toBe("as sent");
    const [opened] = await Promise.all([
      context.waitForEvent("page"),
      mail.getByRole("link", { name: "Alex's profile" }).click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(landing);
    // The emulator's page stays where it was.
    expect(page.url()).toBe(`${sentUrl}/${encodeURIComponent(SAM)}/${sent.id}`);
    await context.close();
  });
});
