import { describe, expect, it } from "vitest";
import { detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";
import { analyseOutlookForward } from "../support/outlook-forward.js";

/**
 * Forms found missing when the session's learned forms were tried in other words (no blind mail
 * behind each; each pair with the near miss the same words make): material routed onward with the
 * resume said in the sentence before, whom to talk to about openings, who the decision maker is at
 * a company, a resume passed to the reader's own HR; a person's address wanted for an errand, a
 * service desk's call, and news routed "to the appropriate people" are not requests.
 */
describe("detectIntroRequest: session 25's forms in other words", () => {
  itTellsRequestsFromNearMisses(
    [
      "Attached is my resume. Could you please forward it to the appropriate person in your trading group?",
      "I have attached my cv below. Would you pass it on to anyone who might be hiring?",
      "Please let me know who I should talk to about opportunities in your group.",
      "Can you find out who the decision maker is at Corvane and let me know?",
      "Would you mind forwarding my resume to your HR folks?",
      "Would you let Rick know I'm interested in the opening?",
      "if you know anyone at Westgate please let me know",
      "Could you recommend someone at Sempra I should call?",
      "put in a word for my son if you can",
      "Can you check with Mark to see if his group is hiring?",
      "My friend is looking for a job in trading - any ideas who he should contact?",
      "can you help my daughter get an interview with your group",
      "Please see the attached resume from my neighbor's son. Any help would be appreciated.",
      "Attached is my resume. Could you take a look and pass it on if appropriate?",
      "He is looking to get into energy trading and I told him I would ask you who he should see.",
      "Is there someone on your team Julie could speak with about trading?",
      "Any chance of getting 15 minutes with Skilling for our CEO?",
      "I'd appreciate any names you could give me.",
      "I'm looking for a job as an analyst. Let me know if anyone comes to mind.",
      "One of our clients is interested in meeting someone at Corvane about LNG. Could you point me in the right direction?",
      "Perhaps you could mention us to Greg when you see him.",
      "It would be helpful if you could let the folks at TXU know we are interested.",
      "Do you think Greg would be open to a call from me?",
      "My friend is interested in meeting someone at your firm about a job. Can you help?",
      "Could you have someone from Enron Broadband contact our CEO?",
      "It would be great if someone from your shop could reach out to my nephew.",
      "Could one of your guys call my brother-in-law about the job?",
      "Please share the attached business plan with anyone at Corvane who might be interested.",
      "Maybe you can ask Jeff if he has time to see me.",
      "need a name at sempra for gas storage - any ideas",
      "who's ur contact at pge?",
      "It will be very kind of you if you can pass my CV to concerned person.",
      "thx in advance for passing my name to your boss",
      "My neighbor's son is graduating from A&M. Is there anyone in your organization he could send his resume to?",
      "A former colleague of mine, Jane Doe, is moving to Houston. Could you introduce her around?",
    ],
    [
      "Attached is the invoice. Can you please forward it to the right person?",
      "I have completed the settlements for 2001. Can you please forward this to the appropriate people in Houston.",
      "Let me know who I should talk to about my expense report.",
      "I am not sure who the decision maker is at Corvane.",
      "Thanks for forwarding my resume to your HR folks.",
      "Do you have his email address? I need to send him the contract.",
      "Please have someone from IT call me about my laptop.",
      "Let him know I'm available Tuesday.",
      "Send me the file if you can.",
      "Can you check with Mark to see if he has the file?",
      "I helped my daughter get an interview last year.",
      "I'd like to get together with you next week; can you arrange it?",
      "Who can I talk to about getting my bonus paid?",
      "Please put them in touch with our legal group.",
      "Do you have her number? I need to reschedule our meeting.",
      "Can you help me get an interview room for Thursday?",
      "Any ideas who we should contact about the broken copier?",
      "We are searching for a VP of trading. Let me know if anyone comes to mind.",
      "Please see the attached resume from my neighbor's son. He would like to work for you.",
      "I'd appreciate any names you could give me for the golf foursome.",
      "Could you take a look at the draft and pass it on if appropriate?",
      "Any chance of getting 15 minutes with you on Friday?",
      "Is there someone on your team who could look at the invoice?",
      "Perhaps you could send me the report.",
      "Do you think Greg would be open to the new schedule?",
      "I'm interested in talking to someone at your company about our software. Can you help?",
      "Let me know if anyone comes to mind for the softball team.",
      "I'd appreciate any names you could give me of vendors who sell hard hats.",
      "Can one of you call him. Jim says he can help in the lawsuit.",
      "Please share the attached notice with anyone who might be interested.",
      "Could you ask Jeff if he has time to review the contract?",
      "It would be great if someone could send the file.",
      "Who's your contact at the bank for the wire?",
      "We need a contact at Transco for the imbalance report.",
      "Thanks in advance for passing my name along last week.",
      "Is there anyone in your group I could send the invoice to?",
      "Let me introduce you around the office on Monday.",
      "Bob is a great guy and would be a real asset to your group; I hope you will give him a call.",
      "It would be great if you could introduce the new system to your group.",
      "Maybe you can have someone from your team call me about the contract.",
      "Would you let Rick know I'm available for the 2pm meeting?",
      "Let me know if anyone comes to mind who might want the extra tickets.",
    ],
  );
});

/** The material routed onward may be named only in the subject. */
describe("detectIntroRequest: a resume named in the subject, routed onward in the text", () => {
  it.each([
    ["resume - John Smith", "John is a friend's son, just out of Rice. Please pass along if you see a fit.", true],
    ["Fw: resume", "Can you pass this on to your HR folks? He is my wife's cousin.", true],
    ["Fw: invoice", "Can you pass this on to your HR folks? It is for the March move.", false],
    ["resume", "Thanks for passing my resume along last week.", false],
    ["My resume", "Attached is my resume for the analyst position. Let me know if you have any questions.", false],
  ] as const)("[%s] %j is a request: %j", (subject, fresh, isRequest) => {
    expect(detectWithSubject(subject, fresh)).toBe(isRequest);
  });
});

/**
 * A forward's note that pleads for the forwarded writer ("Anything you can do would be
 * appreciated") over a writer who seeks someone or a job: a request on the writer's behalf. Over
 * a writer who seeks a supplier, or a refund, it is not.
 */
describe("analyzeEmail: a plea for the writer of a forwarded note", () => {
  const isRequest = async (note: string, body: string) => (await analyseOutlookForward(note, body)).isIntroRequest;

  it("is a request when the writer seeks a job or someone", async () => {
    const body = "Lena, I am looking for a job in gas trading and would love to talk to someone on your desk.";
    expect(await isRequest("Owen - a friend of my brother's. Anything you can do would be appreciated.", body)).toBe(
      true,
    );
  });

  it("is no request when the writer seeks a supplier or a refund", async () => {
    expect(
      await isRequest("Any help would be appreciated.", "Lena, I am looking for a new contact lens supplier."),
    ).toBe(false);
    expect(
      await isRequest("Can you help him?", "Lena, I am trying to reach someone in accounting about my unpaid invoice."),
    ).toBe(false);
  });
});
