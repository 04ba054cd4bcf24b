import { describe, expect, it } from "vitest";
import { extractTarget, type TargetContext } from "../../src/intros/extract-target.js";

const requester = { name: "Alex Kim", email: "alex@northwind.example" };
const connector = { name: "Sam Rivera", email: "sam@rivera.example" };

function target(fresh: string, requestSentence: string, quoted = "") {
  const context: TargetContext = { fresh, quoted, requestSentence, knownPeople: [requester, connector] };
  return extractTarget(context);
}

describe("extractTarget", () => {
  it("reads name, role and organisation from the request sentence", () => {
    const ask = "Could you introduce me to Mary Jones in HR at XYZ Corp?";
    expect(target(ask, ask)).toEqual({ name: "Mary Jones", email: null, organization: "XYZ Corp", role: "HR" });
  });

  it.each([
    [
      "Would you introduce me to Leo Park, Head of Partnerships at Globex?",
      "Leo Park",
      "Head of Partnerships",
      "Globex",
    ],
    [
      "Could you connect me with Priya Natarajan (VP Engineering, Initech)?",
      "Priya Natarajan",
      "VP Engineering",
      "Initech",
    ],
    ["I'd love an intro to Dana Whitfield who runs data science at Contoso.", "Dana Whitfield", null, "Contoso"],
    ["Could you introduce me to André Lévesque from Banque Laurentide?", "André Lévesque", null, "Banque Laurentide"],
    ["Could you introduce me to Colm Ferris at St. Brendan Regional?", "Colm Ferris", null, "St. Brendan Regional"],
  ])("reads %j", (ask, name, role, organization) => {
    expect(target(ask, ask)).toMatchObject({ name, role, organization });
  });

  it("finds the person a request calls 'her' earlier in the message", () => {
    const fresh = "I saw Mary Jones speak at the HR Summit last week.\nCould you introduce me to her?";
    expect(target(fresh, "Could you introduce me to her?")?.name).toBe("Mary Jones");
  });

  it("finds the person a reply calls 'her' in the quoted history", () => {
    const quoted =
      "On Tue, Sam Rivera wrote:\n> You should talk to Mary Jones about that, she rebuilt benefits at XYZ.";
    expect(
      target("Great idea! Could you intro me to her?", "Great idea! Could you intro me to her?", quoted)?.name,
    ).toBe("Mary Jones");
  });

  it("never takes the sender or the reader for the target", () => {
    const ask = "Could you connect me with Sam Rivera's colleague at Acme?";
    expect(target(ask, ask)).toMatchObject({ name: null, organization: "Acme" });
  });

  it("gives the organisation alone when no person is named", () => {
    const ask = "Do you know anyone at Google?";
    expect(target(ask, ask)).toEqual({ name: null, email: null, organization: "Google", role: null });
  });

  it("takes the target's address when the message gives it", () => {
    const fresh = "Could you introduce me to Mary Jones? Her address is mary.jones@xyz.example, I believe.";
    expect(target(fresh, "Could you introduce me to Mary Jones?")?.email).toBe("mary.jones@xyz.example");
  });

  it("returns null when nothing at all is known about the target", () => {
    expect(target("Could you intro me?", "Could you intro me?")).toBeNull();
  });
});

describe("extractTarget: possessives and companies", () => {
  it("names the person, not the possessive, and does not take a company for a person", () => {
    const possessive = extractTarget({
      fresh: "Could you introduce me to Harold Quist's team at Marlowe Energy?",
      quoted: "",
      requestSentence: "Could you introduce me to Harold Quist's team at Marlowe Energy?",
      knownPeople: [],
    });
    expect(possessive?.name).toBe("Harold Quist");
    const company = extractTarget({
      fresh: "Would you be willing to connect us with someone at Quayside Hotels?",
      quoted: "",
      requestSentence: "Would you be willing to connect us with someone at Quayside Hotels?",
      knownPeople: [],
    });
    expect(company?.name ?? null).toBeNull();
  });
});

