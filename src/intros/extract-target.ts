import type { Target } from "./types.js";
import {
  cleanOrganization,
  describePerson,
  type NamedPerson,
  ORG_ANYWHERE,
  organizationNear,
  PRONOUN_DESCRIPTION,
} from "./describe-person.js";
import { type KnownPerson, beforeTheClosing, knownPersonTest, namedInTheText, signOffNames } from "./known-people.js";
import { DEPARTMENT, ORGANIZATION, ROLE_TITLE } from "./name-patterns.js";
import { trimName, withoutOffices } from "./person-names.js";
import { containsWord, normalizeText, sentences } from "./text.js";
import { holderOfOfficeNamed, officeHolder } from "./office-holders.js";
import { firmNameTest, partOfFirm } from "./firm-names.js";
import {
  ANY_NAME,
  firstFullName,
  firstNamedPerson,
  fullNameAround,
  lastNamedBeforePronoun,
  PRONOUN_OBJECT,
  surnameAtFirm,
} from "./named-in-text.js";
import { ASKED_OF_PRONOUN, FOR_ME_WITH, secondOfBetween } from "./asked-for.js";
import { lowercaseNamed } from "./lowercase-names.js";
import { fullOrganizationName, organizationContactedOrRoutedTo, organizationInSubject } from "./target-organization.js";
import { findTargetEmail } from "./target-email.js";
import { asksToBeSentTheirNumber } from "./contacts-asked.js";
import { postSought } from "./post-sought.js";
import { organizationTheirRefersTo, postBeforeName } from "./their-organization.js";

export interface TargetContext {
  /** The sender's new text. */
  fresh: string;
  /** Quoted history: may name the person a reply calls "her". */
  quoted: string;
  /** The sentence that asks for the introduction. */
  requestSentence: string;
  /** People who are not the target: the sender, the reader, a forwarder. */
  knownPeople: KnownPerson[];
  /** The subject, which often names the target with their organisation ("Sunita Rao, Helix Biolabs"). */
  subject?: string;
}

/**
 * "anyone at Quillstone Games", "any contacts you may have within Enron", "Whom in Enron should
 * I tell her to contact?", "any contacts with ABN AMRO", "the relevant individuals in Gas
 * Trading", "the info for a New Power contact", "who do we talk with in Dynegy" (real Enron mail):
 * where an unnamed target works.
 */
const ORG_OF_ANYONE = new RegExp(
  String.raw`\b(?:(?:anyone|anybody|someone|somebody|people|folks|[Ww]hom?|[Ww]hom?\s+(?:do|should|would|can)\s+(?:I|we)\s+(?:talk|speak)\s+(?:to|with)|whoever\s+[a-z]+(?:\s+[a-z]+)?|contacts\s+(?:that\s+)?you\s+(?:may\s+|might\s+)?have|the\s+(?:relevant|right|appropriate|best|key|correct|proper)\s+(?:individuals?|people|persons?|contacts?|folks))\s+(?:(?:over\s+)?at|in|from|of|within|inside|on)|contacts\s+with)\s+(?:the\s+)?(${ORGANIZATION})|\b(?:a|an|your)\s+(${ORGANIZATION})\s+(?:contact|rep(?:resentative)?)\b`,
  "u",
);
/**
 * "I am not sure if Enron North America has any of this type of exposure, but would be interested
 * to talk to someone…" (real Enron mail): the organisation a sentence wonders about, when the same
 * sentence seeks someone unnamed, is where that someone works. Not "I", which looks like a name.
 */
const ORG_WONDERED_ABOUT = new RegExp(
  String.raw`\b(?:if|whether)\s+(?:the\s+)?(?!I\b)(${ORGANIZATION})\s+(?:has|have|is|are|does|do|would|might|could|can|needs?|uses?)\b(?=.*\b(?:someone|somebody|anyone|anybody)\b)`,
  "u",
);
const ROLE_ANYWHERE = new RegExp(
  String.raw`\b(?:in\s+(${DEPARTMENT})\b(?!\s+of\b)|(?:the|a|an|their|your|as)\s+(${ROLE_TITLE}))`,
  "iu",
);
/**
 * A place the sentence names ("…anyone at Calpine"), unless it is where the writer works or studies:
 * "I am teaching a class at Rice and one of my very bright students sent her resume…" (session
 * 26's blind set gq-dz) says where the writer teaches, not where the one sought is.
 */
