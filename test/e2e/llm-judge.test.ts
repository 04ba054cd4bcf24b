import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession, formField, type Page } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { completion, startFakeLlmServer } from "../support/fake-llm-server.js";
import { HINT, HINT_JUDGEMENT, hintMessage } from "../support/hint-request.js";
import { uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

/** The hint, dated now so that the sync reads it as new mail. */
const hint = (to: string, id: string) =>
  Buffer.from(hintMessage(id, to).replace("Tue, 1 Dec 2026 10:00:00 +0000", new Date().toUTCString()));

/**
 * The optional LLM judge through the whole product, with a local fake server in the model's
 * place (wiring only: no model runs here, so nothing here measures how well one judges):
 * configured, it is off for each connector until they turn it on on the status page; on, the
 * sync shows it request-like mail, and a request it finds is recorded and analysed.
 */
describe("the LLM judge, off until the connector turns it on (wiring only: a local fake server)", () => {
  let product: RunningProduct;
  let server: Awaited<ReturnType<typeof startFakeLlmServer>>;
  const sam = { email: uniqueAddress(), browser: new BrowserSession() };

  beforeAll(async () => {
    server = await startFakeLlmServer(() => ({ body: completion(JSON.stringify(HINT_JUDGEMENT)) }));
    product = await startProduct({
      env: { LLM_JUDGE_URL: server.url, LLM_JUDGE_MODEL: "judge-model" },
      emulator: { mailboxes: { [sam.email]: [] } },
    });
    await product.connect(sam.browser, sam.email);
    await eventually(async () => (await account()).historyId !== null, 30_000);
  }, 60_000);
  afterAll(async () => {
    await product?.stop();
    await server?.close();
  });

  const account = () => product.services.prisma.googleAccount.findFirstOrThrow({ where: { email: sam.email } });
  const seen = async (id: string) => {
    const { id: accountId } = await account();
    await product.services.jobs.requestSync(accountId, "manual");
    return eventually(async () => {
      const rows = await product.services.prisma.syncedMessage.findMany({ where: { accountId } });
      return rows.length > 0 && (await product.emulator.mailbox(sam.email).list()).length === rows.length ? rows : null;
    }, 30_000).then(() => id);
  };
  async function pressLlmJudgeButton(): Promise<Page[]> {
    const status = await sam.browser.request(`${product.url}/`);
    const wanted = /name="llmJudge" value="(on|off)"/.exec(status.body)?.[1] ?? "";
    return sam.browser.navigate(`${product.url}/settings/llm-judge`, {
      form: { _csrf: formField(status.body, "_csrf") ?? "", llmJudge: wanted },
    });
  }

  it("is off at first: the status page names the model and its host, and no mail goes to it", async () => {
    const status = await sam.browser.request(`${product.url}/`);
    expect(status.body).toMatch(/LLM judge: <strong id="llm-judge-state">off<\/strong>/);
    expect(status.body).toContain(`<code>judge-model</code> at <code>${new URL(server.url).host}</code>`);
    expect(status.body).toContain("Let the LLM judge read request-like mail");

    await product.emulator.addMessage(sam.email, hint(sam.email, "first"));
    await seen("first");
    expect(server.calls).toHaveLength(0);
    const { connectorId } = await account();
    expect(await product.services.prisma.introRequest.count({ where: { connectorId } })).toBe(0);
  });

  it("refuses the setting without the form's CSRF token", async () => {
    const forged = await sam.browser.request(`${product.url}/settings/llm-judge`, {
      form: { _csrf: "forged", llmJudge: "on" },
    });
    expect(forged.status).toBe(403);
    const { connectorId } = await account();
    expect((await product.services.prisma.connector.findUniqueOrThrow({ where: { id: connectorId } })).llmJudge).toBe(
      false,
    );
  });

  it("once on, shows the judge request-like mail, and records the request it finds", async () => {
    const on = await pressLlmJudgeButton();
    expect(on[0]?.status).toBe(303);
    expect(on[0]?.headers.get("location")).toBe("/?notice=llm-judge-on");
    expect(on.at(-1)?.body).toMatch(/LLM judge: <strong id="llm-judge-state">on<\/strong>/);
    const { connectorId } = await account();
    const connector = await product.services.prisma.connector.findUniqueOrThrow({ where: { id: connectorId } });
    expect(connector.llmJudge).toBe(true);
    expect(connector.llmJudgeSetAt).not.toBeNull();

    await product.emulator.addMessage(sam.email, hint(sam.email, "second"));
    await seen("second");
    const request = await eventually(
      () =>
        product.services.prisma.introRequest.findFirst({
          where: { connectorId, requesterEmail: "lee@marsh.example", analyzedAt: { not: null } },
        }),
      30_000,
    );
    expect(request.targetName).toBe("Ray Okafor");
    expect(request.secondOpinion).toBe("found");
    const page = await sam.browser.request(`${product.url}/requests/${request.id}`);
    expect(page.body).toContain("Found by the LLM judge: SafeIntro&#39;s own analysis had missed it.");
    expect(server.calls).toHaveLength(1);
    const shown = server.calls[0]?.body.messages?.find((message) => message.role === "user")?.content ?? "";
    expect(shown).toContain(HINT);

    // Off again: nothing more is sent.
    const off = await pressLlmJudgeButton();
    expect(off[0]?.headers.get("location")).toBe("/?notice=llm-judge-off");
    await product.emulator.addMessage(sam.email, hint(sam.email, "third"));
    await seen("third");
    expect(server.calls).toHaveLength(1);
  });
});
