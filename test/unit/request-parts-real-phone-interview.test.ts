import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";

/**
 * "Point me to the most appropriate person I could interview at Enron. I am helping a client
 * understand how companies… are coping… I'll undertake the conversation over the telephone and
 * keep it short" (real Enron mail, session 22; new words here): a medium request that scored
 * low, its reason and its bounded ask not read.
 */
const ask = "Could you point me to the most appropriate person I could interview at Halvorsen?";
const parts = (fresh: string) =>
  extractRequestParts({ fresh, withInlineQuotes: fresh }, ask, {
    name: null,
    email: null,
    organization: "Halvorsen",
    role: null,
  }).evidence;

describe("a research interview asked for, bounded by the asker", () => {
  it("reads the research the conversation serves as the reason", () => {
    const why = "I am helping a client understand how shipping firms are keeping their engineers.";
    expect(parts(`${ask} ${why}`).reason).toBe(why);
  });

  it("reads a call kept short, or held over the telephone, as a concrete ask", () => {
    const bounded = "I'll hold the conversation over the telephone and keep it short.";
    expect(parts(`${ask} ${bounded}`).concrete_ask).toBe(bounded);
    expect(parts(`${ask} Happy to make the call brief.`).concrete_ask).toBe("Happy to make the call brief.");
    // How long the email is, not the call.
    expect(parts(`I'll keep this short. ${ask}`).concrete_ask).toBeNull();
    expect(parts(`I'll keep it short. ${ask}`).concrete_ask).toBeNull();
  });

  it("reads neither in a note that only says the writer is busy with a client", () => {
    const busy = "I am working with a client all week and the phone lines are down.";
    expect(parts(`${ask} ${busy}`)).toMatchObject({ reason: null, concrete_ask: null });
  });
});
