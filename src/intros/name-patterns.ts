/**
 * Patterns for the parts of a target's description: a person's name, an organisation,
 * a role. Names are found by shape (capitalised words), so they are only trusted in the
 * slots the callers put them in ("introduce me to NAME", "NAME, ROLE at ORG").
 */

const UPPER = String.raw`\p{Lu}`;
/** Where a new part of a name word starts: "Mc|Donald", "O'|Brien", "Smith-|Hart". */
const PART_START = String.raw`(?:['\u2019-]${UPPER}?|${UPPER})`;
/**
 * "Jones", "McDonald", "O'Brien", "Lévesque", "Smith-Hart": at most five parts. Every part
 * after the first starts with a capital or a mark, so a run of lower-case letters can be
 * split one way only (written `[\p{Ll}]*(?:…[\p{Ll}]+)+`, "Maryyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
 * glued to a capital took time doubling with every letter). The bound on parts keeps each
 * try short: a word of endless parts ("AbcAbcAbc…") was rescanned from each of its capitals.
 */
const NAME_WORD = String.raw`${UPPER}${PART_START}?[\p{Ll}]+(?:${PART_START}[\p{Ll}]+){0,4}`;
const PARTICLE = String.raw`(?:van|von|de|der|den|da|di|del|du|la|le|bin|al|ten|ter)`;
/** A day, a month or a holiday, capitalised like a name: "meet Tuesday", "talk to you in March". */
export const CALENDAR_WORD = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|New\s+Year|Thanksgiving|Labor\s+Day|Memorial\s+Day)\b`;
/** One name word after an optional title: "Mr. Reis", "Senator Kline", "Sheikh Al-Mansouri", "McConnell". */
export const TITLED_NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Senator|Governor|Commissioner|Minister|Judge|Professor|Bishop|Father|Sister|Sheikh|Ambassador)\.?\s+)?${NAME_WORD}`;
/** A name after an optional title, with the surname after it if given: "Greg", "Mr. Whalley", "Dr. Ines Ferrante". */
export const TITLED_FULL_NAME = String.raw`${TITLED_NAME}(?:\s+${TITLED_NAME})?`;
/** A full name of two or three words, or a first name alone. */
export const PERSON_NAME = String.raw`${NAME_WORD}(?:\s+${UPPER}\.)?(?:\s+(?:${PARTICLE}\s+){0,2}${NAME_WORD}){0,2}(?![\p{L}])`;

/**
 * Dots only inside a word ("Booking.com"): a final dot ends the sentence, not the name. A word
 * that starts with a digit needs a letter ("3M", "7-Eleven"): a phone number is no company.
 */
const ORG_WORD = String.raw`(?:${UPPER}[\p{L}0-9&'\u2019-]*(?:\.[\p{L}0-9]+)*|[0-9][0-9-]*\p{L}[\p{L}0-9-]*)`;
/** "XYZ Corp", "Acme Robotics", "Bank of Northwind", "Smith & Wesson", "St. Aldric Regional" (not a trailing "'s"). */
export const ORGANIZATION = String.raw`(?:(?:St|Ste|Mt|Ft)\.\s+)?${ORG_WORD}(?:\s+(?:of|for|and|&|the|de)\s+${ORG_WORD}|\s+${ORG_WORD}){0,4}`;

/** Departments one is "in": "in HR", "in partnerships". */
export const DEPARTMENT = String.raw`(?:HR|human resources|people ops|people operations|talent(?: acquisition)?|recruiting|marketing|sales|engineering|finance|legal|product(?: management)?|design|partnerships|business development|BD|operations|ops|research|data science|communications|comms|PR|procurement|investor relations|IR|customer success|support|security|IT|growth|strategy|corporate development|corp dev|purchasing|treasury|credit|trading|origination|regulatory(?: affairs)?|government affairs|public affairs|risk(?: management)?|compliance|tax|accounting|audit|tech(?:nology)? partnerships|transmission|interconnection|settlements|scheduling|asset management)`;