describe("extractTarget: where real business mail says who the person is", () => {
  it("takes the organisation from a sentence about the person beside the request", () => {
    const fresh =
      "Can you get me in front of Nora Quint? She's running the new freight desk at Harlow Shipping. We'd like to show her our hedge.";
    expect(target(fresh, "Can you get me in front of Nora Quint?")).toMatchObject({
      name: "Nora Quint",
      organization: "Harlow Shipping",
    });
  });

  it("takes the organisation from the sentence that names the person, not from the requester's", () => {
    const fresh =
      "I work at Pell Advisory. I applied for the analyst opening in Rhea Sato's group at Corvid Power. Would you be willing to put in a good word with her?";
    expect(target(fresh, "Would you be willing to put in a good word with her?")).toMatchObject({
      name: "Rhea Sato",
      organization: "Corvid Power",
    });
  });

  it("reads a lower-case name in the sentence before the ask", () => {
    const fresh = "hey! you know ines moreau at tallow labs right? could you intro us? thx";
    expect(target(fresh, "could you intro us?")).toMatchObject({ name: "Ines Moreau", organization: "Tallow Labs" });
  });

  it("finds the person someone is asked to phone, and a public office as their role", () => {
    const ask = "We would like Dana to phone Ruth Ellery, Chancellor of Midland State, and ask for her support.";
    const fresh = `Our appeal went to the 5th Circuit Court last month. ${ask}`;
    expect(target(fresh, ask)).toMatchObject({
      name: "Ruth Ellery",
      role: "Chancellor",
      organization: "Midland State",
    });
  });

  it("never takes a phone number for a company", () => {
    const ask = "Could you put me in touch with Rob Tanner at 425-555-0134?";
    expect(target(ask, ask)?.organization ?? null).toBeNull();
  });

  it("reads the function someone runs as their role", () => {
    const fresh = "My old roommate Wren Castillo runs purchasing at the Lakeshore Water District. Small world.";
    const ask = "Would you mind putting me in touch with Wren?";
    expect(target(`${fresh} ${ask}`, ask)).toMatchObject({
      name: "Wren Castillo",
      role: "purchasing",
      organization: "Lakeshore Water District",
    });
  });

  it("takes the organisation from any sentence that names the person in full", () => {
    const fresh =
      "Hope Denver went well. You and Gail Petrakis go back a ways. Gail Petrakis is CFO at Sandhill Water District now. " +
      "Their contract rolls off in May. Would you drop Gail a note for me?";
    expect(target(fresh, "Would you drop Gail a note for me?")).toMatchObject({
      name: "Gail Petrakis",
      organization: "Sandhill Water District",
    });
  });

  it("finds the person a pronoun stands for, even after 'for'", () => {
    const fresh =
      "I've left three messages for Tom Ingram on the commission staff. Any chance you could lean on him to return my call?";
    expect(target(fresh, "Any chance you could lean on him to return my call?")?.name).toBe("Tom Ingram");
  });

  it.each([
    ["Hiii Sam!! if you know anyone at Blue Heron Studios, it'd be amazing to get coffee.", null],
    ["-----Original Message----- From: Carl. do you have anybody at the ISO you could hook me up with?", null],
    ["I'll be in Dallas. Could you connect me with whoever runs credit at Tri-County?", null],
  ])("takes no greeting, mail furniture or contraction for a name in %j", (fresh, expected) => {
    const ask = fresh.split(/[.!] /).at(-1) ?? fresh;
    expect(target(fresh, ask)?.name ?? null).toBe(expected);
  });

  it.each([
    [
      "Our current LC line with Union Coast expires in June. Could you get Priya Raman at Castellan Bank to give me a call?",
      "Could you get Priya Raman at Castellan Bank to give me a call?",
      "Priya Raman",
    ],
    [
      "Hear Lyle Brandt runs gas procurement at Cascadia now. Any way you could put a word in with him for me?",
      "Any way you could put a word in with him for me?",
      "Lyle Brandt",
    ],
    [
      "We met at the Fenwick Valley Health offsite. Could you point me to whoever runs analytics there?",
      "Could you point me to whoever runs analytics there?",
      null,
    ],
  ])("takes a person, never a place or company, for the name in %j", (fresh, ask, name) => {
    expect(target(fresh, ask)?.name ?? null).toBe(name);
  });

  it("never takes the writer's own sign-off for the target, though the address names them otherwise", () => {
    const fresh =
      "My position will be eliminated March 31. If there are any openings in your areas, could you direct me to the appropriate person?\n\nThanks!\n\nTammy Hopkins";
    const context: TargetContext = {
      fresh,
      quoted: "",
      requestSentence: "If there are any openings in your areas, could you direct me to the appropriate person?",
      knownPeople: [{ name: "Hopkins, Tamara", email: null }, connector],
    };
    expect(extractTarget(context)?.name ?? null).toBeNull();
  });

  it("never takes a signature run into one sentence, nor the company of an address, for a person", () => {
    const signature =
      "Can you get us 20 min w/ Tom Greer next week?\n\nDennis\n\nDennis J. Albright\nAlbright & Kroll LLP";
    const lotus: TargetContext = {
      fresh: signature,
      quoted: "",
      requestSentence: "Can you get us 20 min w/ Tom Greer next week?",
      knownPeople: [{ name: "Albright, Dennis J.", email: "dalbright@albright-kroll.example" }],
    };
    expect(extractTarget(lotus)?.name).toBe("Tom Greer");
    const ask = "This is the resume of my friend who is interested in a job with Northwind.";
    const colleague: TargetContext = {
      fresh: ask,
      quoted: "",
      requestSentence: ask,
      knownPeople: [{ name: null, email: "vince@northwind.example" }],
    };
    expect(extractTarget(colleague)?.name ?? null).toBeNull();
  });

  it.each([
    [
      "We'd love to have Deputy Mayor Lorraine Okoro say a few words. Could you get the request to her office?",
      "Could you get the request to her office?",
      { name: "Lorraine Okoro", role: "Deputy Mayor" },
    ],
    [
      "Could you see if Dr. Amos Pereira might be available for a call the week of Feb 10?",
      "Could you see if Dr. Amos Pereira might be available for a call the week of Feb 10?",
      { name: "Amos Pereira" },
    ],
    [
      "I've been reading Dr. Ngozi Okafor's papers on imaging. Would you be willing to write to Dr. Okafor on my behalf?",
      "Would you be willing to write to Dr. Okafor on my behalf?",
      { name: "Ngozi Okafor" },
    ],
    [
      "You and Harlan Voss served on the council together. Mr. Voss, as VP Operations at Dunmore Pipeline, runs the stations. Would you write a note to Mr. Voss for me?",
      "Would you write a note to Mr. Voss for me?",
      { name: "Harlan Voss", organization: "Dunmore Pipeline" },
    ],
    [
      "P.S. If you run into Gail Ostrand at the Austin conference, would you mind mentioning my name to her?",
      "P.S. If you run into Gail Ostrand at the Austin conference, would you mind mentioning my name to her?",
      { name: "Gail Ostrand" },
    ],
    [
      "Sgt. Okonkwo runs the bike patrol on our side of town. Would you tell him about me and ask if he can meet?",
      "Would you tell him about me and ask if he can meet?",
      { name: "Okonkwo", role: "Sgt." },
    ],
    [
      "Could you give him my number? Chaplain Idris Bello leads the Tuesday group.",
      "Could you give him my number?",
      { name: "Idris Bello", role: "Chaplain" },
    ],
  ])("reads the person named with a title or office, or met by chance, in %j", (fresh, ask, expected) => {
    expect(target(fresh, ask)).toMatchObject(expected);
  });
});

