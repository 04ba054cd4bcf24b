/**
 * What a service desk or a back office handles, not a person to be introduced to: the words that
 * keep the cues for a person sought from firing on paperwork. Pure.
 */

/**
 * Office life, which a colleague or the facilities desk sorts out: "Who should I talk to about the
 * holiday party?", "a name at the caterer", "someone to sublet her apartment", "who at PG&E might
 * be interested in the tickets?" (session 27's ordinary-mail rounds: the older right-person cues took
 * these errands for requests). Not a board seat or a fundraiser, which can be a real ask for a contact.
 */
const OFFICE_ERRANDS = String.raw`(?:holiday\s+)?(?<!\b(?:relevant|interested|third|other|all|both|concerned|affected|responsible|appropriate|right|related|outside|opposing|contracting|counter)[\s-])part(?:y|ies)|picnics?|happy\s+hours?|cater(?:ing|ers?)|tickets?|sublet(?:ting)?|apartments?|office\s+(?:move|space|supplies|furniture)|desk\s+move|furniture|supplies|softball|cafeteria|gym|phone\s+list|contact\s+sheet|seating\s+(?:charts?|plans?)|(?:staff\s+|office\s+)?directory|business\s+cards?|standing\s+desks?|stationery|letterhead|name\s+tags?|(?:health|dental|vision|benefits?)\s+plan|(?:annual\s+|sick\s+)?leave\s+requests?|annual\s+leave|time\s+off|pto|(?:customer|satisfaction|alumni|staff|employee|engagement)\s+surveys?|name\s+cards?|rotas?|(?:confirm|swap|cover|change)\s+(?:their|his|her|my|your|the)\s+shifts?|out-of-office|change\s+orders?|petty\s+cash|reconciliations?`;

/**
 * Paperwork within a few words: what a service desk handles, not a person to be introduced to
 * ("who the right person is for my expense report", "the person to talk to about invoices",
 * "who can I talk to regarding my password": the help desk; "Who should I speak with about adding
 * my name?" to a P&L's distribution, session 27's blind set gq-eg). "Report to" is a line of
 * command, not paperwork ("the supply chain VP at Nike you used to report to", session 32).
 */
export const PAPERWORK_WITHIN = (characters: number): string =>
  String.raw`(?![^.?!]{0,${characters}}\b(?:${OFFICE_ERRANDS}|invoices?|bills?|billing|payments?|paperwork|forms?|checks?|timesheets?|expenses?|reimbursements?|payroll|parking|approval|signature|reports?(?!\s+(?:to|directly|into)\b)|confirm(?:ation)?s?|letters?\s+of\s+credit|passwords?|log-?ins?|drivers?|printers?|software|laptops?|computers?|front\s+desk|reception|help\s*desk|copiers?|fax(?:\s+machines?)?|badges?|voice\s*mail|bonus(?:es)?|salary|benefits|vacation|(?:add(?:ing)?|remov(?:e|ing)|chang(?:e|ing)|updat(?:e|ing))\s+(?:my|our)\s+(?:name|address|phone\s+number|details))\b)`;

/** An account's business, which a service desk handles: "…about the contract", "…re my parking pass". */
export const SERVICE_MATTER = String.raw`\b(?:about|regarding|re)\s+(?:the|my|our|this|that)\s+(?:contract|invoice|bill|account|payment|order|delivery|outage|password|laptop|computer|claim|refund|parking(?:\s+(?:pass|space|spot))?|badge|benefits?(?:\s+transfer)?|expense(?:\s+report)?|reimbursement|paycheck)s?\b`;

/**
 * Neither a service desk's matter nor paperwork nor a repair after the words that asked: what the
 * asks of the reader's people and of access (readers-people-asks.ts, access-asks.ts) must not be,
 * since the same words send a colleague "about the thermostat" or "re my parking pass".
 */
export const NO_ERRAND = String.raw`(?![^.?!]{0,40}${SERVICE_MATTER})(?![^.?!]{0,60}\b(?:thermostat|leak|repairs?|projector|deliver(?:y|ies)|shipments?|packages?)\b)${PAPERWORK_WITHIN(60)}`;

/** Not one of the writer's own departments after "at" ("who should I talk to at Payroll?"): a firm is named, not a back office. */
export const NOT_A_DEPARTMENT = String.raw`(?!(?:Accounts|Accounting|Payroll|Billing|IT|HR|Facilities|Finance|Legal|Treasury|Tax|Credit|Settlements)\b)`;

/**
 * "Could you please call Donna Fiorelli in billing at Crestline Trucking about invoice 44871?"
 * (session 34's blind holdout-65): a call about an account's paperwork is work handed on, however
 * request-like the message sounds to the model.
 */
export const ABOUT_PAPERWORK = new RegExp(
  String.raw`\b(?:about|regarding|re|on|over)\s+(?:the\s+|my\s+|our\s+|this\s+|that\s+|their\s+)?(?:invoices?|bills?|billing|payments?|paperwork|credit\s+memos?|expense\s+reports?|timesheets?|reimbursements?|payroll|past[-\s]due|statements?)\b|${SERVICE_MATTER}`,
  "i",
);

/**
 * "Anyone know who set up the new wifi?", "…can you set that up with the venue?" (session 33's
 * blind ordinary sentences, flagged by the model): the office's equipment, or logistics arranged
 * with a vendor, is no one to be introduced to. (Not "leave a few at the front desk", holdout-42's
 * real ask.)
 */
export const OFFICE_THINGS_OR_VENDORS =
  /\b(?:the|our|new)\s+(?:new\s+)?(?:wi-?fi|printers?|copiers?|router|projector|thermostat|vpn|network\s+drive|coffee\s+machine)\b|\bwith\s+the\s+(?:venue|hotel|caterers?|restaurant|florist|printers?|vendor|airline|rental\s+(?:company|place))\b/i;
