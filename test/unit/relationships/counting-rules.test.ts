// Who counts and how much: which senders are machines, and how a message's weight shrinks with
// the number of people it went to.
import { describe, expect, it } from "vitest";
import {
  FULL_WEIGHT_RECIPIENTS,
  isAutomatedSender,
  MAX_WEIGHTED_RECIPIENTS,
  recipientWeight,
} from "../../../src/relationships/counting-rules.js";

describe("isAutomatedSender", () => {
  it.each([
    "noreply@github.example",
    "no-reply@accounts.google.com",
    "No_Reply@Example.com",
    "do-not-reply@bank.example",
    "donotreply@bank.example",
    "drive-shares-dm-noreply@google.com",
    "notifications@github.com",
    "notify@service.example",
    "calendar-notification@google.com",
    "MAILER-DAEMON@mx.example.com",
    "postmaster@example.com",
    "bounce@mail.example.com",
    "bounces+12345-abcd@sendgrid.example",
    "alerts@bank.example",
    "newsletter@tallyhub.example",
    "news@tallyhub.example",
    "product-updates@tallyhub.example",
    "digest@medium.example",
    "invitations@linkedin.example",
    "auto-confirm@amazon.example",
    "ne-pas-repondre@impots.example",
    "someone@bounces.google.com",
  ])("%s is a machine", (email) => {
    expect(isAutomatedSender(email)).toBe(true);
  });

  it.each([
    "newsome@example.com",
    "news.anchor@tv.example",
    "notley@example.com",
    "alertson@example.com",
    "digby@example.com",
    "sam@rivera.example",
    "dana.whitcombe@helixworks.example",
    "info@smallbakery.example",
    "hello@founder.example",
  ])("%s is a person", (email) => {
    expect(isAutomatedSender(email)).toBe(false);
  });
});

describe("recipientWeight", () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 1],
    [3, 2 / 3],
    [10, 0.2],
    [20, 0.1],
    [21, 0],
    [25, 0],
  ])("%i counterpart recipients weigh %d each", (n, weight) => {
    expect(recipientWeight(n)).toBeCloseTo(weight, 10);
  });

  it("never grows with more recipients", () => {
    for (let n = 0; n < 40; n += 1) expect(recipientWeight(n + 1)).toBeLessThanOrEqual(recipientWeight(n));
    expect(FULL_WEIGHT_RECIPIENTS).toBe(2);
    expect(MAX_WEIGHTED_RECIPIENTS).toBe(20);
  });
});