function placeNotTheWritersOwn(sentence: string): string | undefined {
  const match = ORG_ANYWHERE.exec(sentence);
  if (!match || WRITERS_OWN_PLACE.test(sentence.slice(0, match.index))) return undefined;
  return match[1];
}
const WRITERS_OWN_PLACE =
  /\b(?:I|we)\s+(?:am\s+|'m\s+|was\s+|were\s+|have\s+been\s+|'ve\s+been\s+)?(?:teaching|working|studying|teach|work|study|enrolled|employed|based|interning)\b[^.?!,;]{0,30}$/i;

/** The organisation of ORG_OF_ANYONE, in whichever of its two forms. */
function orgOfAnyone(sentence: string): string | undefined {
  const match = ORG_OF_ANYONE.exec(sentence);
  return match?.[1] ?? match?.[2];
}
/**
 * People sought without a name: "the appropriate individuals", "someone at", "whoever", "any
 * vets around here… who might come talk" (session 34's blind holdout-65).
 */
const UNNAMED_SOUGHT =
  /\b(?:the\s+(?:right|appropriate|best|relevant|correct|proper)\s+(?:person|people|individuals?|contacts?|folks|parties)|someone|somebody|anyone|anybody|whoever|whomever)\b|\bany\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b[^.?!]{0,80}?\b(?:who|that)\b/i;
const THIRD_PERSON_OBJECT = /\b(?:her|him)\b/i;
/**
 * "know of anyone else that might be interested in him" (session 27's gq-ee), "the best person in
 * your organization to communicate her interest and my recommendation" (session 26's gq-ec): the
 * pronoun is the candidate placed, and the one sought is unnamed, so no name elsewhere stands for it.
 */
const PLACED_PRONOUN =
  /\b(?:interested\s+in|(?:could|can|might)\s+use|(?:room|place|spot|opening|need)\s+for)\s+(?:him|her)\b|\b(?:his|her)\s+(?:interest|resume|résumé|cv|application|candidacy|qualifications|background)\b/i;
const asksAboutAPronoun = (request: string) =>
  THIRD_PERSON_OBJECT.test(request) && !(UNNAMED_SOUGHT.test(request) && PLACED_PRONOUN.test(request));

/**
 * Finds who the sender wants to meet: the person named in the request sentence,
 * or, when it says "her"/"him", the person named nearby (earlier in the message,
 * then in the quoted history). Pure.
 */