/** Words of a function's name after "Head of …": not prepositions, not a clause. */
const FUNCTION_WORD = String.raw`(?!(?:at|in|with|from|who|and|to|on|of|for|is|was|the|a|an|she|he|they|there|here|now|too|also|since|but|so|because|if|when|would|could|should|will|can|may|might|must|be|has|had|have)\b)[\p{L}&-]+`;
/** Titles that say what someone leads: "Head of Retail Partnerships", "VP Engineering", "VP, Store Operations", "Chief Product Officer". */
const LEADS_FUNCTION = String.raw`(?:(?:senior\s+|sr\.?\s+|executive\s+|associate\s+)?(?:(?:head|director|manager|lead)(?:\s+(?:of|for))?|(?:vp|svp|evp|avp|vice\s+president)(?:,?\s+(?:of|for))?,?)\s+(?:the\s+)?${FUNCTION_WORD}(?:\s+${FUNCTION_WORD}){0,2}|chief\s+${FUNCTION_WORD}(?:\s+${FUNCTION_WORD})?\s+officer)`;
/** Titles that stand alone; "founder of X" names an organisation, not a function. */
const STANDALONE_TITLE = String.raw`(?:(?:(?:regional|senior|assistant|deputy|associate|interim|acting|executive|general|national|global|district|area|chief|head|staff|principal)\s+)?(?:${DEPARTMENT}|(?!(?:the|a|an|their|his|her|its|our|your|my|this|that)\s)[a-z]+(?:-[a-z]+)?)\s+(?:lead|manager|director|head|chief|officer|coordinator|administrator|supervisor|superintendent|nurse|buyer|planner|curator|inspector|liaison|counsel|controller|sommelier|chef|coach|trustee|registrar|archivist|dispatcher|scheduler)\b|co-?founder|founder|owner|C[A-Z]{1,2}O\b|president|managing\s+partner|general\s+partner|partner|principal|general\s+counsel|(?:engineering|product|hiring|program|account|talent|marketing|sales)\s+(?:manager|lead|director)|recruiter|(?:literary\s+)?agent|publisher|producer|boss|attorney|lawyer|accountant|editor(?:-in-chief)?|(?:features|news|managing)\s+editor|professor|investor|chancellor|provost|dean|senator|governor|mayor|commissioner|(?:energy\s+|cabinet\s+)?secretary|treasurer|comptroller|chief\s+of\s+staff|(?:policy|legislative|senior)\s+(?:advisor|adviser|aide)|chair(?:man|woman)?|(?:vice\s+)?chancellor|(?:staff\s+|senior\s+|principal\s+|lead\s+)?(?:[a-z]+\s+)?(?:engineer|scientist|designer|researcher|economist|journalist|reporter))`;
export const ROLE_TITLE = String.raw`(?:${LEADS_FUNCTION}|${STANDALONE_TITLE})`;

/** Capitalised words that start sentences or name days and months, never a target. */
export const NOT_A_NAME = new Set(
  (
    "I Hi Hello Hey Dear Thanks Thank Best Cheers Regards Warmly Sincerely Kind Also Just So And But Or If " +
    "Could Would Can Will Might Any Anyone Someone Our My The We She He They Her His Their It This That " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July " +
    "August September October November December Sent From To Subject Date Re Fwd Fw Happy Yes No Please " +
    "Ps Hope Let Looking Totally Either Both Great Sure Ok Okay Not Since Because Given As Her His Him On " +
    "Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Why Who What How When Where " +
    "Bonjour Salut Hej Hallo Hola Ciao Olá Ola Namaste Howdy Morning Evening Afternoon Greetings Yo Mr Mrs Ms Dr Prof " +
    "For In At With By After Before During Concretely Basically Honestly Actually Anyway Quick Random Long Short " +
    // Mail's own furniture ("-----Original Message-----") and contractions that look like names.
    "Original Message Forwarded First Last Next I'll I'd I'm I've I’ll I’d I’m I’ve " +
    // Places a writer moves to ("I may be coming back to Texas", real Enron mail): US states
    // that are never a given name (not Georgia, Virginia, Carolina, Dakota, Indiana, Montana).
    "Texas California Florida Ohio Oklahoma Louisiana Nebraska Kansas Alabama Arizona Colorado Illinois " +
    "Michigan Minnesota Missouri Tennessee Kentucky Oregon Utah Iowa Idaho Wyoming Alaska Hawaii Vermont " +
    "Massachusetts Connecticut Delaware Maryland Mississippi Arkansas Wisconsin Pennsylvania"
  ).split(" "),
);
