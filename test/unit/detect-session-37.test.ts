import { describe, expect, it } from "vitest";
import { analyseMessageBody, detect, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

const analyse = analyseMessageBody;

/**
 * Session 37's forms, from session 36's blind sets (real Enron mail read from an mbox copy of the
 * corpus, and emails quoted on the web; helpers who saw no code, measured on arrival), each written
 * in words of our own beside near misses in the same words.
 */
describe("detectIntroRequest: a named person brought round to meet or hear the writer (session 37)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Your help in getting Rob Benson to allow us to run the bookouts would be helpful.",
      "Can you help me get Sarah Kim to take a meeting with us?",
      "We'd appreciate your help in persuading Tom Ortiz to see us next week.",
      "Anything you can do to get Jeff Skilling to read this would be appreciated.",
      "Could you help us convince the folks at Dynegy to sit down with our team?",
    ],
    [
      "Could you get Sally Jones to sign my expense report?",
      "Can you help me get Sarah Kim to approve the invoice?",
      "We got Tom Ortiz to see us last week, thanks to you.",
      "Anything you can do to get the printer working would be appreciated.",
      "Can you help me get the folks at Dynegy to pay their bill?",
    ],
  );
});

describe("detectIntroRequest: the names of the people who decide at a named firm (session 37)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Please post the names and addresses of the major decision makers at Apple.",
      "Could you send me the names of the people who run procurement at Shell?",
      "Do you happen to know the names of the key contacts at Reliant?",
    ],
    [
      "Can you send me the names of the people at Enron coming to the picnic?",
      "Please send me the names of the people at Shell who still owe us invoices.",
      "Please post the names of the people in the office who want a parking pass.",
      "I sent you the names of the decision makers at Apple yesterday.",
    ],
  );
});

describe("detectIntroRequest: a paper of the writer's for the reader to hand to a named person (session 37)", () => {
  itTellsRequestsFromNearMisses(
    [
      "John, attached is a brief memo for you to pass on to J. Sutton before he meets the ministers.",
      "Here is a short note you could forward to Ken Rice before his trip.",
    ],
    [
      "Attached is the memo for you to pass on to Sally Ford for her signature.",
      "Attached is the memo for you to pass on to your team.",
      "Attached is the invoice for you to pass on to Sally Ford.",
    ],
  );
});

describe("extractTarget: the person brought round, or the firm whose contacts are asked for (session 37)", () => {
  it.each([
    ["Your help in getting Rob Benson to allow us to run the bookouts would be helpful.", "Rob Benson"],
    ["Can you help me get Sarah Kim to take a meeting with us?", "Sarah Kim"],
  ])("%j names %s", async (body, name) => {
    const analysis = await analyse(body);
    expect(analysis.target?.name).toBe(name);
  });

  it.each([
    ["Do you have contacts and phone numbers for Halden Gas? We need a storage deal.", "Halden Gas"],
    [
      "Below is the final draft of the agreement for you to forward to Energy Argus. Please also forward my name and number.",
      "Energy Argus",
    ],
  ])("%j names no one but the firm %s", async (body, organization) => {
    const analysis = await analyse(body);
    expect(analysis.target).toMatchObject({ name: null, organization });
  });

  it("leaves a named person's firm to the person ('forward this to Dana Liu at Acme')", async () => {
    const analysis = await analyse("Please forward my proposal to Dana Liu. I think it would cut her costs.");
    expect(analysis.target).toMatchObject({ name: "Dana Liu", organization: null });
  });

  it("names the firm when the ask is for the names of its decision makers", async () => {
    const analysis = await analyse("Could you send me the names of the people who run procurement at Shell?");
    expect(analysis.target?.organization).toBe("Shell");
  });
});

describe("detectIntroRequest: how to reach a named person or firm, and who at a firm can help (session 37)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Please let me know how I can contact Mark and any relevant parties.",
      "Do you know how I can reach Dana Liu at Acme?",
      "Michael, how can we get with PG&E to sort out where the discrepancy lies?",
      "Which lawyer in the Enron trading world can help me work out what arrangements we have with Mirant?",
      "Who at Reliant could help us with the interconnect?",
    ],
    [
      "Let me know how I can contact you next week.",
      "Let me know how I can reach the help desk.",
      "How should I approach him?",
      "Who at Enron can help me with my expense report?",
      "Who in IT can help me with my laptop?",
      "I know how I can reach Dana Liu, thanks.",
      "Who at Reliant signed the interconnect agreement?",
    ],
  );
});

