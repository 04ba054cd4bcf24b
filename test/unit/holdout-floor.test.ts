import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateLabelledFolder } from "../../src/dev/evaluate-labelled.js";

/**
 * The held-out sets were written by someone who never saw the corpus. The rules are not
 * made to fit them message by message (the corpus test does that for the corpus); these
 * floors only catch a change that makes the analysis worse on mail it was not written for.
 * Figures: `npm run evaluate`.
 */
const folder = (name: string) => fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));

describe("agreement with the held-out sets does not fall", () => {
  it.each([
    ["holdout", { precision: 0.95, recall: 0.9, bandAgreement: 0.9, targetAgreement: 0.9 }],
    // Band 0.917 → 0.833 when the band floors were fitted to all the labelled sets (scripts/fit-bands.ts).
    ["holdout-2", { precision: 0.95, recall: 0.95, bandAgreement: 0.8, targetAgreement: 0.75 }],
    // Measured blind and deliberately not tuned on: the honest figure for unseen mail.
    // Band 0.61 → 0.67 (band floors fitted without it) → 0.72 (parts learnt from holdouts 5–7).
    // Recall 0.75 → 0.88 with the learned model, which is not trained on it. Target 0.81 → 0.90
    // when names were told from places by word lists (src/intros/person-names.ts). Recall 0.92 when
    // the model was retrained with holdouts 9–11.
    ["holdout-3", { precision: 0.95, recall: 0.85, bandAgreement: 0.65, targetAgreement: 0.85 }],
    // Real-mail styles (Lotus Notes, Outlook quoting, terse, on behalf of others, asks in the
    // subject), written blind; first measured at precision 0.917, recall 0.50, band 0.455, target
    // 0.364, then the rules improved on it (subject asks, resumes passed on) and the band floors
    // fitted: 0.955, 0.955, 0.62, 0.43; after holdout-5 and 6's rounds 0.955, 0.955, 0.67, 0.52.
    // Offices and titles before names read (2026-12): 0.957, 1.00, 0.73, 0.59.
    ["holdout-4", { precision: 0.9, recall: 0.9, bandAgreement: 0.65, targetAgreement: 0.5 }],
    // Early-2000s business mail and guide-style asks, written blind; first measured at precision
    // 0.905, recall 0.528, band 0.684, target 0.474, then the rules learnt the asks it showed
    // (meetings arranged with a named person, "have her give me a call", "mention my name",
    // "any names come to mind?") and where a target works: 1.00, 1.00, 0.92, 0.50.
    ["holdout-5", { precision: 0.95, recall: 0.95, bandAgreement: 0.9, targetAgreement: 0.55 }],
    // The same brief, another writer, measured blind after holdout-5's round: precision 0.958,
    // recall 0.676, band 0.913, target 0.565; then improved on ("get us 20 min w/ Tom Greer",
    // "u know anybody at…?", an "ASKS" list item, "Contact at Westrock?"): 1.00, 1.00, 0.94, 0.53.
    ["holdout-6", { precision: 0.95, recall: 0.95, bandAgreement: 0.9, targetAgreement: 0.5 }],
    // Written blind with no two asks worded alike: measured at precision 0.909, recall 0.294,
    // band 0.80 (of 10 found), target 0.70, the figure that showed the phrase lists do not
    // generalise; then the broad stage (src/intros/favour-cues.ts) and its parts: 1.00, 0.97, 0.82, 0.61.
    // Names told from places: 0.85 band, 0.64 target.
    ["holdout-7", { precision: 0.95, recall: 0.95, bandAgreement: 0.8, targetAgreement: 0.6 }],
    // The same brief as holdout-7, measured blind after the broad stage: precision 0.833, recall
    // 0.357, band 0.60, target 0.30; then its families learnt (the forwardable note passed on, "a
    // note from you to Ellen", "you don't happen to know anybody…?"): 0.96, 0.86, 0.54, 0.38.
    // Names told from places: target 0.44.
    ["holdout-8", { precision: 0.9, recall: 0.8, bandAgreement: 0.5, targetAgreement: 0.4 }],
    // Written blind to a new brief (corporate mail of 1998–2003 and modern mail, no two asks
    // alike), measured once: precision 0.905, recall 0.559, band 0.737, target 0.368; then the
    // model's evidence check learnt the words its misses used, its threshold 0.8 → 0.5: 0.931, 0.794, 0.74, 0.37.
    // Offices and titles before names read: band 0.78, target 0.48; its asks in other words: band 0.85.
    // Its families learnt: 0.943, 0.971, 0.79, 0.42.
    ["holdout-9", { precision: 0.9, recall: 0.9, bandAgreement: 0.75, targetAgreement: 0.4 }],
    // Written blind after holdout-9's round, in three voices; measured once: precision 0.957,
    // recall 0.786, band 0.909, target 0.455.
    // Then its families learnt: 1.00, 0.964, 0.85, 0.44.
    ["holdout-10", { precision: 0.95, recall: 0.9, bandAgreement: 0.8, targetAgreement: 0.4 }],
    // Written blind after holdout-10's round, thirteen settings; measured once: precision 1.00,
    // recall 0.615, band 0.563, target 0.375.
    // Then its families and parts learnt: 1.00, 0.962, 0.76, 0.40.
    ["holdout-11", { precision: 0.95, recall: 0.9, bandAgreement: 0.7, targetAgreement: 0.3 }],
    // Written blind after holdout-11's round, weighted to ordinary working mail; measured once:
    // precision 1.00, recall 0.682, band 0.867, target 0.60.
    // Then its families learnt: 1.00, 0.955, 0.857, 0.476.
    ["holdout-12", { precision: 0.95, recall: 0.9, bandAgreement: 0.8, targetAgreement: 0.45 }],
    // Written blind after holdout-12's round and the model's retraining: five inboxes over a
    // month; measured once: precision 0.933, recall 0.56, band 0.714, target 0.357.
    // Then its families learnt: 0.96, 0.96, 0.75, 0.38.
    ["holdout-13", { precision: 0.9, recall: 0.9, bandAgreement: 0.7, targetAgreement: 0.3 }],
    // Written blind after holdout-12's round (trades, public service, second-language writers);
    // measured at the session's start: precision 0.864, recall 0.76, band 0.737, target 0.474;
    // after holdout-13's round: 0.875, 0.84, 0.714, 0.429. Then its families learnt.
    ["holdout-14", { precision: 0.9, recall: 0.9, bandAgreement: 0.7, targetAgreement: 0.4 }],
    // Written beside holdout-14 (a 1999–2003 energy company's inbox and a 2020s studio's);
    // measured at the session's start and after holdout-13's round alike: precision 0.95,
    // recall 0.76, band 0.842, target 0.474. Then its families learnt.
    ["holdout-15", { precision: 0.9, recall: 0.9, bandAgreement: 0.7, targetAgreement: 0.35 }],
    // Written blind after holdouts 13–15's rounds (a physician's, an editor's, a broker's and a
    // musician's inboxes); measured once: precision 0.857, recall 0.72, band 0.722, target 0.111.
    // Then its families learnt: 1.00, 1.00, 0.72, 0.08 (its organisations are said in ways the
    // target reading does not know). Band 0.68 since session 15: "North St" is no longer taken
    // for a person, so one request loses the named target it had by mistake.
    ["holdout-16", { precision: 0.95, recall: 0.95, bandAgreement: 0.65, targetAgreement: 0.05 }],
    // Written blind after holdouts 13–15's rounds (a sheriff's liaison's, a restaurateur's, a
    // venture partner's and a retired pilot's inboxes); measured at the session's start: 0.933,
    // 0.56, 0.929, 0.143; after those rounds: 0.944, 0.68, 1.00, 0.294; after holdout-16's
    // round the same. Then its families learnt (session 13, while holdouts 18 and 19 were being
    // written blind): 1.00, 1.00, 0.92, 0.32.
    ["holdout-17", { precision: 0.95, recall: 0.95, bandAgreement: 0.85, targetAgreement: 0.3 }],
    // Written blind while holdout-17 was learnt (1998–2006 corporate mail: a pipeline's regulatory
    // VP, a law firm's managing partner, a university's gifts director, a regional banker);
    // measured once: precision 0.944, recall 0.68, band 0.824, target 0.353. Then its families
    // learnt: 1.00, 1.00, 0.88, 0.32.
    ["holdout-18", { precision: 0.95, recall: 0.95, bandAgreement: 0.85, targetAgreement: 0.3 }],
    // Written beside holdout-18 (modern mail: phone-typed, non-native, rambling; a head of nursing,
    // an open-source maintainer, a councilmember, a film producer); measured once: 0.824, 0.56,
    // 0.429, 0.286; with the model retrained on holdouts 12–16, still unseen: 0.842, 0.64, 0.438, 0.313.
    // Then its families learnt (with holdout-18's): 1.00, 1.00, 0.52, 0.32.
    ["holdout-19", { precision: 0.95, recall: 0.95, bandAgreement: 0.5, targetAgreement: 0.3 }],
    // Written blind after the rounds on holdouts 17–19 (an extension agent's, a union agent's, a
    // surgeon-coach's and a bookseller's inboxes, 1997–2026); measured once: 0.882, 0.60, 0.60, 0.333
    // (0.938 with the model retrained on holdouts 17–19). Then its families learnt: 1.00, 1.00, 0.72, 0.28.
    ["holdout-20", { precision: 0.95, recall: 0.95, bandAgreement: 0.7, targetAgreement: 0.25 }],
    // Written blind after the rounds on holdouts 17–20 (a bee inspector's, a fight director's, a
    // stenographer's and a sexton's inboxes, 1996–2026); measured once: 1.00, 0.40, 0.70, 0.40.
    // With the two-sentence ask (chosen with its counts in view): 1.00, 0.48, 0.75, 0.50; with the
    // model retrained on the text the pasted-letter fix reads: 1.00, 0.44, 0.73, 0.45. Left
    // untuned as the next baseline: the floor only guards against a fall. With the confident
    // model's evidence (session 14, chosen with its counts and holdout-22's in view): 1.00, 0.52,
    // 0.69, 0.385 (the two requests found more disagree on band or target).
    // Then its families learnt (session 14): 1.00, 0.80, 0.65, 0.50.
    ["holdout-21", { precision: 0.95, recall: 0.75, bandAgreement: 0.6, targetAgreement: 0.45 }],
    // Written blind beside holdout-21 (a bookseller's, an extension agent's, a violin maker's and
    // a search-and-rescue chief's inboxes, 1998–2026); measured once: 0.905, 0.76, 0.737, 0.368
    // (without the two-sentence ask: 0.941, 0.64, 0.813, 0.438). Left untuned. With the confident
    // model's evidence (session 14): 0.909, 0.80, 0.70, 0.35.
    // Then its families learnt: 1.00, 0.96, 0.79, 0.42.
    ["holdout-22", { precision: 0.95, recall: 0.95, bandAgreement: 0.75, targetAgreement: 0.4 }],
    // Written blind in session 14 (a hospital supply-chain director's, a wine distributor's, a
    // grants officer's and a documentary producer's inboxes, 1999–2023); measured once: 1.00,
    // 0.84, 0.905, 0.476 (0.80 without the confident model's evidence).
    // Then its families learnt: 1.00, 1.00, 0.92, 0.56.
    ["holdout-23", { precision: 0.95, recall: 0.95, bandAgreement: 0.85, targetAgreement: 0.5 }],
    // Written blind beside holdout-23 (a harbour pilot's, a parks planner's, a founder-angel's and
    // a choir director's inboxes, 1997–2025; very short asks); measured once: 0.929, 0.52, 0.615,
    // 0.538 (0.48 without the confident model's evidence).
    // Then its families learnt: 1.00, 1.00, 0.60, 0.64.
    ["holdout-24", { precision: 0.95, recall: 0.95, bandAgreement: 0.55, targetAgreement: 0.6 }],
    // Written blind after the round on holdouts 21–24 (an estate lawyer's, a food-bank director's,
    // a robotics coach's and a retired diplomat's inboxes, 1998–2026); measured once: 0.955, 0.84,
    // 0.81, 0.524 — the same as at the session's start, and with the model retrained on every set
    // 0.913, 0.84 (so the retrained model was not kept). Then its families learnt: 1.00, 1.00,
    // 0.80, 0.56.
    ["holdout-25", { precision: 0.95, recall: 0.95, bandAgreement: 0.75, targetAgreement: 0.5 }],
    // Written blind beside holdout-25 (a vet's, a translator's, a tackle importer's and a council
    // chief of staff's inboxes, 1998–2025); measured once after the same round: 0.833, 0.80,
    // 0.75, 0.40 (at the session's start 0.864, 0.76, 0.737, 0.368). Then its families learnt:
    // 1.00, 0.88, 0.77, 0.41.
    ["holdout-26", { precision: 0.95, recall: 0.85, bandAgreement: 0.7, targetAgreement: 0.35 }],
    // Written blind after the rounds on holdouts 21–26 (a fisherman's, a hospital chaplain's, a
    // chip salesman's and a library director's inboxes, 1999–2026); measured once: 0.864, 0.76,
    // 0.632, 0.211, exactly the figures of the session's starting code. Left untuned as a
    // baseline; its families learnt in session 15: 0.885, 0.92, 0.609, 0.217.
    ["holdout-27", { precision: 0.85, recall: 0.9, bandAgreement: 0.6, targetAgreement: 0.2 }],
    // Written blind beside holdout-27 (a flight-school owner's, a legislator's district office's, a
    // textile designer's and a retired principal's inboxes, 1998–2026; four asks with no question
    // mark); measured once: 0.889, 0.64, 0.688, 0.25 (at the session's start 0.938, 0.60, 0.733,
    // 0.267). Left untuned as a baseline; its families learnt in session 15: 0.923, 0.96, 0.667,
    // 0.25.
    ["holdout-28", { precision: 0.9, recall: 0.95, bandAgreement: 0.65, targetAgreement: 0.2 }],
    // Written blind in session 15 (a hospital buyer's, a jazz-club owner's, a crop-insurance
    // agent's and a tech-transfer officer's inboxes, 1999–2025); measured once: 0.952, 0.80,
    // 0.80, 0.55, the same with the session's starting code. Then its families learnt: 0.96,
    // 0.96, 0.75, 0.542.
    ["holdout-29", { precision: 0.95, recall: 0.95, bandAgreement: 0.7, targetAgreement: 0.5 }],
    // Written blind beside holdout-29 (a Rotterdam ship broker's, a wedding photographer's, a
    // district aide's and a biotech investor's inboxes, 2001–2026); measured once: 0.875, 0.84,
    // 0.857, 0.571, the same with the session's starting code. Then its families learnt: 1.00,
    // 0.96, 0.833, 0.542.
    ["holdout-30", { precision: 0.95, recall: 0.95, bandAgreement: 0.8, targetAgreement: 0.5 }],
    // Written blind after the round on holdouts 27–30 (a property manager's, a youth-football
    // secretary's, an immigration paralegal's and a podcast producer's inboxes, 2000–2026);
    // measured once: 1.00, 0.88, 0.727, 0.409, the same with the session's starting code. Then
    // its families learnt: 1.00, 0.96, 0.75, 0.458.
    ["holdout-31", { precision: 0.95, recall: 0.95, bandAgreement: 0.7, targetAgreement: 0.4 }],
    // Written blind beside holdout-31 (a landman's, a hospice volunteer coordinator's, a head
    // chef's and a marine-biology supervisor's inboxes, 1998–2025); measured once after the round
    // on holdout-31: 1.00, 0.88, 0.727, 0.682, the same with the session's starting code. Left
    // untuned, then learnt in session 16 (its three misses asked only in a subject over a note of
    // a few words): 1.00, 1.00, 0.76, 0.68.
    ["holdout-32", { precision: 0.95, recall: 0.95, bandAgreement: 0.7, targetAgreement: 0.6 }],
    // Written blind in session 16, four at once (a freight forwarder's, a choir director's, a
    // dentist's and a game producer's; an extension agent's, a public defender's, a yoga studio's
    // and a climate investor's; a bond trader's, a robotics coach's, a vet clinic's and a library
    // maintainer's; a container salesman's, a theatre director's, an estate agent's and a nurse
    // manager's inboxes, 1999–2026); each measured once before it was read (precision, recall,
    // band): 0.952 / 0.80 / 0.75, 0.833 / 0.80 / 0.85, 0.917 / 0.88 / 0.864, 0.955 / 0.84 / 0.905.
    // Then their families learnt (holdout-34 keeps a reply over a Lotus Notes quote, whose history
    // reads as new text: see docs/decisions.md).
    ["holdout-33", { precision: 0.95, recall: 0.95, bandAgreement: 0.7, targetAgreement: 0.55 }],
    ["holdout-34", { precision: 0.85, recall: 0.9, bandAgreement: 0.8, targetAgreement: 0.35 }],
    ["holdout-35", { precision: 0.95, recall: 0.95, bandAgreement: 0.8, targetAgreement: 0.5 }],
    ["holdout-36", { precision: 0.95, recall: 0.95, bandAgreement: 0.75, targetAgreement: 0.3 }],
    // Written blind later in session 16, four at once, after the round on holdouts 33–36 (a hotel
    // sales manager's, a youth-orchestra conductor's, a brewer's and a research coordinator's; a
    // grain merchant's, a principal's, a tattoo studio's and a compliance lead's; a claims
    // adjuster's, a priest's, a bike shop's and a careers adviser's; an estimator's, an editor's,
    // a trainer's and a partnerships head's inboxes, 1998–2026); measured once before reading:
    // 0.885 / 0.92 / 0.87, 0.913 / 0.84 / 0.81, 0.909 / 0.80 / 0.90, 0.955 / 0.84 / 0.857. Then
    // their families learnt.
    ["holdout-37", { precision: 0.95, recall: 0.95, bandAgreement: 0.85, targetAgreement: 0.45 }],
    ["holdout-38", { precision: 0.9, recall: 0.95, bandAgreement: 0.75, targetAgreement: 0.7 }],
    ["holdout-39", { precision: 0.9, recall: 0.95, bandAgreement: 0.85, targetAgreement: 0.5 }],
    ["holdout-40", { precision: 0.95, recall: 0.95, bandAgreement: 0.85, targetAgreement: 0.45 }],
    // Written blind at the end of session 16, four at once (a steel sales rep's, a Little League
    // commissioner's, a florist's and a pharmacy district manager's; a utility regulatory
    // manager's, a college dean's, a dog groomer's and a chief of staff's; a port agent's, a
    // food co-op's, a caterer's and a city IT director's; a paper-mill treasurer's, a rural GP's,
    // a music teacher's and a grants manager's inboxes, 1998–2026); measured once with the
    // session's final code: 0.955 / 0.84 / 0.714, 0.857 / 0.72 / 0.944, 0.944 / 0.68 / 0.824,
    // 0.923 / 0.96 / 0.833 (starting code: 0.913 / 0.84 / 0.667, the same, 0.941 / 0.64 / 0.75,
    // 0.92 / 0.92 / 0.783). Left unread as the next session's baselines, then learnt from in
    // session 17: 0.96 / 0.96 / 0.75, 0.917 / 0.88 / 0.864, 1.00 / 0.88 / 0.773, 0.96 / 0.96 / 0.833
    // (the bands of 42–43 lower than before as requests with fewer signals were found; target 0.583
    // on holdout-41 for the same reason).
    ["holdout-41", { precision: 0.95, recall: 0.95, bandAgreement: 0.7, targetAgreement: 0.55 }],
    ["holdout-42", { precision: 0.9, recall: 0.85, bandAgreement: 0.85, targetAgreement: 0.4 }],
    ["holdout-43", { precision: 0.95, recall: 0.85, bandAgreement: 0.75, targetAgreement: 0.5 }],
    ["holdout-44", { precision: 0.95, recall: 0.95, bandAgreement: 0.8, targetAgreement: 0.5 }],
    // Written blind in session 17 (a timber merchant's, a parish clerk's, a physio's and a fintech
    // devrel lead's; a landman's, a community radio manager's, a bookseller's and a hospital
    // buyer's; an air-cargo seller's, a law librarian's, a baker's and a venture studio's; a power
    // scheduler's, a curator's, a landscape architect's and a school HR director's inboxes), each
    // message labelled with its inbox owner's address. Measured once after the round on holdouts
    // 41–44, before being read: 0.913 / 0.84 / 0.905, 0.952 / 0.80 / 0.70, 0.846 / 0.88 / 0.818,
    // 1.00 / 0.96 / 0.833 (0.96 precision without the owner's address: a request to someone
    // else, the owner only copied), the same detections as the session's starting code. Then
    // learnt from: 1.00 / 1.00 / 0.92, 1.00 / 1.00 / 0.68, 0.926 / 1.00 / 0.72, 1.00 / 1.00 / 0.80.
    ["holdout-45", { precision: 0.95, recall: 0.95, bandAgreement: 0.85, targetAgreement: 0.5 }],
    ["holdout-46", { precision: 0.95, recall: 0.95, bandAgreement: 0.65, targetAgreement: 0.6 }],
    ["holdout-47", { precision: 0.9, recall: 0.95, bandAgreement: 0.7, targetAgreement: 0.5 }],
    ["holdout-48", { precision: 0.95, recall: 0.95, bandAgreement: 0.75, targetAgreement: 0.45 }],
    // Written blind in session 17 while holdouts 45–48 were learnt (a chemicals account manager's,
    // a library director's, a salon owner's and a climate policy head's; a rail freight
    // marketer's, an athletic director's, a barber's and a tech-transfer officer's; a pipeline
    // contracts administrator's, a hospice volunteer coordinator's, a food-truck owner's and a
    // security consultancy partner's; a shipbroker's, an editor's, a dance school's and a council
    // aide's inboxes), measured once after the round on 45–48, before being read: 0.885 / 0.92 /
    // 0.739, 0.952 / 0.80 / 0.80, 0.885 / 0.92 / 0.783, 0.96 / 0.96 / 0.875 (the starting code:
    // the same but holdout-50, 0.95 / 0.76 / 0.842). Then learnt from: 0.962 / 1.00 / 0.76,
    // 1.00 / 1.00 / 0.84, 1.00 / 1.00 / 0.76, 1.00 / 1.00 / 0.88.
    ["holdout-49", { precision: 0.95, recall: 0.95, bandAgreement: 0.7, targetAgreement: 0.45 }],
    ["holdout-50", { precision: 0.95, recall: 0.95, bandAgreement: 0.8, targetAgreement: 0.4 }],
    ["holdout-51", { precision: 0.95, recall: 0.95, bandAgreement: 0.7, targetAgreement: 0.35 }],
    // Band 0.88 -> 0.84 in session 18 when h52-031's target became the woman asked about ("would
    // you ask her if she'd talk with Eli?") instead of the grandson: her reason is then read and
    // the score reaches the high floor, where the label says medium.
    ["holdout-52", { precision: 0.95, recall: 0.95, bandAgreement: 0.8, targetAgreement: 0.5 }],
    // Written blind in session 17 in energy-company mail of 1999–2004 beside modern inboxes (a
    // government-affairs director's, a gas rate analyst's, an economist's and a sales head's; a
    // power-and-gas banker's, an energy lawyer's, a commission staffer's and a gifts officer's; a
    // pipeline developer's, a recruiter's, an events director's and a chief of staff's; a weather
    // trader's, a president's assistant's, a policy fellow's and a workforce dean's inboxes),
    // measured once after the rounds on holdouts 41–52, before being read: 0.957 / 0.88 / 0.818,
    // 0.90 / 0.72 / 0.778, 0.852 / 0.92 / 0.87, 0.905 / 0.76 / 0.842 (the starting code: the same
    // detections). Then learnt from: 0.962 / 1.00 / 0.84, 1.00 / 0.96 / 0.75, 0.962 / 1.00 / 0.84,
    // 0.96 / 0.96 / 0.833.
    ["holdout-53", { precision: 0.95, recall: 0.95, bandAgreement: 0.8, targetAgreement: 0.25 }],
    ["holdout-54", { precision: 0.95, recall: 0.95, bandAgreement: 0.7, targetAgreement: 0.2 }],
    ["holdout-55", { precision: 0.95, recall: 0.95, bandAgreement: 0.8, targetAgreement: 0.5 }],
    ["holdout-56", { precision: 0.95, recall: 0.95, bandAgreement: 0.8, targetAgreement: 0.4 }],
    // Written blind in session 17 beside holdout-57 (left unread), in the same energy-company brief
    // (a gas scheduler's, an IT project manager's, a career-services director's and an operating
    // partner's; a power trader's, a communications manager's, a legislative aide's and a winery
    // exporter's; a risk analyst's, an HR generalist's, an engineering chair's and a water
    // utility manager's inboxes), measured once after the rounds on holdouts 41–56, before being
    // read: 0.947 / 0.72 / 0.667, 0.957 / 0.88 / 0.818, 0.955 / 0.84 / 0.905 (the starting code:
    // the same but holdout-59, 0.955 / 0.84 / 0.81). Then learnt from: 0.962 / 1.00 / 0.76,
    // 1.00 / 1.00 / 0.76, 0.962 / 1.00 / 0.84.
    // Holdout-57, written beside them, measured after the rounds on 41–56 and with the final code
    // (0.885 / 0.92 / 0.783 both times), is left unread as the next session's baseline.
    ["holdout-57", { precision: 0.85, recall: 0.9, bandAgreement: 0.75, targetAgreement: 0.55 }],
    ["holdout-58", { precision: 0.95, recall: 0.95, bandAgreement: 0.7, targetAgreement: 0.5 }],
    ["holdout-59", { precision: 0.95, recall: 0.95, bandAgreement: 0.7, targetAgreement: 0.4 }],
    ["holdout-60", { precision: 0.95, recall: 0.95, bandAgreement: 0.8, targetAgreement: 0.2 }],
    // Written blind at the end of session 17 (a credit-risk manager's, a coal-plant engineer's, a
    // hotel manager's and a school trustee's; an energy counsel's, a trade-show organiser's, a
    // vet's and a founder's; an LNG shipping coordinator's, a youth pastor's, a plumber's and an
    // economic-development director's; an origination manager's, an admissions officer's, a yoga
    // studio owner's and a chief nursing officer's inboxes), measured once with the session's
    // final code, **left unread** as the next session's baselines: 0.923 / 0.96 / 0.75, 0.909 /
    // 0.80 / 0.75, 1.00 / 0.84 / 0.905, 0.958 / 0.92 / 0.783 (the starting code: 0.889 / 0.96 /
    // 0.75, 0.905 / 0.76 / 0.789, 1.00 / 0.76 / 0.895, 0.958 / 0.92 / 0.826).
    ["holdout-61", { precision: 0.9, recall: 0.95, bandAgreement: 0.7, targetAgreement: 0.25 }],
    ["holdout-62", { precision: 0.9, recall: 0.8, bandAgreement: 0.7, targetAgreement: 0.45 }],
    ["holdout-63", { precision: 0.95, recall: 0.8, bandAgreement: 0.9, targetAgreement: 0.4 }],
    ["holdout-64", { precision: 0.95, recall: 0.9, bandAgreement: 0.75, targetAgreement: 0.4 }],
    // Written blind at the start of session 34 (a freight forwarder's, an extension agent's, a
    // documentary producer's and a library director's; a law partner's, a pastor's, a restaurant
    // owner's and a life-sciences investor's inboxes), each measured on arrival with the starting
    // code and with the session's band and target changes alike: 0.957 / 0.88 / 0.727 / 0.545 and
    // 0.909 / 0.80 / 0.90 / 0.45. Then learnt (the asks for a kind of person, first names at a
    // place in lower case, a forwarded "could Marisol ask Celeste to give me 20 minutes?", and
    // their false alarms): 1.00 / 0.96 / 0.83 / 0.63 and 1.00 / 0.96 / 0.92 / 0.50.
    ["holdout-65", { precision: 0.95, recall: 0.95, bandAgreement: 0.75, targetAgreement: 0.55 }],
    ["holdout-66", { precision: 0.95, recall: 0.95, bandAgreement: 0.85, targetAgreement: 0.45 }],
    // Written blind mid-session 34, one world only (an energy company's trader, lawyer,
    // government-affairs director and executive assistant, 1999–2002), measured on arrival with
    // the starting code (0.958 / 0.92 / 0.696 / 0.304) and the session's code of the moment
    // (0.958 / 0.92 / 0.739 / 0.348), then learnt ("grease the skids with Ken Varga", "is there
    // someone at Bayou Crest who… might be willing to speak?", "just forward him this:", a mother's
    // Thanksgiving note): 1.00 / 1.00 / 0.88 / 0.36. Its targets mostly work at the reader's own
    // company, which the message never names.
    ["holdout-67", { precision: 0.95, recall: 0.95, bandAgreement: 0.8, targetAgreement: 0.3 }],
    // Written blind in session 34 after its rounds (modern mail of the kind introduction guides
    // quote; a utility VP's, a public-affairs partner's, a finance professor's and an HR director's
    // inboxes around 2000; a real-estate agent's, an athletics director's, a retired surgeon's and a
    // hardware store owner's everyday mail), measured with the starting code and the final code,
    // **left unread** as the next session's baselines: 0.952 / 0.80 / 0.85 → 0.952 / 0.80 / 0.80;
    // 0.92 / 0.92 / 0.913 → 0.92 / 0.92 / 0.957; 0.958 / 0.92 / 0.783 both times.
    ["holdout-68", { precision: 0.95, recall: 0.8, bandAgreement: 0.8, targetAgreement: 0.45 }],
    ["holdout-69", { precision: 0.9, recall: 0.9, bandAgreement: 0.9, targetAgreement: 0.55 }],
    ["holdout-70", { precision: 0.95, recall: 0.9, bandAgreement: 0.75, targetAgreement: 0.35 }],
  ] as const)("%s", async (name, floor) => {
    const result = await evaluateLabelledFolder(folder(name));
    expect(result.messages).toBeGreaterThanOrEqual(40);
    expect(result.precision ?? 0, result.misses.join("\n")).toBeGreaterThanOrEqual(floor.precision);
    expect(result.recall ?? 0, result.misses.join("\n")).toBeGreaterThanOrEqual(floor.recall);
    expect(result.bandAgreement ?? 0, result.misses.join("\n")).toBeGreaterThanOrEqual(floor.bandAgreement);
    expect(result.targetAgreement ?? 0, result.misses.join("\n")).toBeGreaterThanOrEqual(floor.targetAgreement);
  });
});
