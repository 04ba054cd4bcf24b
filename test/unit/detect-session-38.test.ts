import { describe, expect, it } from "vitest";
import { askedToBringTogetherSomeoneTheyKnow } from "../../src/intros/known-to-the-reader.js";
import { detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 38's forms, from its blind sets (real Enron mail, mail quoted on the web and two blind
 * writers' checks; helpers who saw no code, measured on arrival), each written in words of our own
 * beside near misses in the same words.
 */
describe("detectIntroRequest: an introduction wanted in a list of asks, with no one said to ask (session 38)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Looking for an intro to a part-time controller.",
      "Need warm intros to export-finance counsel in Lagos.",
      "• Revenue up 12% • Two hires closed • Need: intros to plant managers at regional dairies",
      "Asks: - Intros to buyers at outdoor retailers - Warm intro to anyone on the Kestrel Ventures team",
      "One ask: a warm hand-off to Lena Brandt at Fairhaven Capital.",
      "Biggest need this quarter: connections to the people at county water boards who buy meters.",
      "* Intro to the category buyer at Hollis Market",
      "Any intros would be much appreciated.",
      "Asks this month: feedback on the demo and two intros to seed funds.",
    ],
    [
      "Need an intro to Python for the new analysts.",
      "Looking for an introduction to Machine Learning course this spring.",
      "Introductions to the partners at Fairhaven went well last week.",
      "Asks: feedback on the pricing page and a second look at the deck.",
      "Need: a new projector for the board room.",
    ],
  );
});

describe("detectIntroRequest: a talk with a named person said to be valued, for the reader to bring about (session 38)", () => {
  itTellsRequestsFromNearMisses(
    [
      "A conversation with Mr. Delacroix on this point would be appreciated.",
      "It would be wonderful to get fifteen minutes with Priya Raman about her grid work.",
      "A short call with Dr. Tomas Berg would really help us before the filing.",
      "Meeting Coach Ellery before the trials would mean a lot to my son.",
      "I'd welcome the chance to speak with Hana Sato about the board seat.",
    ],
    [
      "Could you attend the meeting with Dana Ruiz on Friday?",
      "I'll set up a meeting with Dana Ruiz next week.",
      "It would be great to have a call with you and Tom Reyes about the budget.",
      "A meeting with Sales would be helpful.",
      "A call with Tom Reyes would be helpful to sort out the invoice.",
      "I could have a word with Professor Adeyemi on your behalf if you think it would help.",
    ],
  );
});

describe("detectIntroRequest: the writer's paper put before whoever decides (session 38)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Please forward this message to the other decision makers weighing a hosting partner.",
      "Would you mind sending it along to whoever handles supplier selection at Vance & Oakes?",
      "Margaret, would you put this in front of the planning board chair for me?",
      "Hoping you can route the attached proposal to the people who choose the speakers at Delta Forum.",
      "Any chance you could share my pitch with your head of partnerships?",
    ],
    [
      "Please forward this to the decision makers for their approval by Friday.",
      "Could you pass this to the board for approval?",
      "Would you send it to whoever handles payroll?",
      "Please forward this message to the team.",
    ],
  );
});

describe("detectIntroRequest: someone the reader may know who could help with the writer's matter (session 38)", () => {
  itTellsRequestsFromNearMisses(
    [
      "He thought you may know someone else in your office who could help.",
      "Is there anyone in your office who deals with export licences?",
      "Would there be someone at your firm who knows Chilean water law?",
      "I suspect you know someone in the Dallas permit office who could advise us.",
      "Greg, I'd like to meet the chairman of Eastgate Power before the June board meeting.",
    ],
    [
      "Is there anyone in the office who can fix the printer on 3?",
      "Is there someone on your team who could cover my shift Saturday?",
      "I know someone in the Dallas permit office who could advise you.",
      "Is there anyone in your lab who can recalibrate the spectrometer?",
      "Is there someone in your group who could review this clause before Friday?",
      "I'd like to meet the team at 3 to go over the numbers.",
    ],
  );
});

