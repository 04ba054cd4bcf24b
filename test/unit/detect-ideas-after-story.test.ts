import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Someone the writer is trying to reach, the story told at length, and only then the reader's
 * ideas asked for (a form from real Enron mail, session 21, in new words). Not a task or a
 * deadline sought, and not ideas asked about something else with no one sought.
 */
describe("detectIntroRequest: the reader's ideas asked for after a long story about reaching someone", () => {
  const story = [
    "We met once at a conference years ago.",
    "Since then her office has taken over the permits.",
    "Our application has sat there since June.",
    "Nobody answers the main line.",
    "The deadline is the end of the month.",
  ].join(" ");
  const requests = [
    `I'm trying to reach Paula Stein at the water board. ${story} Have you any ideas?`,
    `We have been trying to get in touch with the head of permits at the county. ${story} Any thoughts?`,
    `I'm trying to reach Tomas at his new job. ${story} Have you any hot ideas?`,
    `i am trying to reach Dr. Amsel about the trial. ${story} Do you have any suggestions?`,
  ];
  const nearMisses = [
    `We're trying to meet the deadline for the filing. ${story} Any thoughts?`,
    `We are looking to reach a decision by Friday. ${story} Have you any ideas?`,
    `I'm trying to reach Paula Stein at the water board. ${story} I will call again on Monday.`,
    `The permits are late again. ${story} Have you any ideas?`,
  ];
  itTellsRequestsFromNearMisses(requests, nearMisses);
});
