import type { Recommendation } from "../../relationships/index.js";
import type { MailboxBuilder } from "./builder.js";
import { type CastKey, type Person, person, SAM } from "./cast.js";
import { REQUESTS } from "./request-texts.js";

export interface DemoRequest {
  /** The request's file in the mailbox folder (the same for every seed). */
  fileName: string;
  requester: Person;
  target: Person;
  /** The recommendation the mail is built to lead to. */
  recommendation: Recommendation;
  /** The rule of src/relationships/recommend.ts that should decide it. */
  rule: string;
  /** The specificity band the analysis gives the request. */
  band: "low" | "medium" | "high";
  /** Days before `now` the request arrived. */
  daysAgo: number;
  /** Why this request leads there. */
  why: string;
}

export interface RequestSpec extends Omit<DemoRequest, "requester" | "target"> {
  requester: CastKey;
  target: CastKey;
  hour: number;
  subject: string;
  body: string;
  /** Sam's answer, a day later (older requests only). */
  samReply?: { fileName: string; body: string };
}

/** The intro requests in the generated mailbox and the recommendation each is built to lead to. */
export const DEMO_REQUESTS: readonly DemoRequest[] = REQUESTS.map((spec) => ({
  fileName: spec.fileName,
  requester: { name: person(spec.requester).name, email: person(spec.requester).email },
  target: { name: person(spec.target).name, email: person(spec.target).email },
  recommendation: spec.recommendation,
  rule: spec.rule,
  band: spec.band,
  daysAgo: spec.daysAgo,
  why: spec.why,
}));

export function addRequest(builder: MailboxBuilder, spec: RequestSpec): void {
  const requester = person(spec.requester);
  const request = builder.add({
    from: requester,
    to: [SAM],
    subject: spec.subject,
    text: spec.body,
    date: builder.day(spec.daysAgo, spec.hour),
    fileName: spec.fileName,
  });
  if (spec.samReply) {
    const answer = builder.reply(request, SAM, [requester], spec.samReply.body, builder.later(request.date, 3, 20));
    answer.fileName = spec.samReply.fileName;
  }
}
