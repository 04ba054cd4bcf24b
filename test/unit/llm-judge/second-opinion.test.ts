import { describe, expect, it } from "vitest";
import { parseEmail } from "../../../src/intake/index.js";
import { analyzeEmail, judgeCandidateOf, type SecondOpinion } from "../../../src/intros/index.js";
import { HINT } from "../../support/hint-request.js";

const CONNECTOR = "sam@rivera.example";

function message(options: { from?: string; subject?: string; body: string; headers?: string }): Buffer {
  return Buffer.from(
    [
      `From: ${options.from ?? "Lee Marsh <lee@marsh.example>"}`,
      `To: Sam Rivera <${CONNECTOR}>`,
      `Subject: ${options.subject ?? "County contract"}`,
      "Date: Tue, 1 Dec 2026 10:00:00 +0000",
      "Message-ID: <m1@marsh.example>",
      ...(options.headers ? [options.headers] : []),
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      options.body,
    ].join("\r\n"),
  );
}

/** A request the local analysis does not see (checked below): a hint, with no word of asking. */

const MISSED = message({
  body: `Hi Sam,\n\nRay Okafor runs procurement at the county now and you two go way back. ${HINT}\n\nThanks,\nLee\n\n> On Monday Sam wrote:\n> Could you introduce me to Dana Whitfield?`,
});
/** A request the local analysis does see. */
const FOUND = message({
  body: "Hi Sam,\n\nCould you introduce me to Dana Whitfield at Harbor Bank? We're building a treasury tool.\n\nLee",
});

const analyse = async (raw: Buffer, secondOpinion?: SecondOpinion) =>
  analyzeEmail(await parseEmail(raw, { maxBytes: 1_000_000 }), {
    connectorAddresses: [CONNECTOR],
    ...(secondOpinion ? { secondOpinion } : {}),
  });

const request = (requestSentence: string, target: SecondOpinion["target"] = null): SecondOpinion => ({
  isIntroRequest: true,
  requestSentence,
  target,
});

describe("analyzeEmail with the LLM judge's second opinion", () => {
  it("misses the example request on its own (so that the cases below test the opinion)", async () => {
    expect((await analyse(MISSED)).isIntroRequest).toBe(false);
    expect((await analyse(FOUND)).isIntroRequest).toBe(true);
  });

  it("takes a request the local analysis missed when the judge quotes its sentence word for word", async () => {
    const analysis = await analyse(
      MISSED,
      request(HINT.replace("Ray ", "Ray  "), {
        name: "Ray Okafor",
        organization: null,
        role: "procurement",
      }),
    );
    expect(analysis.isIntroRequest).toBe(true);
    expect(analysis.secondOpinion).toBe("found");
    expect(analysis.target).toEqual({
      name: "Ray Okafor",
      email: null,
      organization: null,
      role: "procurement",
    });
    // The score is still local, on the evidence: the named target counts.
    expect(analysis.specificity?.signals.find((signal) => signal.id === "named_target")?.evidence).toBe("Ray Okafor");
  });

  it("keeps the local verdict when the judge's sentence is not in the message (paraphrased or invented)", async () => {
    const paraphrased = await analyse(MISSED, request("Lee asks Sam to have Pete introduce him to Ray."));
    expect(paraphrased.isIntroRequest).toBe(false);
    expect(paraphrased.secondOpinion).toBeUndefined();
  });

  it("never takes its evidence from quoted history", async () => {
    const fromHistory = await analyse(MISSED, request("Could you introduce me to Dana Whitfield?"));
    expect(fromHistory.isIntroRequest).toBe(false);
  });

  it("overrules a local request when the judge finds none", async () => {
    const analysis = await analyse(FOUND, { isIntroRequest: false, requestSentence: null, target: null });
    expect(analysis.isIntroRequest).toBe(false);
    expect(analysis.secondOpinion).toBe("overruled");
  });

  it("drops target fields the message does not say, and keeps the local ones", async () => {
    const analysis = await analyse(
      FOUND,
      request("Could you introduce me to Dana Whitfield at Harbor Bank?", {
        name: "Dana Whitfield-Jones",
        organization: "Harbor Bank",
        role: "Chief Treasury Officer",
      }),
    );
    expect(analysis.secondOpinion).toBe("confirmed");
    expect(analysis.target?.name).toBe("Dana Whitfield");
    expect(analysis.target?.organization).toBe("Harbor Bank");
    expect(analysis.target?.role).toBeNull();
  });

  it("leaves machine mail and the connector's own mail alone, whatever the judge says", async () => {
    const bulk = message({ body: "Could Pete point me at Ray?", headers: "List-Unsubscribe: <mailto:u@list.example>" });
    const own = message({ from: `Sam Rivera <${CONNECTOR}>`, body: "Could Pete point me at Ray? Thanks." });
    for (const raw of [bulk, own]) {
      const analysis = await analyse(raw, request("Could Pete point me at Ray?"));
      expect(analysis.isIntroRequest).toBe(false);
      expect(analysis.secondOpinion).toBeUndefined();
    }
  });
});

describe("judgeCandidateOf: what the LLM judge may be shown", () => {
  const candidate = async (raw: Buffer) => {
    const email = await parseEmail(raw, { maxBytes: 1_000_000 });
    return judgeCandidateOf(email, analyzeEmail(email, { connectorAddresses: [CONNECTOR] }), [CONNECTOR]);
  };

  it("shows request-like mail: the subject and the new text, never the quoted history", async () => {
    const shown = await candidate(MISSED);
    expect(shown?.subject).toBe("County contract");
    expect(shown?.text).toContain(HINT);
    expect(shown?.text).not.toContain("Dana Whitfield");
    expect(shown?.localIsRequest).toBe(false);
    expect((await candidate(FOUND))?.localIsRequest).toBe(true);
  });

  it("shows nothing of mail that sounds like no request, of machine mail, or of the connector's own", async () => {
    const chat = message({
      body: "Hi Sam,\n\nThe invoice for November is attached. See you at the game on Sunday.\n\nLee",
    });
    const bulk = message({ body: FOUND.toString(), headers: "List-Unsubscribe: <mailto:u@list.example>" });
    const own = message({ from: `Sam Rivera <${CONNECTOR}>`, body: "Could you introduce me to Dana Whitfield?" });
    expect(await candidate(chat)).toBeNull();
    expect(await candidate(bulk)).toBeNull();
    expect(await candidate(own)).toBeNull();
  });
});
