import { describe, expect, it } from "vitest";
import { cleanOrganization } from "../../src/intros/describe-person.js";
import { extractTarget } from "../../src/intros/extract-target.js";
import { asksTheReader } from "../../src/intros/model-evidence.js";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * "Also, if there are any other people in North America I should send this to, please tell me"
 * (real Enron mail, session 24's blind set gq-cu, a resume forwarded to an executive; new words
 * here): whom to send something on to, asked of the reader, is a request for people to be put in
 * front of. Told, not asked, or asked by a search firm, it is not.
 */
describe("whom the writer should send something on to, asked of the reader", () => {
  itTellsRequestsFromNearMisses(
    [
      "If there are any other people in the Calgary office I should forward her resume to, please let me know.",
      "Is there anyone else I should send this proposal to?",
      "Let me know if there are some other groups we should pass this to.",
    ],
    [
      // Told, not asked; routine routing of paperwork said plainly; a search firm's ask.
      "The other people I should send this to are already on the list.",
      "I know which people I should send this to, thanks.",
      "Is there anyone else I should send the invoice to?",
      "We are conducting a search for a head of trading. If there are any other people I should send this to, please tell me.",
    ],
  );
});

/**
 * "Anyone I should contact?" (real Enron mail, session 24's blind set gq-cv, a question of its own
 * under a forwarded thread): whom to approach, asked of the reader. Not whom paperwork goes to, nor
 * the writer saying whom they will contact.
 */
describe("whom to approach, asked as a question of its own", () => {
  itTellsRequestsFromNearMisses(
    [
      "We would like to get the Corvane pilot going before the board meets. Anybody else we should talk to?",
      "I'm pitching the retrofit to Corvane Freight next month. Is there anyone I should talk to at Corvane Freight?",
    ],
    [
      "Anyone I should contact about the expense form?",
      "There is no one else I should contact; I will call Marta myself.",
      "Anyone I should copy on this reply?",
      "Is there anyone I should call to get a parking pass?",
      "Anyone I should call at the moment?",
    ],
  );
});

/**
 * Session 24's blind set gq-cx (the later parts of Enron's chairman's folders), in new words here:
 * the reader's ideas on contacts asked for; a call from the reader to a named person on someone's
 * behalf, wanted; the person the writer means to approach, checked with the reader.
 */
describe("ideas on contacts, a call from the reader, a default approach checked", () => {
  itTellsRequestsFromNearMisses(
    [
      "I've attached my CV. If you have any ideas on contacts in Lisbon for shipping work, that would be wonderful.",
      "We think a call from you to Halloran may be needed to get Priya onto the review panel.",
      "A call from you to Halloran may be needed to get Priya onto the review panel.",
      "She would really appreciate a call on her behalf to Okonkwo before the vote.",
      "I plan to approach Marguerite Osei unless you would suggest someone else at the utility.",
    ],
    [
      // Ideas on the CV itself; a call already made; the writer's plan, not checked with the reader.
      "I've attached my CV in the hope you may have ideas on making it better.",
      "Thanks for the call from you to Halloran last week; it went well.",
      "I plan to approach Marguerite Osei next week about the pilot.",
    ],
  );

  it("takes the person to be approached as the target, not one named in passing before", () => {
    const ask = "I will approach Marguerite Osei unless you would recommend elsewhere within the utility.";
    const fresh = `The planners have talked to Tobias Lind and he is keen. ${ask}`;
    expect(extractTarget({ fresh, quoted: "", requestSentence: ask, knownPeople: [] })?.name).toBe("Marguerite Osei");
  });
});

/**
 * "I would appreciate your direction to the appropriate individuals at Enron" (real Enron mail,
 * session 24's blind set gq-cz, a supplier following up a meeting): the reader's direction to the
 * right people asked for. Its target is no capitalised pair from a product list further down.
 */
