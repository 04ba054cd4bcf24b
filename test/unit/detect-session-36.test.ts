import { describe, expect, it } from "vitest";
import { askedAcrossTwoSentences } from "../../src/intros/model-evidence.js";
import { detect, itTellsRequestsFromNearMisses, analyseMessageBody } from "../support/request-examples.js";

const analyse = analyseMessageBody;

/**
 * Session 36's forms, from session 35's second round of blind sets (real Enron mail read from an
 * mbox copy of the corpus, and emails quoted on the web; helpers who saw no code, measured on
 * arrival), each written in words of our own beside near misses in the same words.
 */
describe("detectIntroRequest: people the reader is asked to suggest (session 36)", () => {
  itTellsRequestsFromNearMisses(
    [
      // Someone to talk to, suggested by the reader.
      "Could you suggest someone I could talk to about carbon trading?",
      "Can either of you recommend somebody we might approach about the Houston lease?",
      "Could you suggest a good person at Shell for us to approach?",
      // A speaker or judge found for the writer's event.
      "I'm hoping you can identify a speaker for my seminar on credit risk.",
      "Would you recommend a keynote for our spring conference?",
      // Whom at the reader's firm: a contact, a partner to work with.
      "Please let me know who I should contact in your firm about the Calgary storage deal.",
      "Our auditors have a proposal for the expat plan. Let us know who we should work with on your side.",
      // The reader's colleague instead of the reader.
      "Can I pitch the series to you, or should I send it to someone else at your agency?",
      // Others on the reader's effort, wished met.
      "I'd really like to meet other people more closely involved in the weather desk.",
    ],
    [
      "Can you suggest someone to cover my shift on Friday?",
      "Could you recommend someone I could hire to fix the roof?",
      "Can you suggest someone I can ask about my password reset?",
      "Could you suggest someone in Accounting I could talk to about my expense report?",
      "I can suggest someone you could talk to about that.",
      "Could you recommend a caterer for our conference?",
      "Can you recommend a speaker system for the conference room?",
      "Please let me know who I should send the invoice to.",
      "Let me know who we should work with on the budget.",
      "Tell me who I should contact in your company about my unpaid invoice.",
      "Should I send it to someone else in accounting?",
      "May I send you my draft, or would you rather read it next week?",
      "I would like to meet other people working on the project at the kickoff next week.",
      "It was great to meet other people involved in the effort.",
    ],
  );
});

describe("detectIntroRequest: a person's number or address asked for (session 36)", () => {
  itTellsRequestsFromNearMisses(
    [
      "You told me once you had Marta's email. Could you send it to me?",
      "We would like to ring Aunt Ilse but we don't know her telephone number. So please send it to us.",
      "Could you send me Brinda Shah's mobile number?",
      "Can you give me Tomas's email address?",
    ],
    [
      // A message, not an address; a tradesman's number; an errand; sent on to someone else.
      "Could you forward me Sam's email from yesterday?",
      "Could you send me her email about the budget?",
      "If your plumber was decent send me his number and I'll call him.",
      "Do you have Brinda's email? I need to send her the contract.",
      "I have his email address. Please forward it to Tom.",
      "I found her number. Could you send it to me?",
    ],
  );

  it("reads the ask as the sentence that asks, after the one that names the number", () => {
    const found = detect("I remember you had Jon's phone number. Would you send it to me? Thanks.");
    expect(found).toMatchObject({ isIntroRequest: true, requestSentence: "Would you send it to me?" });
  });
});

describe("detectIntroRequest: people at the reader's office worth meeting, and a contact's name (session 36's r36a)", () => {
  itTellsRequestsFromNearMisses(
    [
      "While I'm in Oslo I'd also like to sit down with anyone from your trading team who you think would be useful.",
      "Any suggestions on people I should see while I'm in Calgary?",
      "What's your friend at Reliant's name? I'd like to ask him about the plant.",
      "what was the name of your buddy at Dynegy?",
    ],
    [
      "I'd like to invite anyone you think would be interested.",
      "Any suggestions on people to invite to the offsite?",
      "What's your friend's name? The one from the party.",
      "What is your contact at Dell's phone extension?",
      "Any suggestions on topics to cover while I'm in London?",
    ],
  );
});