describe("detectIntroRequest: an offered introduction put off (session 37's w37a)", () => {
  itTellsRequestsFromNearMisses(
    ["Could you connect us once you are back from leave in two weeks?"],
    [
      "Could I email you about connecting us once I've come up for air in two weeks?",
      "Can I get back to you on the intro when the round closes?",
    ],
  );
});

describe("detectIntroRequest: a memo passed on with no one named is no request (session 37)", () => {
  it("reads no request in a memo sent on to no one named", async () => {
    const analysis = await analyse("Attached is a brief memo for you to pass on. Thanks.");
    expect(analysis.isIntroRequest).toBe(false);
  });
});

describe("detectIntroRequest: a word with a named person hoped for; a note relayed to people the writer cannot reach; who on the reader's team has time to talk (session 37)", () => {
  itTellsRequestsFromNearMisses(
    [
      "I write with my problem in the hope that you may be able to have a discreet word with Ms Harrow.",
      "I was wondering if you could have a quiet word with Jim Baker.",
      "Please forward this note to Priya Raman. I don't have her e-mail address.",
      "As I do not have their e-mail addresses with me, could you forward this on to them?",
      "Who on your team would have some time to speak with me about a pilot?",
    ],
    [
      "I hope you can have a quiet word with Tom Baker about his drinking.",
      "Please forward this to Dana Liu.",
      "Please forward this to Dana Liu; I don't have her number handy for the invoice.",
      "Who on your team would have time to talk with me about my expense report?",
      "Who on your team has time to review the slides?",
    ],
  );
});

describe("detectIntroRequest: the reader greeted is no third person (session 37's w37c)", () => {
  it.each(["Hello name,\nHave we met?\nKind regards,", "Hello Sam,\nHave we met?\nBest regards,\nNeira"])(
    "%j asks for no one",
    (text) => {
      expect(detect(text).isIntroRequest).toBe(false);
    },
  );

  it("still reads an ask about someone after the greeting", () => {
    expect(detect("Hi Sam,\ncould you introduce me to Joe Baker?\nKind regards,").isIntroRequest).toBe(true);
  });
});

describe("detectIntroRequest: the session's forms widened after its first blind check (session 37)", () => {
  itTellsRequestsFromNearMisses(
    [
      // Brought round, with any way of asking; "make"/"have" without "to".
      "I'd be most grateful if you could prevail upon Minister Adeyemi to receive our trade group in March.",
      "Please, if you can, make Dr. Sato look at my proposal before the board meets.",
      "Could you get Lena Vogt at Brightmoor Capital to take a short call with me next week?",
      // A word put in, in other words.
      "Could you say something good about me to Priya at Halden Works? I applied on Monday.",
      "Could you talk to your brother Tomas for me about the summer placement?",
      "Would you lobby Alderman Price for us before the vote on the market?",
      // Names of those who decide at a firm.
      "Could you send me the names of the partners who sit on the selection panel at Orme & Hale?",
      "Need the name of whoever approves new vendors at Castlerock Foods, do you have it?",
      "Please let me know the person who signs off on sponsorships at Velo Sports.",
      // The writer's paper put before someone there.
      "Would you pass my portfolio to the editors at Northlight Press?",
      "Can you get this onto Undersecretary Imani Cole's desk?",
      // How to reach them, and who there can help.
      "How would I get in touch with someone at Harwick Freight?",
      "What is the best way to approach the office of Senator Moreau about the levee?",
      "Is there a way to get hold of Father Aidan?",
      "Who at Quarry Labs would be able to advise on getting listed on their platform?",
      // Relayed for want of an address.
      "dont have emails for the founders at Pellmark, can u fwd them this?",
      "I can't find any email for Jonah Pike online; could you relay the message below to him?",
      // Someone on the reader's side with time to talk.
      "Is there someone on your team who'd have half an hour to talk with me about risk careers?",
      "Would any of your colleagues in the audit group be willing to spend 20 minutes with me?",
      "I'd love to speak with one of your chemists about the coating. Who on your side would have time?",
    ],
    [
      "Please, if you can, make Dr. Sato sign the expense report before Friday.",
      "Please encourage Dana to consider our offer of a bigger office.",
      "Pls have Tomas call her to gauge interest.",
      "What's the best way to reach New York from Boston?",
      "Could you talk to your brother Tomas about the noise from his garage?",
      "Could you send me the names of the partners at Orme & Hale coming to the dinner?",
      "Would you pass my expense report to the managers at Northlight Press?",
      "How would I get in touch with the front desk at the Marriott?",
      "How should I approach him?",
      "Who at Quarry Labs would be able to advise on my invoice?",
      "I don't have the numbers for Q3 yet. Please forward this to Dana Liu.",
      "Would any of your colleagues be willing to cover my shift on Friday?",
      "I can tell you who the right person is at Helios Energy if you're still looking.",
    ],
  );
});