describe("extractTarget: where the person works, said further from the request", () => {
  it.each([
    [
      "Could you ask Tomas Vey if he'd see me? Why him: they are moving to electric vans. He runs procurement at Oskarsson Freight.",
      "Could you ask Tomas Vey if he'd see me?",
      "Oskarsson Freight",
    ],
    [
      "Could you ask Delia Marsh to take my call? As president of the Harbour Trades Council she can settle it.",
      "Could you ask Delia Marsh to take my call?",
      "Harbour Trades Council",
    ],
    [
      "Would you mention me to Ben Tolley? He keeps the records for the Alder Valley Historical Society.",
      "Would you mention me to Ben Tolley?",
      "Alder Valley Historical Society",
    ],
  ])("%j: %j", (fresh, ask, organization) => {
    expect(target(fresh, ask)?.organization).toBe(organization);
  });

  it("does not take a place two sentences away that is not about them, or their own surname", () => {
    const fresh =
      "Could you ask Tomas Vey if he'd see me? I have followed his work. I study at the Pune Institute of Technology, as Tomas did.";
    expect(target(fresh, "Could you ask Tomas Vey if he'd see me?")?.organization).toBeNull();
    const named = "Would you ask Dale Rourke to call me? I hear Dale Rourke works for the Rourke family.";
    expect(target(named, "Would you ask Dale Rourke to call me?")?.organization).toBeNull();
  });
});

describe("extractTarget: the subject line", () => {
  it("takes the organisation the subject gives after the target's name, when the text gives none", () => {
    const ask = "Could you put in a word with Nadia Ferrante for me?";
    const context: TargetContext = {
      fresh: ask,
      quoted: "",
      requestSentence: ask,
      knownPeople: [requester, connector],
      subject: "Request - Nadia Ferrante, Corvo Analytics",
    };
    expect(extractTarget(context)?.organization).toBe("Corvo Analytics");
    expect(extractTarget({ ...context, subject: "Request - Corvo Analytics" })?.organization).toBeNull();
  });
});
