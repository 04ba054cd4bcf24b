import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/intake/parse-email.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";

/**
 * An intro request written to someone else, with the connector only copied, is that person's to
 * answer (holdouts 34 and 44 each had one). Only the connector's own addresses tell: without
 * them, the message reads as a request, as before.
 */
const CONNECTOR = "sam@rivera.example";

function message(options: { to: string; cc: string; body: string }): Buffer {
  return Buffer.from(
    [
      "From: Lena Ward <lena@brinefield.example>",
      `To: ${options.to}`,
      `Cc: ${options.cc}`,
      "Subject: Brinefield - next steps",
      "Date: Tue, 03 Mar 2026 10:00:00 +0000",
      "Message-ID: <copied-only@brinefield.example>",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      options.body,
      "",
    ].join("\r\n"),
  );
}

const ask = "Would you be willing to make the connection to Arvid Ekdahl at Nordvale Mining?";
const analyse = async (raw: Buffer, connectorAddresses: string[] = [CONNECTOR]) =>
  analyzeEmail(await parseEmail(raw, { maxBytes: 1_000_000 }), { connectorAddresses });

describe("analyzeEmail: the connector only copied on someone else's ask", () => {
  it("is no request to the connector when the ask greets a To recipient", async () => {
    const raw = message({
      to: "Pieter Vos <pieter@rivera.example>",
      cc: `Sam Rivera <${CONNECTOR}>`,
      body: `Hi Pieter,\n\nThanks for Friday. ${ask}\n\nSam, thank you for the data room.\n\nLena`,
    });
    expect((await analyse(raw)).isIntroRequest).toBe(false);
    // Without the connector's addresses nothing tells whose ask it is.
    expect((await analyse(raw, [])).isIntroRequest).toBe(true);
  });

  it("stays a request when the connector is in To, or the ask names them", async () => {
    const toConnector = message({
      to: `Sam Rivera <${CONNECTOR}>`,
      cc: "Pieter Vos <pieter@rivera.example>",
      body: `Hi Sam,\n\n${ask}\n\nLena`,
    });
    expect((await analyse(toConnector)).isIntroRequest).toBe(true);
    const namesConnector = message({
      to: "Pieter Vos <pieter@rivera.example>",
      cc: `Sam Rivera <${CONNECTOR}>`,
      body: `Hi Pieter,\n\nSam, would you be willing to make the connection to Arvid Ekdahl at Nordvale Mining?\n\nLena`,
    });
    expect((await analyse(namesConnector)).isIntroRequest).toBe(true);
  });

  it("stays a request when the greeting names no To recipient", async () => {
    const raw = message({
      to: "Pieter Vos <pieter@rivera.example>",
      cc: `Sam Rivera <${CONNECTOR}>`,
      body: `Hi both,\n\n${ask}\n\nLena`,
    });
    expect((await analyse(raw)).isIntroRequest).toBe(true);
  });
});