describe("detectIntroRequest: a contact's number asked for on an errand stays a near miss (session 37)", () => {
  it.each([
    "Mark, do you have a number for Ed Pruitt at Bellweather? He left me a voicemail about the March invoice.",
    "Have you got a mobile number for Bill Tarrant? He left his reading glasses in our car after the dinner.",
  ])("%j asks for no introduction", (text) => {
    expect(detect(text).isIntroRequest).toBe(false);
  });
});

describe("detectIntroRequest: the forms widened after the second blind check (session 37)", () => {
  itTellsRequestsFromNearMisses(
    [
      "If there's any way you could get Governor Lyle's chief of staff to give me ten minutes, I'd owe you.",
      "Can you find out for me the names of the directors at Kestrel Power who handle the gas leases?",
      "Any idea who the credit officers are on the structured desk at Fenwick Bank?",
      "I'd value your view on who at Tallis Steel might be able to help us with the shortage.",
      "Would you forward the attached white paper to the CTO at Ardent Systems?",
      "Would you share the attached note with Commissioner Obi? She should hear it from someone she trusts.",
      "I would be honoured if you could place it in the hands of Professor Lund.",
      "Could you have a quiet word with Marek at Stoll Surveyors and let him know we're reliable?",
      "When you next see Professor Aziz, could you tell her I'd be an excellent fit for the fellowship?",
      "As I do not have the e-mail addresses of Mr. Brandt and Mr. Kohl, may I ask you to transmit the following to them?",
      "What's the best way to reach the leadership at Corran Bank?",
      "Could you tell me the best way to get a message to Judge Avery about the clinic?",
    ],
    [
      "Could you forward the attached memo to Theo for approval?",
      "Would you be so good as to hand the enclosed petty cash reconciliation to Mrs. Obi for her approval?",
      "Could you forward this to Palmer? My address book doesn't pull him up.",
      "Could you get it to Anne Lindell before Tuesday?",
      "Do you know who at Corbel signed the change order?",
      "Can you pass this on to the drivers? Pick-up moves to Gate 3 tomorrow.",
      "Please pass the note below to everyone in accounts.",
      "Would you forward my out-of-office note to the clients on the Perth account?",
      "Kindly forward the attached holiday rota to Deborah and Sean so they can confirm their shifts.",
      "I can tell you who the right person is at Helios Energy if you're still looking.",
      "Could you have a quiet word with Marek about his parking?",
    ],
  );
});

describe("detectIntroRequest: a shift is an errand only when it is the rota's (session 37)", () => {
  itTellsRequestsFromNearMisses(
    ["Does your sister know any nurse who'd let my daughter tag along for a shift, or even half a day?"],
    ["Kindly forward the attached holiday rota to Deborah and Sean so they can confirm their shifts."],
  );
});

describe("detectIntroRequest: the forms widened after the third blind check (session 37)", () => {
  itTellsRequestsFromNearMisses(
    [
      "I'm hoping you can get Ana Pires to look over my draft before I file it.",
      "Please could you ask Dr. Otto Brandt to consider me for the charge nurse post?",
      "Is it possible that you make Mr. Rao from Lotus Mills to meet with me when he comes to Pune?",
      "Would you nudge Helen Marsh into reading the chapters I sent her?",
      "Kindly advise the names of the decision makers in the IT department of Banco Leal.",
      "pls get this deck in front of Marco at Redwood Ventures if u can",
      "Attaching my white paper on clearing risk. Would you hand it to Tom Whitby at the exchange?",
      "How can I contact the people at Brookfield Seed Company?",
      "I'd like to thank Dr. Rees personally but have no way to reach him since he moved. Could you forward this to him?",
    ],
    [
      "Please make Mr. Rao sign the expense report.",
      "Kindly advise the names of the staff in the IT department of Banco Leal who are coming to the party.",
      "Attaching the invoice. Would you hand it to Tom Whitby for approval?",
      "How can I help?",
      "Can I contact him directly?",
    ],
  );
});
