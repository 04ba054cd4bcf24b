import type { RequestSpec } from "./requests.js";

/**
 * The requests, oldest first. The first two are history: they make Priya Raman a target asked for
 * twice in the last 90 days, so the third request for her is declined. The rest are new, from the
 * last few days, one per recommendation rule.
 */
export const REQUESTS: readonly RequestSpec[] = [
  {
    fileName: "q1-felipe-andrade-asks-for-priya-raman.eml",
    requester: "felipe",
    target: "priya",
    recommendation: "decline",
    rule: "target_fatigue",
    band: "high",
    daysAgo: 41,
    hour: 9,
    why: "an earlier request for Priya Raman: with the other two she was asked three times in 90 days",
    subject: "Intro to Priya Raman at Kestrel Health?",
    body: `Hi Sam,

Would you be willing to introduce me to Priya Raman, CTO at Kestrel Health?

The reason is specific: she led Kestrel's move to FHIR-based patient records, and we're about to do the same migration at Andrade Clinics.

My ask is a 30-minute call in the next few weeks.

She might find it useful as well, since we've built a test suite for FHIR imports that we'd happily give her team.

Only if you think it makes sense, of course.

Thanks,
Felipe`,
    samReply: {
      fileName: "q2-sam-answers-felipe.eml",
      body: `Thanks for the clear note. Priya is swamped this quarter, but I'll ask her and come back to you.`,
    },
  },
  {
    fileName: "q3-kenji-watanabe-asks-for-priya-raman.eml",
    requester: "kenji",
    target: "priya",
    recommendation: "decline",
    rule: "target_fatigue",
    band: "high",
    daysAgo: 17,
    hour: 16,
    why: "an earlier request for Priya Raman: with the other two she was asked three times in 90 days",
    subject: "Priya Raman",
    body: `Hi Sam,

Could you introduce me to Priya Raman at Kestrel Health? Since she built their clinical data platform, she's exactly the person to sanity-check a health-data startup I'm about to back.

An email intro would be perfect; I'd like to ask her a couple of questions about their vendor reviews.

I'm happy to return the favour: Tidepool meets a lot of health-data engineers she may want to hire.

No worries if the timing is bad.

Kenji`,
    samReply: {
      fileName: "q4-sam-answers-kenji.eml",
      body: `Good to hear from you. Let me check with Priya first; I'll let you know either way.`,
    },
  },
  {
    fileName: "r1-bartosz-wisniewski-asks-for-anna-petrova.eml",
    requester: "bartosz",
    target: "anna",
    recommendation: "decline",
    rule: "weak_requester_tie",
    band: "high",
    daysAgo: 5,
    hour: 10,
    why: "a specific request for a close contact, from someone who sent Sam one cold pitch eleven months ago",
    subject: "Introduction to Анна Петрова?",
    body: `Dear Sam,

I hope you don't mind me writing again. Could you introduce me to Анна Петрова, Head of Data at Severny Labs?

The reason: she built Severny's demand forecasting platform, which is exactly the problem my team is working on at Wiśniewski Analytics.

My ask is a 20-minute video call at her convenience.

She might find it valuable too: we have benchmark results for her open-source forecasting library that I'd be glad to share with her.

Here's a short blurb you can forward:

Bartosz Wiśniewski runs Wiśniewski Analytics, a forecasting consultancy in Warsaw. He would value 20 minutes of Anna's view on demand forecasting at scale, and can share benchmark results for her forecasting library.

No pressure at all if you'd rather not.

Best regards,
Bartosz Wiśniewski`,
  },
  {
    fileName: "r2-jose-nunez-asks-for-ingrid-solberg.eml",
    requester: "jose",
    target: "ingrid",
    recommendation: "decline",
    rule: "weak_target_tie",
    band: "high",
    daysAgo: 4,
    hour: 8,
    why: "a specific request from a close friend, for someone Sam has one fifteen-month-old message from",
    subject: "Intro to Ingrid Solberg (Polaris AI)?",
    body: `Hola Sam,

Could you introduce me to Ingrid Solberg, the founder of Polaris AI?

The reason: she built the berth-planning models the Nordic ports use, and that's exactly the problem Altamar has with container scheduling in Valencia.

My ask is a 30-minute call next week or the one after.

She'd probably find it interesting, since we have three years of port data she could use to test her models.

Here's a short blurb you can forward:

José Núñez founded Altamar Logistics, which runs container scheduling for the port of Valencia. He would value half an hour of Ingrid's view on berth planning, and can offer three years of port data to test Polaris models against.

No worries if you don't know her well enough to ask.

Un abrazo,
José`,
  },
  {
    fileName: "r3-ruth-adebayo-asks-for-priya-raman.eml",
    requester: "ruth",
    target: "priya",
    recommendation: "decline",
    rule: "target_fatigue",
    band: "high",
    daysAgo: 3,
    hour: 9,
    why: "a good request, but Priya Raman was asked for twice in the last 60 days (Felipe, Kenji)",
    subject: "Could you introduce me to Priya Raman?",
    body: `Hi Sam,

Could you introduce me to Priya Raman, CTO at Kestrel Health?

The reason: she ran the security review when Kestrel connected to the regional hospital networks, and Brightwell now has to pass the same review for our grid-monitoring data.

My ask is a 20-minute call sometime next week.

She'd probably find it interesting too, since our outage data could help her team plan for power cuts at the clinics.

Here's a short blurb you can forward:

Ruth Adebayo is COO of Brightwell Energy, which monitors the power supply of hospitals and clinics. She would value 20 minutes of Priya's experience with hospital-network security reviews, and can share Brightwell's outage data in return.

No pressure if she's not interested.

Ruth`,
  },
  {
    fileName: "r4-kenji-watanabe-asks-for-ruth-adebayo.eml",
    requester: "kenji",
    target: "ruth",
    recommendation: "suggest_call",
    rule: "strong_ties_vague_request",
    band: "low",
    daysAgo: 3,
    hour: 17,
    why: "a vague request (pick her brain) between two people Sam knows well",
    subject: "Ruth Adebayo",
    body: `Hey Sam,

Could you connect me with Ruth Adebayo sometime? Would love to pick her brain sometime.

Kenji`,
  },
  {
    fileName: "r5-omar-haddad-asks-for-chloe-martin.eml",
    requester: "omar",
    target: "chloe",
    recommendation: "suggest_call",
    rule: "karma_unbalanced",
    band: "high",
    daysAgo: 2,
    hour: 11,
    why: "a specific request, but Sam has made three introductions for Omar and he none for Sam",
    subject: "Intro to Chloé Martin?",
    body: `Hi Sam,

Could you introduce me to Chloé Martin, design director at Atelier Martin?

The reason: she redesigned the Marseille port authority's booking app, and Haddad Freight needs the same for our customer portal.

My ask is a 30-minute call next week.

She might be interested in the project itself: it's a paid engagement with a real budget.

Here's a short blurb you can forward:

Omar Haddad runs Haddad Freight, a forwarding company in Marseille and Valencia. He is looking for a design studio to rebuild its customer booking portal, a paid project starting in the spring, and would value 30 minutes with Chloé.

Only if you think it makes sense.

Omar`,
  },
  {
    fileName: "r6-felipe-andrade-asks-for-jose-nunez.eml",
    requester: "felipe",
    target: "jose",
    recommendation: "ask_requester_for_details",
    rule: "missing_details",
    band: "medium",
    daysAgo: 2,
    hour: 15,
    why: "a named target and a concrete ask, but no reason and no blurb",
    subject: "José Núñez",
    body: `Hi Sam,

Could you introduce me to José Núñez at Altamar Logistics? An email intro would be great.

No worries if not.

Felipe`,
  },
  {
    fileName: "r7-maya-goldberg-asks-for-lena-fischer.eml",
    requester: "maya",
    target: "lena",
    recommendation: "ask_target",
    rule: "ready_for_target",
    band: "high",
    daysAgo: 1,
    hour: 9,
    why: "a specific request from a close colleague for a close contact",
    subject: "Intro to Lena Fischer (Fjordbank)?",
    body: `Hi Sam,

Could you introduce me to Lena Fischer, Head of Fraud Operations at Fjordbank?

The reason: she built Fjordbank's real-time fraud review team from scratch, and that is exactly the problem we're stuck on at Lumen Labs as we bring card disputes in-house.

My ask is a 20-minute call next week, at whatever time suits her.

I think she'd find it worthwhile too: we've anonymised two years of dispute data that she could use to benchmark her team, and I'm happy to share it with her either way.

Here's a short blurb you can forward:

Maya Goldberg is head of product at Lumen Labs, which builds dispute tooling for card issuers. She would value 20 minutes of Lena's view on running real-time fraud review, and will share Lumen's anonymised dispute benchmarks in return.

No pressure if she's not interested.

Thanks!
Maya`,
  },
];
