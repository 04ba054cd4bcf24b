import { describe, expect, it } from "vitest";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * Targets that real mail's requests (blind sets of session 21) were given wrongly, in new words:
 * a sign-off after a dash taken for the target, a state the writer moves to read as a person,
 * an attachment's file name read as one, and the company of "any contacts you may have within…"
 * or of "I know he's at…" not found.
 */
const target = (fresh: string, requestSentence: string) =>
  extractTarget({ fresh, quoted: "", requestSentence, knownPeople: [] });

describe("extractTarget: real mail's sign-offs, places and attachments (session 21)", () => {
  it("takes no one from a sign-off after a dash, or a state the writer moves back to", () => {
    const ask = "If you hear of anything, please send it my way; I may be moving back to Oregon too.";
    const fresh = `Friends,\n\nI was laid off last week.\n${ask}\n\n-Marla J. Penrose\n\n"Quote of the day" -Someone`;
    expect(target(fresh, ask)).toBeNull();
    // (The same sign-off without the dash was already the writer's own.)
    expect(target(fresh.replace("-Marla", "Marla"), ask)).toBeNull();
  });

  it("takes no one from an attachment line naming a resume", () => {
    const ask = "If you know of anything, please give me a call or e-mail me.";
    const fresh = `Hi Phil,\n\nChris is looking for a position in Houston.\n${ask}\n\n - Chris Olander Resume.doc`;
    expect(target(fresh, ask)?.name ?? null).toBeNull();
  });

  it("reads the company of 'any contacts you may have within' it", () => {
    const ask = "I am sending you my resume for any contacts you may have within Dynegy or elsewhere.";
    expect(target(ask, ask)).toMatchObject({ name: null, organization: "Dynegy" });
  });

  it("reads the company of 'Whom in …' and of 'any contacts with …' (session 23)", () => {
    const whom = "Whom in Halvorsen Shipping should I tell her to call?";
    expect(target(whom, whom)).toMatchObject({ name: null, organization: "Halvorsen Shipping" });
    const contacts = "Do you have any contacts with Dunmore Gas or Pellworth in Leeds?";
    expect(target(contacts, contacts)).toMatchObject({ name: null, organization: "Dunmore Gas" });
    // (A department is no company.)
    const department = "Who in accounting should I ask?";
    expect(target(department, department)?.organization ?? null).toBeNull();
  });

  it("takes the person an informant names, not the informant (session 23)", () => {
    const ask = "I was wondering if you can help me get in touch with someone in the research group.";
    const fresh = `${ask} Kevin Halvorsen tells me that Jason Okafor was the one who wrote the tool.`;
    expect(target(fresh, ask)?.name).toBe("Jason Okafor");
    // (The informant is the one sought when no one else is named.)
    const only = `Jane Morrow told me she'd be glad to talk. ${ask}`;
    expect(target(only, ask)?.name).toBe("Jane Morrow");
  });

  it("reads the company a sentence wonders about, when it seeks someone there (session 24)", () => {
    const ask = "I will be in Denver next month and would value a pointer to the best person to meet.";
    const wondered = `I don't know if Halvard Shipping Lines has this kind of exposure, but would like to talk to someone about it. ${ask}`;
    expect(target(wondered, ask)?.organization).toBe("Halvard Shipping Lines");
    // (Not a sentence that seeks no one, nor "if I…".)
    const noOne = `I don't know if Halvard Shipping Lines has this kind of exposure. ${ask}`;
    expect(target(noOne, ask)?.organization ?? null).toBeNull();
    const writer = `I am not sure if I have time to talk to someone before then. ${ask}`;
    expect(target(writer, ask)?.organization ?? null).toBeNull();
  });

  it("takes the person a subject names, when the ask says 'him' and the text his first name (session 23)", () => {
    const ask = "If you think this is an option, would you mention the role to him and ask him to call me?";
    const fresh = `I seem to recall you said Tomas might be available. ${ask}`;
    const withSubject = (subject: string) =>
      extractTarget({ fresh, quoted: "", requestSentence: ask, knownPeople: [], subject });
    expect(withSubject("Tomas Brandvold")?.name).toBe("Tomas Brandvold");
    expect(withSubject("RE: Tomas Brandvold")?.name).toBe("Tomas Brandvold");
    // (Not a subject that says more than a name, nor a name the text does not use.)
    expect(withSubject("Tomas Brandvold and the Tokyo office")?.name ?? null).toBeNull();
    expect(withSubject("Karin Holm")?.name ?? null).toBeNull();
  });

  it("reads where they work from 'I know he's at …' after the ask", () => {
    const ask = "I'm trying to reach Tomas at his new job.";
    const fresh = `${ask} I know he's at Pellworth Int'l, from their website. Have you any ideas?`;
    expect(target(fresh, ask)).toMatchObject({ name: "Tomas", organization: "Pellworth Int'l" });
    // (Not a place the writer says they were at.)
    const mine = `${ask} I know I was at Pellworth Int'l once. Have you any ideas?`;
    expect(target(mine, ask)?.organization ?? null).toBeNull();
  });

  it("still takes a person whose name is a state's only where it is no state: 'Georgia Lane'", () => {
    const ask = "Could you introduce me to Georgia Lane at Halvorsen Capital?";
    expect(target(ask, ask)).toMatchObject({ name: "Georgia Lane", organization: "Halvorsen Capital" });
  });
});