describe("the reader's direction to the right people", () => {
  itTellsRequestsFromNearMisses(
    [
      "I am back on the Halvorsen account and would appreciate your direction to the appropriate people in their procurement group.",
      "Any pointers to the right person at the port authority would help.",
    ],
    [
      "I would appreciate your direction to the right person for my expense report.",
      "Thank you for your direction to the right person last month; the pilot is under way.",
    ],
  );

  it("takes no name from a list of products, but one reported as the person sought", () => {
    const ask = "I would appreciate your direction to the appropriate individuals at Halvorsen.";
    const list = `${ask}\nOur platform covers:\n- Event Management\n- Web Response\n- Lead Scoring`;
    const found = extractTarget({ fresh: list, quoted: "", requestSentence: ask, knownPeople: [] });
    expect(found).toMatchObject({ name: null, organization: "Halvorsen" });
    const reported = `${ask} Tomas Berg tells me that he thinks Ida Lunde runs that group.`;
    expect(extractTarget({ fresh: reported, quoted: "", requestSentence: ask, knownPeople: [] })?.name).toBe(
      "Ida Lunde",
    );
  });
});

/**
 * Session 24's blind sets gq-cy and gq-da (vice presidents' folders; a pipeline team's), in new
 * words here: an offer of the reader's taken up, and a meeting wanted with someone the reader
 * knows, are requests; the writer's own offer to introduce, someone sought only to answer a
 * question of fact, and whether the reader knew someone are not.
 */
describe("offers taken up and offers made, facts and acquaintances", () => {
  itTellsRequestsFromNearMisses(
    [
      "You mentioned you could call the Kellogg admissions office on my behalf. I'd love to take you up on your offer; when could I come by?",
      "I'd really like to meet her, as you already know her from the choir.",
    ],
    [
      // The writer's offer; a fact sought; news of an old colleague; an offer taken up for the reader's own time.
      "I have met Tomas Reyes at the ministry and I'd be happy to introduce someone on your team to him.",
      "Mila starts at Corvane on Monday. Look her up when she is settled. Did you know her?",
      "I'd like to take you up on your offer of lunch next week.",
    ],
  );
});

describe("someone sought only to answer a question of fact", () => {
  it("is no evidence for the learned model", () => {
    const fact =
      "Would you know, or do you know who would know, whether Corvane serves any end use customers off of Westcoast Gas's system in Alberta?";
    expect(asksTheReader(fact)).toBe(false);
  });

  it("nor is whether the reader knew someone, though 'did you know anyone at…' may still ask", () => {
    expect(asksTheReader("Did you know her?")).toBe(false);
    expect(asksTheReader("Did you know anyone at Corvane who could introduce me to their buyer?")).toBe(true);
  });
});

/**
 * Session 24's blind sets gq-dd and gq-db (resume and recruiting folders; personal folders), in new
 * words here: papers or a name passed on, valued ahead ("I appreciate your sharing my resume with
 * other business entities within Enron if…", "I would appreciate your passing Shaundra's name. etc.
 * on to your IT dept."), and a call from the reader to a named person to ask for the writer ("I was
 * hoping that you would give David a call and see if he could at least give me an interview").
 */
describe("papers or a name passed on, valued ahead; a call made to ask for the writer", () => {
  itTellsRequestsFromNearMisses(
    [
      "I appreciate your sharing my resume with other groups at Corvane if any of them needs a tax lawyer.",
      "I would appreciate your passing Ingrid's name on to your purchasing people.",
      "I was hoping that you would give Marisol a call and see if she could find me a slot on the panel.",
    ],
    [
      // Thanks for a passing on already done; a call asked of the reader to check a fact.
      "I appreciate your sharing my resume with Corvane last week; they called me yesterday.",
      "I was hoping that you would give the depot a call and see if they could confirm the delivery date.",
    ],
  );
});

describe("cleanOrganization", () => {
  it("drops the writer's 'I' that the name pattern runs into", () => {
    expect(cleanOrganization("North America I")).toBe("North America");
    expect(cleanOrganization("Council and I")).toBe("Council");
    expect(cleanOrganization("Ivy Bank")).toBe("Ivy Bank");
  });
});
