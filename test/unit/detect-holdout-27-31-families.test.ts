import { describe, expect, it } from "vitest";
import { detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdouts 27 and 28 were measured blind in session 14 (0.864 / 0.76 and 0.889 / 0.64), kept
 * untuned as baselines, then learnt from in session 15; holdouts 29–31 were measured blind in
 * session 15 (0.952 / 0.80, 0.875 / 0.84 and 1.00 / 0.88) and then learnt from. The general forms behind their misses,
 * each in new words (never the sets' own sentences), with the near misses each must leave alone.
 */
describe("detectIntroRequest: holdouts 27 to 31's families, in new words", () => {
  const requests = [
    // A word written to someone, for the writer or whom they speak for.
    "Would you drop a line to Professor Okafor for my niece?",
    "Could you send a short note to Mr. Haldane about me before Friday?",
    // "I am asking if you would…", "I'm asking your office to…": the ask stated as such.
    "I am asking if you would put in a good word for my brother with the harbour master.",
    "I'm writing to ask your office to get someone at the highways department to call me back.",
    // Second-language asking, contact details passed on.
    "If you are knowing any growers of saffron, please you can give them my telephone?",
    "Could you give her my phone and say I will pay cash?",
    // A conditional ask to send someone the writer's way.
    "If you ever run across anyone who restores organs, send them our way.",
    // Time wanted with someone the reader has the ear of.
    "Need ten minutes with Delia Marsh at the zoning board before the 4th. She always picks up for you.",
    // A "still there?" question, then the reader's access or a wish for time with them.
    "Is Omar Castillo still running the cold chain at Pellham Foods? You were always on good terms with him.",
    "Is Ingrid Solberg still in your design group? My nephew would love half an hour with her.",
    "Does Father Michael still run the youth choir at St Brendan's? He'd be the one to see, and you'd know him better than anyone.",
    // Holdout-29 (measured blind this session, then learnt): a call wanted, the reader asked to set it up.
    "Need a call with Dr. Ines Vidal about the stent licence before the board meets. Can you set it up?",
    // Asking someone, with words between, whether a relative could visit.
    "Could you ask him when you next see him whether my daughter could come by and watch the milking?",
    // "I'd take it as a kindness if you'd mention him."
    "If you hear of any yard hiring, my lodger Sam needs work and I'd take it as a kindness if you'd mention him.",
    // Holdout-30 (measured blind this session, then learnt): a terse order for time, and "make it happen".
    "Ana - need 15 min w/ Harbour Commissioner Piet Vos before Tuesday's vote. Can you make it happen?",
    // "throw my name in the ring".
    "If you ever hear of a gallery looking for a part-time registrar, throw my name in the ring.",
    // Someone placed, on another's behalf.
    "Anyone in your network looking for a sous chef this spring? Asking for my nephew Theo.",
    // Holdout-31 (measured blind this session, then learnt): the British hint, and "tell them about us".
    "I don't suppose you know anyone who programmes the autumn festivals?",
    "if u ever hear of a landlord w/ a corner unit going, tell them about us?",
  ];
  const nearMisses = [
    // Errands and notes that link no one.
    "Could you drop a line to Accounts about the overdue invoice?",
    "Please give them my apologies for Thursday.",
    "If you ever run across my blue scarf, keep it for me.",
    // Time wanted with someone, nothing said of the reader.
    "Need ten minutes with Delia Marsh before the 4th, so I've booked her diary myself.",
    // Small talk about someone still in post.
    "Is Omar Castillo still running the cold chain at Pellham Foods? I saw his name in the trade paper.",
    "Is Ingrid Solberg still in your design group? Her sketches at the fair were lovely.",
    // The reader's access to someone, with no ask: a report.
    "Delia Marsh called twice; she always picks up for you, so I told her you'd ring back.",
    // A call wanted, arranged by the writer; a favour that is the reader's own.
    "Need a call with Dr. Ines Vidal about the stent licence. I'll set it up myself.",
    "I'd take it as a kindness if you'd return the ladder by Friday.",
    // Passes as a prize, not passing on.
    "Would the Blue Lantern be willing to donate a pair of passes for the raffle?",
    // A colleague's calendar; the reader's own meeting; announcing a speaker.
    "Can you hold Friday 10-11 for a sit-down with the Mayor, me and Priya on the budget?",
    "Please set up a 1:1 with her next week; she prefers mornings.",
    "The Senator is running late, so would you mind introducing me at the start?",
    // The writer's own hiring; nothing said of whom for.
    "Would any of the bistros on your street need a sous chef this spring?",
    "We're hiring two line cooks, so if anyone is looking for a new role, send them my way.",
    // Not the hint: a thing, not a person; and news told, not the writer made known.
    "I don't suppose you know where the spare keys went?",
    "Could you tell them about our new opening hours?",
  ];
  itTellsRequestsFromNearMisses(requests, nearMisses);

  it("reads a subject that places someone, when the text says for whom", () => {
    const body = "She assisted me at the Delgado wedding and owns her own gear. Asking for my roommate Bree!";
    expect(detectWithSubject("Any studios near you looking for a second shooter this season?", body)).toBe(true);
    expect(detectWithSubject("Any studios near you looking for a second shooter this season?", "Thanks!")).toBe(false);
  });

  it("reads a subject that orders the ask without a question mark", () => {
    const body = "Her resume is below. Also the raffle raised $300!";
    expect(detectWithSubject("Mention Rosa Lind to Dr. Paul Ekberg re: the lab tech opening", body)).toBe(true);
    expect(detectWithSubject("know anybody at the county who'd look at Sam's permit", body)).toBe(true);
    expect(detectWithSubject("need a friendly contact at the Water Authority", body)).toBe(true);
    expect(detectWithSubject("any seed investors you could point Dana toward?", body)).toBe(true);
    expect(detectWithSubject("any restaurants you know of that could use a pastry cook this winter?", body)).toBe(true);
    // Paperwork routed, a thing needed, a reply's subject: not asks.
    expect(detectWithSubject("Forward Invoice 2231 to Accounts", body)).toBe(false);
    expect(detectWithSubject("need a new printer at the office", body)).toBe(false);
    // A trade wanted (under its own note: over a note this short the subject is read as the
    // text, and "Her resume is below" would make it about a person).
    expect(detectWithSubject("any plumbers you could recommend?", "the sink again")).toBe(false);
    expect(detectWithSubject("any caterers you know of for 80 people?", "for the reunion in june. M")).toBe(false);
    // A subject's "would you introduce me?" that the text says is on stage.
    expect(
      detectWithSubject("Forum Thursday - would you introduce me?", "Could you introduce me from the podium?"),
    ).toBe(false);
    expect(detectWithSubject("Re: Mention Rosa Lind to Dr. Paul Ekberg", body)).toBe(false);
  });
});