describe("detectIntroRequest: a résumé sent with a plea for whatever the reader can do (session 38)", () => {
  itTellsRequestsFromNearMisses(
    [
      "I'm attaching my resume. See what you can do.",
      "My CV is attached. I've been looking since June, so anything you can do would mean a lot.",
      "Resume attached. Any help getting it seen by the right people would be great.",
      "I've attached my résumé. If it makes sense to pass it around your network, please do.",
      "Here is my resume; I really appreciate whatever help you can give me in the job search.",
    ],
    [
      "Here's my resume - see what you can do with the formatting, it looks off in Word.",
      "Attached is my resume for your review. Any help with my cover letter would be great.",
      "My resume is attached for the analyst opening on your team.",
      "See what you can do about the parking permit.",
    ],
  );
});

describe("detectIntroRequest: a named person's contact details asked for, and devices or newcomers that are no one to connect (session 38)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Could you send me Dr. Lina Haddad's phone number? I'd like to ask her about the trial.",
      "Would you share Ingrid Moller's contact details? I want to invite her to speak.",
      "Would it be possible to get the email for Todd Varga, the investor you mentioned?",
    ],
    [
      "Could you get IT to connect my Bloomberg to the new printer?",
      "New folks - please introduce yourselves to the group at Monday's meeting.",
      "Could you send me the number for the help desk?",
    ],
  );
});

describe("detectIntroRequest: the forms widened after the session's second blind check (session 38)", () => {
  itTellsRequestsFromNearMisses(
    [
      "- Warm intros to growth funds that back water tech (esp. Tidewell)",
      "Need: someone at the Harbour Board who handles mooring permits. Any leads welcome.",
      "Would love an e-intro to the Adebayo Family Office, if within reach.",
      "Biggest help right now = introductions to school superintendents in Ohio.",
      "I think a short call with Maren Dahl could unlock the pricing question.",
      "a quick word w/ your cousin Leo about the lease wld be huge for me",
      "A meeting with the Governor's chief of staff, Mrs. Okafor, would be most helpful to our members.",
      "My son would so benefit from a conversation with Professor Adair about the nursing program.",
      "Would you mind forwarding my letter to the hiring committee at your firm?",
      "I'd really appreciate you sending it along to the folks at Harwick who make these calls.",
      "If you could bump this email to whoever owns supplier selection at Corran Motors, that would be great.",
      "Would anyone at your firm have experience with salvage claims?",
      "Her CV is attached; whatever help you can give her getting a foot in the door would mean a lot.",
      "Here's my resume. If there's any way you could get it seen, I'd be grateful.",
      "Best way to reach Paolo Ricci at the consulate? Email, phone, anything.",
      "Need Ravi Menon's direct line at Corvane, the switchboard won't put me through.",
    ],
    [
      "Before Monday, could you point me at a good intro to SQL?",
      "Could you write a short intro to the new expense tool for the newsletter?",
      "Can you give the new hires an intro to our filing system on day one?",
      "Would love a quick intro to how the bonus structure works before I sign.",
      "It would be great to have you at our meeting with Elena Voss on Monday.",
      "Here is my resume; any help you can give me with the formatting would be great.",
      "Best way to reach you this weekend? Email or phone?",
    ],
  );
});

describe("detectIntroRequest: an introduction to a person in a post is no course (session 38)", () => {
  itTellsRequestsFromNearMisses(["Could you get me an intro to the program director at the Halden Foundation?"], []);
});

describe("detectIntroRequest: forms and near misses from the session's free-form blind checks (session 38)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Please intro me to Dana Weiss at Corvel.",
      "You still play squash with that guy from the zoning office? Could you get us talking?",
    ],
    [
      "can you connect the new printer to the office wifi? it keeps saying offline",
      "Yes, please loop me in on the Harcourt thread - I'm taking over the account Monday.",
      "Julie Gomez will be signing on my behalf.",
    ],
  );
});

describe("detectIntroRequest: a subject that names an introduction over a text that offers it (session 38)", () => {
  it.each([
    ["Intro to Marcus Feld", "Hi Priya, happy to introduce you to Marcus at Feld Capital. Send me your deck first."],
    ["Intro to Marcus Feld", "I'd be glad to connect you with Marcus. Let me know."],
  ])("%s over %j is no request", (subject, fresh) => {
    expect(detectWithSubject(subject, fresh)).toBe(false);
  });
  it("the same subject over a note that asks nothing more is a request", () => {
    expect(detectWithSubject("Intro to Marcus Feld", "Thanks so much!")).toBe(true);
  });
});

