/**
 * Believable data for every email: for previews (scripts/render-email.ts), the benchmark and
 * the tests. Optional values are filled, so that a preview shows every part, except where
 * leaving one out is the point (a vague request names no target).
 */
import type { EmailData } from "./template-data.js";

const LINK = "https://safeintro.example/links";
const EXPIRY = "14 July 2026";

export const SAMPLE_EMAIL_DATA: { readonly [Name in keyof EmailData]: EmailData[Name] } = {
  "ask-target": {
    connectorName: "Sam Rivera",
    connectorNote: "Hope the move to Lisbon went well! This one made me think of you straight away.",
    targetName: "Ana",
    requesterName: "Priya Natarajan",
    reason: "Priya is building fraud checks for card payments in Brazil, and you ran exactly that at Nubank.",
    benefit: "Her team has a year of chargeback data from Brazilian marketplaces, which she is happy to share.",
    blurb:
      "Hi Ana, I'm Priya, I lead risk at Finch.\nWe're about to launch card payments in Brazil and I'd love to learn how you approached chargeback fraud at Nubank.",
    ask: "20 minutes on a call in the next two weeks, at a time that suits you.",
    yesUrl: `${LINK}/Kx7d2?action=yes`,
    noUrl: `${LINK}/Kx7d2?action=no`,
    notNowUrl: `${LINK}/Kx7d2?action=not_now`,
    stopUrl: `${LINK}/Kx7d2?action=stop`,
    linksExpireOn: EXPIRY,
  },
  "target-reminder": {
    connectorName: "Sam Rivera",
    targetName: "Ana",
    requesterName: "Priya Natarajan",
    ask: "20 minutes on a call in the next two weeks, at a time that suits you.",
    yesUrl: `${LINK}/Qm3r8?action=yes`,
    noUrl: `${LINK}/Qm3r8?action=no`,
    notNowUrl: `${LINK}/Qm3r8?action=not_now`,
    stopUrl: `${LINK}/Qm3r8?action=stop`,
    linksExpireOn: EXPIRY,
  },
  introduction: {
    connectorName: "Sam Rivera",
    connectorNote: "Delighted to connect you two.",
    targetName: "Ana",
    requesterName: "Priya",
    requesterAbout: "Priya leads risk at Finch, which is launching card payments in Brazil.",
    targetAbout: "Ana built the chargeback fraud checks at Nubank and now advises payment start-ups.",
    why: "Priya is about to face the fraud patterns Ana knows best, and Finch's marketplace data could interest Ana's clients.",
  },
  "ask-requester-for-details": {
    connectorName: "Sam Rivera",
    connectorNote: "Good to hear from you, and congratulations on the launch!",
    requesterName: "Tom",
    targetName: null,
    threadSubject: "Quick favour?",
    missing: ["who exactly you would like to meet", "what you would like to ask them", "what is in it for them"],
  },
  "decline-note": {
    connectorName: "Sam Rivera",
    connectorNote: "I've asked Ana for a couple of introductions lately, so I'd rather give her a break.",
    requesterName: "Jordan",
    targetName: "Ana Ruiz",
    threadSubject: "Intro to Ana?",
  },
  review: {
    requesterName: "Priya Natarajan",
    requesterEmail: "priya@finch.example",
    targetName: "Ana Ruiz",
    requestSubject: "Intro to Ana Ruiz at Nubank?",
    recommendation: "Ask the target",
    reasons: [
      "The request names Ana, says why her, and asks for one call.",
      "You and Ana write to each other often: 41 messages over 3 years, both ways.",
      "Nobody else has asked to meet Ana in the last 90 days.",
    ],
    specificityScore: 85,
    requestUrl: "https://safeintro.example/requests/7f0c1e9a",
    askTargetUrl: "https://safeintro.example/requests/7f0c1e9a/act/ask_target",
    askForDetailsUrl: "https://safeintro.example/requests/7f0c1e9a/act/ask_requester_for_details",
    declineUrl: "https://safeintro.example/requests/7f0c1e9a/act/decline",
  },
};
