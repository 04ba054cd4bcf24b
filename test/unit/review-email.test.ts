import { beforeAll, describe, expect, it } from "vitest";
import type { AccountStatus } from "../../src/accounts/index.js";
import { createEmailRenderer, type EmailRenderer } from "../../src/email/index.js";
import { statusPage } from "../../src/http/pages.js";
import { reviewEmailData, type ReviewedRequest } from "../../src/optin/index.js";

const ID = "3f2b0c1e-5d6a-4b7c-8d9e-0f1a2b3c4d5e";
const request: ReviewedRequest = {
  id: ID,
  requesterName: "Priya Natarajan",
  requesterEmail: "priya@finch.example",
  targetName: "Ana Ruiz",
  targetEmail: null,
  subject: "Intro to Ana?",
  specificityScore: 85,
};
const judgement = {
  recommendation: "ask_target" as const,
  reasons: [
    { rule: "specific", text: "The request names Ana and asks for one call." },
    { rule: "close", text: "You and Ana write to each other often." },
  ],
};

let renderer: EmailRenderer;
beforeAll(async () => {
  renderer = await createEmailRenderer();
});

describe("the review email's data", () => {
  it("has the recommendation in words, the reasons, and links to the request's page and its three confirm pages", () => {
    expect(reviewEmailData(request, judgement, "https://safeintro.example")).toEqual({
      requesterName: "Priya Natarajan",
      requesterEmail: "priya@finch.example",
      targetName: "Ana Ruiz",
      requestSubject: "Intro to Ana?",
      recommendation: "Ask the target",
      reasons: ["The request names Ana and asks for one call.", "You and Ana write to each other often."],
      specificityScore: 85,
      requestUrl: `https://safeintro.example/requests/${ID}`,
      askTargetUrl: `https://safeintro.example/requests/${ID}/act/ask_target`,
      askForDetailsUrl: `https://safeintro.example/requests/${ID}/act/ask_requester_for_details`,
      declineUrl: `https://safeintro.example/requests/${ID}/act/decline`,
    });
  });

  it("falls back to the addresses for names it lacks, and keeps the score within 0–100", () => {
    const data = reviewEmailData(
      { ...request, requesterName: null, targetName: null, targetEmail: "ana@nubank.example", specificityScore: null },
      { recommendation: "decline", reasons: [{ rule: "empty", text: "  " }] },
      "http://127.0.0.1:3000/",
    );
    expect(data).toMatchObject({
      requesterName: "priya@finch.example",
      targetName: "ana@nubank.example",
      recommendation: "Decline",
      reasons: [],
      specificityScore: 0,
      requestUrl: `http://127.0.0.1:3000/requests/${ID}`,
    });
    expect(
      reviewEmailData({ ...request, specificityScore: 140 }, judgement, "https://x.example").specificityScore,
    ).toBe(100);
  });

  it("renders with the review template, every link in the text and none that expires", () => {
    const email = renderer.render("review", reviewEmailData(request, judgement, "https://safeintro.example"));
    expect(email.subject).toBe("Intro request: Priya Natarajan would like to meet Ana Ruiz");
    expect(email.text).toContain("Suggested: Ask the target\n- The request names Ana");
    expect(email.text).toContain(`Decline: https://safeintro.example/requests/${ID}/act/decline\n`);
    expect(email.text).toContain("you may need to sign in first");
    expect(email.text).not.toMatch(/expire/);
  });
});

describe("the status page's review emails line", () => {
  const status = (account: Partial<NonNullable<AccountStatus["account"]>>): AccountStatus => ({
    connectorEmail: "c@example.com",
    account: {
      email: "c@example.com",
      status: "active",
      statusReason: null,
      lastSyncAt: null,
      lastSyncError: null,
      firstSyncDone: true,
      watchExpiresAt: null,
      messagesSeen: 1,
      introRequestsFound: 0,
      latestRequests: [],
      ...account,
    },
  });

  it("says on or off, what they are, and offers the other with the session's CSRF token", () => {
    const on = statusPage(status({ reviewEmails: true, canSend: true }), "token-1");
    expect(on).toContain('Review emails: <strong id="review-emails-state">on</strong>.');
    expect(on).toContain("An email to yourself for each new request, with its recommendation and links to act.");
    expect(on).toMatch(
      /<form method="post" action="\/settings\/review-emails"><input type="hidden" name="_csrf" value="token-1"><input type="hidden" name="reviewEmails" value="off"><button class="secondary" type="submit">Turn review emails off<\/button><\/form>/,
    );
    expect(on).not.toContain("send-permission");
    const off = statusPage(status({ reviewEmails: false, canSend: true }), "token-1");
    expect(off).toContain('Review emails: <strong id="review-emails-state">off</strong>.');
    expect(off).toContain('name="reviewEmails" value="on"');
    expect(off).toContain("Turn review emails on");
  });

  it("says that they wait for the permission to send, while it is missing", () => {
    const waiting = statusPage(status({ reviewEmails: true, canSend: false }), "t");
    expect(waiting).toContain(
      '<a href="/auth/google/send-permission?next=/">allow SafeIntro to send from your Gmail</a>',
    );
    expect(statusPage(status({ reviewEmails: false, canSend: false }), "t")).not.toContain("send-permission");
  });
});
