/**
 * Referrals asked of the reader in the words of real mail that no other cue knows: one person
 * referred to another by name, a referral left to the reader's comfort, a colleague's wish to
 * reach someone with the way to reach them asked. From session 28's blind Enron sets (gq-ey,
 * Vince Kaminski's resume and university folders). favour-cues.ts tries them alone. Pure.
 */

/** A department, not a person: "refer him to Human Resources", "…to Investor Relations". */
const DEPARTMENT_WORD = String.raw`(?:Resources|Relations|Services?|Affairs|Support|Department|Desk|Management|Accounting|Center|Centre|Office|Team|Group|Committee)`;

/**
 * One person referred to another, by name: "Please, refer John directly to Jinbaek Kim and his
 * academic advisor." (Vince Kaminski to a colleague, gq-ey-021). Asked (please, could you), a
 * person to a person (not "to Human Resources"), not told ("I referred him to Dr. Lee").
 */
const REFER_NAMED_TO_NAMED = new RegExp(
  String.raw`(?:\b[Pp]lease,?\s+|\b(?:[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill)\s+(?:you|u)\s+(?:please\s+)?)refer\s+(?:him|her|them|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:directly\s+|on\s+)?to\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+(?!${DEPARTMENT_WORD}\b)\p{Lu}[\p{Ll}'’-]+)`,
  "u",
);

/**
 * A referral left to the reader's comfort, as the alternative to the reader: "further discussion
 * with you, or if that is not appropriate, someone to whom you would be comfortable referring me"
 * (gq-ey-013). The writer (me, us) referred, not a case or a patient handed over.
 */
const REFERRAL_AT_YOUR_COMFORT =
  /\b(?:someone|somebody|anyone|anybody|a\s+(?:person|colleague|contact))\s+(?:to\s+whom|whom|who|that)\s+you\s+(?:would|'d|might|could)\s+(?:feel\s+|be\s+)?(?:comfortable|happy|willing|glad)\s+(?:in\s+)?referring\s+(?:me|us)\b/i;

/**
 * A colleague's wish to reach a named person, and the way asked for: "He would like to contact
 * Ken Lay about being one of his interviews. Do you think this is possible? If so, could you give
 * me an address/phone numbers that Bob might use to contact Ken's secretary…" (a Baylor
 * professor for a colleague writing a book, gq-ey-024). The details for someone else to reach a
 * named person or their office, not the writer's own errand ("…that I might use to order parts").
 */
const WAY_TO_REACH_FOR_ANOTHER = new RegExp(
  String.raw`\b(?:give|send|pass|get)\s+(?:me|us)\s+(?:an?\s+|the\s+)?(?:address(?:es)?|(?:phone\s+)?numbers?|e-?mail(?:\s+address)?|contact\s+(?:information|info|details))(?:\s*(?:\/|or|and)\s*(?:phone\s+)?(?:numbers?|address(?:es)?|e-?mails?))*\s+(?:that|which)\s+(?:\p{Lu}\p{Ll}+|he|she|they|my\s+(?:friend|colleague|client))\s+(?:might|could|can|may)\s+use\s+to\s+(?:contact|reach|call|write\s+to|get\s+in\s+touch\s+with)\s+(?:\p{Lu}\p{Ll}+|him|her|them)\b`,
  "u",
);

/**
 * Someone's ask carried for them: "He asked me whether you can contact a person at ENRON
 * broadband services, who's related to the initiative" (a student for his advisor, gq-ey-015).
 * A person at a named place, not the reader's own contact ("…whether you can contact him").
 */
const CONTACT_ASKED_FOR_ANOTHER =
  /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Mm]y\s+(?:advisor|adviser|professor|boss|friend|colleague|client))\s+(?:asked|wanted)\s+me\s+(?:to\s+ask\s+(?:you\s+)?)?(?:whether|if)\s+you\s+(?:can|could|would|might)\s+(?:contact|call|reach|approach|find)\s+(?:a\s+person|someone|somebody|anyone|anybody|the\s+(?:right\s+)?(?:person|people))\s+(?:at|in|from|with)\s+\p{Lu}/u;

export const REFERRAL_ASKS: readonly RegExp[] = [
  REFER_NAMED_TO_NAMED,
  REFERRAL_AT_YOUR_COMFORT,
  WAY_TO_REACH_FOR_ANOTHER,
  CONTACT_ASKED_FOR_ANOTHER,
];