describe("detectIntroRequest: the forms widened after the session's third blind check (session 38)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Looking for a connection to the seafood buyer at Harlan Markets. Any leads appreciated.",
      "P.S. Still hunting for a path to the fiction editor at Bramble & Holt.",
      "intro to sanjay @ fernhill ventures?? pls",
      "Wanted: a name at the county roads office who handles driveway permits.",
      "How to help: connect us with plant managers at Ohio foundries.",
      "Intros wanted: Lisbon distributors of lab glassware.",
      "A half hour with Petra Novak would be enormously helpful before we sign the lease.",
      "would love to grab coffee w/ Dana from ur board sometime",
      "A word with your colleague Dr. Ines Ortega would be so appreciated.",
      "please get this proposal in front of the right people on your investment committee.",
      "I'd be grateful if you would share it with the board members you know.",
      "I am asking that you put my letter before the selection panel at the Harrow Trust.",
      "resume attached. any help appreciated, looking for anything in logistics",
      "Would you keep me in mind and share it wherever you think it fits? My resume is attached.",
      "Maybe there's someone at your office who understands Korean customs rules?",
      "I wonder whether anyone among your contacts at Orlov Steel could help us get listed.",
    ],
    [
      "Please read the introduction to the report before the call.",
      "Can you write an introduction for the annual report?",
      "Could you attend the meeting with Councillor Booth on my behalf?",
      "I'll have her send it wherever you tell me.",
    ],
  );
});

describe("detectIntroRequest: someone the reader is said to know, and the reader asked to link the writer with them (session 38)", () => {
  itTellsRequestsFromNearMisses(
    [
      "You know the head buyer at the Harbourview Hotel. We kindly ask you to link us with him so we can show our oysters.",
      "I know you have ties with the director of the Tulsa apprenticeship scheme. Would you please call him and ask whether my nephew might visit?",
      "You know their purchasing manager from your days at the mine. Reckon you could give him a bell and tell him we're worth a look?",
      "Your cousin Vito still runs the bakery supply in Trenton? If you could call Vito and tell him we're friends, that would help.",
      "You have known the Ashcroft family for years. Would you consider making the first approach for us?",
      "As you serve on the hospital board, could you pass on our letter personally and let the chair know who I am?",
      "I believe you know their chief engineer from the trade fair. A word from you would be worth more than my letters.",
    ],
    [
      "You know the head buyer at the Harbourview. I met him last week and he ordered two crates.",
      "Could you set her up with access to the accounts system?",
      "Please pass this on to any members without email.",
    ],
  );
});

describe("detectIntroRequest: ties and asks widened after the session's last free-form check (session 38)", () => {
  itTellsRequestsFromNearMisses(
    [
      "You still talk to that fella at the seed co-op who tested our soil? Give him my name if you see him.",
      "I gather you and she go back a way. Any chance you'd broker a site meeting between us?",
      "Would you write to them and tell them we're serious people? You restored their organ; they trust you.",
      "You and the county vet go way back. Could you tell him I'll be calling?",
      "I am told you were the classmate of the District Officer. Kindly arrange an appointment for our committee with him.",
      "You are related to Chief Adewale by marriage. Could you kindly take me to greet him?",
      "You are, I believe, a fellow trustee of the Marsh Trust. Dare I ask whether you might effect an introduction?",
      "your roommate from college is the booker at the Vault right? can you hook my band up with him",
      "You work with Dr. Lindgren in cardiology - could you please ask him if I may observe in his clinic?",
    ],
    [
      "You still talk to that fella at the seed co-op? Give him back his ladder if you see him.",
      "You and the county vet go way back. Could you tell him the invoice is paid?",
      "You know the head buyer at the Harbourview. Could you take it back to her Thursday?",
    ],
  );
});

describe("askedToBringTogetherSomeoneTheyKnow: an errand for the person is no ask to link the writer with them (session 38)", () => {
  it.each([
    [["You know the caterer at the Harbourview.", "Could you call her and tell her we need fifty more plates?"], -1],
    [["You know the head buyer at the Harbourview.", "I met him last week."], -1],
    [["You know the head buyer at the Harbourview.", "Could you call him and tell him we're worth a look?"], 1],
  ])("%j: %i", (sentences, index) => {
    expect(askedToBringTogetherSomeoneTheyKnow(sentences)).toBe(index);
  });
});