export function extractTarget(context: TargetContext): Target | null {
  // "Deputy Mayor Lorraine Osei": the office is set aside, so that the name reads whole, and
  // given back as the role of whoever bears it.
  const offices = new Map<string, string>();
  const request = withoutOffices(normalizeText(context.requestSentence), offices);
  const fresh = withoutOffices(normalizeText(context.fresh), offices);
  const freshSentences = sentences(fresh);
  let quotedSentences: readonly string[] | undefined;
  const quoted = () => (quotedSentences ??= sentences(unquote(normalizeText(context.quoted))));
  const knownPerson = knownPersonTest([...context.knownPeople, ...namedInTheText(context.fresh)]);
  // Not a person either: a firm named like one ("Ashcombe Frayne" of "Ashcombe Frayne LLP").
  const isFirm = firmNameTest(`${context.fresh}\n${context.quoted}`);
  const isKnown = (name: string) => knownPerson(name) || isFirm(name);
  const requestIndex = freshSentences.findIndex((sentence) => sentence.includes(request.slice(0, 40)));
  // (A request in the subject comes before the whole text: its next sentence is the first.)
  const nextSentence = freshSentences[requestIndex + 1] ?? "";

  // "Would you ask him if he'd give Caleb 30 minutes?": the one named in such an ask is whom the
  // writer asks for; the target is "him", named before. "A call between my student Lena Hartvig
  // and Yusuf Brandt": the second.
  // (Not "ask her if she'd set up a sit-down for me with Orrin Fiske": Orrin is the target.)
  const pronounAsk = FOR_ME_WITH.test(request) ? null : ASKED_OF_PRONOUN.exec(request);
  const beneficiaries = new Set<string>();
  if (pronounAsk) {
    for (const match of request.slice(pronounAsk.index).matchAll(ANY_NAME)) beneficiaries.add(trimName(match[0]) ?? "");
  }
  const isKnownOrBeneficiary = (name: string) => isKnown(name) || beneficiaries.has(name);
  let named = pronounAsk
    ? firstFullName([request.slice(0, pronounAsk.index)], isKnownOrBeneficiary)
    : (secondOfBetween(request, isKnown) ??
      lastNamedBeforePronoun(request, isKnown) ??
      firstNamedPerson(request, isKnown) ??
      surnameAtFirm(request, isKnown) ??
      lowercaseNamed(request, isKnown));
  if (!named) {
    const before = freshSentences.slice(0, Math.max(requestIndex, 0)).reverse();
    const after = beforeTheClosing(fresh, freshSentences.slice(requestIndex + 1));
    // "Could you see if Dr. Amos Pereira might be available?": a full name anywhere in the ask first.
    // "…your direction to the appropriate individuals at Enron" over a list of products ("- Web
    // Response"; real Enron mail, session 24): an ask for people not yet named takes a name from
    // elsewhere only where a name is expected ("talk to Jane Doe"), not any capitalised pair.
    named = pronounAsk
      ? firstFullName([...before, ...after], isKnownOrBeneficiary)
      : firstFullName(
          [request, ...before, ...after],
          isKnown,
          UNNAMED_SOUGHT.test(request) ? { onlyInSlotsFrom: 1 } : {},
        );
    if (!named && PRONOUN_OBJECT.test(request)) {
      named = firstFullName(quoted(), isKnown);
    }
    // "I've left three messages for Tom Ingersoll … could you lean on him?": the ask says
    // "him", so a full name after a place word ("for", "with") is the person after all.
    if (!named && asksAboutAPronoun(request)) {
      named = firstFullName([...before, ...after], isKnown, { evenAfterPlaceWords: true });
    }
    // "Deputy Kowalczyk drives our street at night… can you tell him about me?": a surname
    // after a rank or an office is a person, though a lone capitalised word elsewhere is not.
    if (!named && asksAboutAPronoun(request)) named = officeHolder(offices, [...before, ...after], isKnown);
    // "…you knew Brinda's email. Do you think you could send it to me?" (session 36's blind sets): the
    // details sent are those the sentence before named, and whoever it names is the target.
    if (!named && asksToBeSentTheirNumber(before[0] ?? "", request)) named = firstNamedPerson(before[0] ?? "", isKnown);
    // "…go through Venezuelan Ambassador Arcaya. Would you please assist in setting up a meeting
    // … with the Ambassador" (real Enron mail, session 25): the office the ask names, and who holds it.
    named ??= holderOfOfficeNamed(request, offices, isKnown);
    // (Two sentences back: "you still know marcus tellefsen at the commission? (chief of staff…).
    // any chance hed take a call from me".)
    named ??=
      lowercaseNamed(before[0] ?? "", isKnown) ??
      lowercaseNamed(after[0] ?? "", isKnown) ??
      lowercaseNamed(before[1] ?? "", isKnown);
    // "Subject: Rick Bergsieker" over "…mention the role to him and ask him to give me a call"
    // (real Enron mail, session 23): a subject that is a person's name, whose first name the text uses.
    if (!named && asksAboutAPronoun(request)) named = personInSubject(context.subject ?? "", fresh, isKnown);
  }
  // The name as the request gave it ("Voss"), for sentences that use it and not the full one.
  const spokenAs = named?.name ?? null;
  if (named && !named.name.includes(" ")) {
    // "sharing my details with Gareth": the message may give the full name elsewhere ("your friend Gareth Okoye").
    // "write to Dr. Okafor": a surname after a title, given in full elsewhere ("Dr. Ngozi Okafor").
    const full = fullNameAround(named.name, [...freshSentences, ...quoted()], isKnown);
    if (full) named = { ...full, role: named.role ?? full.role, organization: named.organization ?? full.organization };
  }
  const office = named ? offices.get(named.name) : undefined;
  if (named && !named.role && office) named = { ...named, role: office };
  // "Would she ask their head sommelier, Paolo Ferrante, if…": the post written before the name.
  const postBefore = named && !named.role ? postBeforeName(named.name, [request, ...freshSentences]) : null;
  if (named && postBefore) named = { ...named, role: postBefore };
  if (named && (!named.role || !named.organization) && PRONOUN_DESCRIPTION.test(nextSentence)) {
    const described = describePerson(named.name, nextSentence);
    named = {
      ...named,
      role: named.role ?? described.role,
      organization: named.organization ?? described.organization,
    };
  }

  if (named && !named.organization) {
    // "he's running the new origination desk at Halcyon Energy", "in Diane Kessler's group at
    // Caprock Electric": where the person works, said in a sentence about them near the request.
    // Beside the request first, then any sentence that names them in full.
    // Two sentences away only when it starts with "she"/"he": "Why him: … He runs procurement at X."
    const twoAway = [freshSentences[requestIndex + 2] ?? "", freshSentences[requestIndex - 2] ?? ""].filter(
      (sentence) => /^(?:she|he)\b/i.test(sentence),
    );
    const nearby = [request, nextSentence, freshSentences[requestIndex - 1] ?? "", ...twoAway];
    const names = [named.name, ...(spokenAs && spokenAs !== named.name ? [spokenAs] : [])];
    // And the sentence after each: "Could you put me in touch with Marguerite Olsson? I believe she's CFO at Tidewell Logistics now."
    const namingThem = freshSentences.flatMap((sentence, index) =>
      names.some((name) => sentence.includes(name)) ? [sentence, freshSentences[index + 1] ?? ""] : [],
    );
    const organization =
      organizationNear(named.name, nearby) ??
      organizationNear(named.name, namingThem) ??
      (context.subject
        ? organizationInSubject(
            context.subject,
            fresh,
            named.name,
            context.knownPeople.flatMap((person) => (person.email ? [person.email] : [])),
          )
        : null);
    if (organization) named = { ...named, organization };
  }
  if (named && !named.organization) {
    const current = named;
    const at = freshSentences.findIndex((sentence) => sentence.includes(current.name));
    const organization =
      at >= 0
        ? organizationTheirRefersTo(
            current.name,
            freshSentences[at] ?? "",
            freshSentences.slice(Math.max(0, at - 3), at),
          )
        : null;
    if (organization) named = { ...named, organization };
  }

  // "Do you know anyone there?": the place was named a sentence or two before.
  const orgContext = named
    ? [request]
    : [request, ...freshSentences.slice(Math.max(0, requestIndex - 2), Math.max(0, requestIndex)).reverse()];
  const contextOrganization =
    orgContext
      .map(
        (sentence) =>
          orgOfAnyone(sentence) ??
          placeNotTheWritersOwn(sentence) ??
          ORG_WONDERED_ABOUT.exec(sentence)?.[1] ??
          (named ? undefined : organizationContactedOrRoutedTo(sentence)),
      )
      .find(Boolean) ?? null;
  // "…your people at Enron (I believe that you indicated that your head of HR would be a good
  // start)… have someone email me the contact information for whomever it would be appropriate
  // to approach" (real Enron mail): with no one named, a role said just before is the one sought.
  const roleMatch = named
    ? ROLE_ANYWHERE.exec(request)
    : orgContext.map((sentence) => ROLE_ANYWHERE.exec(sentence)).find(Boolean);
  // "whoever runs value analysis at Northgate Health": with no one named, the post sought.
  const post = named ? null : postSought(request);
  // "Harold Quist's team": the person, not the possessive.
  const organization = named?.organization ?? cleanOrganization(contextOrganization) ?? post?.organization ?? null;
  // "a job at Harper & Lowe Publishing": the end of a firm's name is no person.
  const name = partOfFirm(named?.name.replace(/['’]s$/u, "") ?? null, organization);
  const target: Target = {
    name,
    email: findTargetEmail(fresh, name, [...context.knownPeople, ...signOffNames(context.fresh)]),
    organization: organization && fullOrganizationName(organization, [context.subject ?? "", fresh], name),
    role: named?.role ?? (roleMatch?.[1] ?? roleMatch?.[2])?.trim() ?? post?.role ?? null,
  };
  return target.name || target.email || target.organization || target.role ? target : null;
}

const SUBJECT_PREFIXES = /^(?:\s*(?:re|fw|fwd|aw|wg)\s*:\s*)+/i;
const WHOLE_NAME = new RegExp(String.raw`^(?:${ANY_NAME.source})$`, "u");

/** The person a subject names and nothing else, when the text calls them by their first name. */
function personInSubject(subject: string, fresh: string, isKnown: (name: string) => boolean): NamedPerson | null {
  const line = subject.replace(SUBJECT_PREFIXES, "").trim();
  if (!WHOLE_NAME.test(line)) return null;
  const name = trimName(line);
  if (!name || !name.includes(" ") || isKnown(name)) return null;
  return containsWord(fresh, name.split(/\s+/)[0] ?? name) ? { name, role: null, organization: null } : null;
}

/** Quoted history without its "> " markers, so that its sentences read whole. */
function unquote(text: string): string {
  return text.replace(/^[ \t]*(?:>[ \t]?)+/gm, "");
}