describe("detectIntroRequest: a check with the person the reader put the writer in touch with, a firm's contact details, whom on the reader's team to work with (session 36's r36e–f)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Thanks again for the name at Brightline. I sent her my resume twice; could you help me find out whether Ms. Okafor ever received it?",
      "Could you check whether Dana got my resume?",
      "Please let me know if you have contact information for Tri-County Electric.",
      "Who on your team can we coordinate with on the interconnection study?",
    ],
    [
      "Could you check if Accounting received my expense report?",
      "Please confirm whether Sam got the contract.",
      "Could you ask John if he got my email about lunch?",
      "Let me know if you have contact info for the wire desk.",
      "Let me know if you have contact info for Duke for the invoices.",
      "Who on your team can I coordinate with on my expense report?",
    ],
  );
});

describe("extractTarget: the person whose details are asked for, or who was to get the resume (session 36)", () => {
  it.each([
    ["Do you have the email address for Dana Whitcombe?", "Dana Whitcombe"],
    ["Could you send me Brinda Shah's mobile number?", "Brinda Shah"],
    ["You told me once you knew Marta's email. Could you send it to me?", "Marta"],
    ["We want to call Ilse but we don't know her number. So please send it to us.", "Ilse"],
    [
      "I emailed him my resume twice last month. Could you help me find out whether Mr. Okafor ever received it?",
      "Okafor",
    ],
  ])("%j names %j", async (body, name) => {
    expect((await analyse(body)).target?.name).toBe(name);
  });

  it("names no one when what is to be sent is a thing", async () => {
    expect(
      (await analyse("I have the contract ready for Dana Liu. Could you send it to me?")).target?.name ?? null,
    ).not.toBe("Dana Liu");
  });

  it("does not take a title's owner for the person in 'find out whether Commissioner Oyelaran's chief of staff would meet us'", async () => {
    const analysis = await analyse(
      "Could you find out whether Commissioner Oyelaran's chief of staff -- I believe it is still Walt Brennecke -- would sit down with us for an hour?",
    );
    expect(analysis.target?.name).toBe("Walt Brennecke");
  });
});

describe("detectIntroRequest: the one to be introduced asking for notice first (session 36's w36b)", () => {
  itTellsRequestsFromNearMisses(
    ["Could you introduce me to Dana Liu? Give me notice before getting started."],
    [
      "It'd be great to get a heads up before being connected to anyone.",
      "Please give me a heads up before you connect me with anyone.",
      "Just ask first before I'm introduced to people, please.",
    ],
  );
});

describe("the reason signal: what the contact is for, said as a purpose (session 36)", () => {
  const reasonOf = async (body: string) =>
    (await analyse(body)).specificity?.signals.find((signal) => signal.id === "reason")?.present;

  it.each([
    "Who do we talk with at Halden Gas to inform them that we are selling the storage contracts?",
    "Could you put me in touch with someone at Brightline so that we can schedule the remaining contracts?",
    "Can you introduce me to your IT lead in order to work out the folder procedures?",
  ])("%j gives a reason", async (body) => {
    expect(await reasonOf(body)).toBe(true);
  });

  it("finds none in an ask that says nothing of what it is for", async () => {
    expect(await reasonOf("Could you put me in touch with someone at Brightline?")).toBe(false);
  });
});

describe("detectIntroRequest: a firm's contacts and numbers asked for; the reader asked to call the writer (session 36's r36i)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Do you have contacts and phone numbers for Halden Gas and for Tri-State pipes?",
      "Halden Gas runs the storage field. Could someone there give me a call?",
    ],
    [
      "Do you have contact details for the Hilton? We need to book rooms.",
      "Our backers include Oak Ridge Partners and Lumen Capital. Please give me a call at your earliest convenience.",
      "Our board includes Dana Liu and Tomas Reyes. Feel free to call me any time.",
    ],
  );
});

describe("askedAcrossTwoSentences: the reader asked to call the writer lends no one an ask (session 36's r36i)", () => {
  it.each([
    "We have raised $40MM from investors including Oak Ridge Partners and Lumen Capital. Please give me a call/email at your earliest convenience.",
    "Our advisers include Dana Liu of Acme. Feel free to call me this week.",
  ])("%j is no ask about someone else", (text) => {
    expect(askedAcrossTwoSentences(text, {})).toBeNull();
  });

  it("still reads a brief ask beside the person it is about", () => {
    expect(askedAcrossTwoSentences("I'd love to meet Dana Liu at Acme. Could you help?", {})).not.toBeNull();
  });
});
