/**
 * What each email needs: one schema per template, checked before every render, and the
 * TypeScript type of its data (the schema's input). Text from users or mail is cleaned here
 * (user-text.ts); the templates escape it for HTML. A required value that is missing, or
 * empty once cleaned, is an error, never an empty field in a sent email.
 */
import { z } from "zod";
import { cleanLine, cleanText } from "./user-text.js";

const text = () => z.string({ error: (issue) => (issue.input === undefined ? "is missing" : "must be text") });

/** One line of text, required: a name, an address, a subject, a date in words. */
const requiredLine = () => text().transform(cleanLine).pipe(z.string().min(1, "is empty"));
/** Text that may span lines, required: a reason, an ask. */
const requiredText = () => text().transform(cleanText).pipe(z.string().min(1, "is empty"));
/** May be left out, null or empty: then the template leaves out what goes with it. */
const optionalLine = () =>
  text()
    .nullish()
    .transform((value) => (value == null ? null : cleanLine(value) || null));
const optionalText = () =>
  text()
    .nullish()
    .transform((value) => (value == null ? null : cleanText(value) || null));

/** A link in an email: http or https only (never javascript: or data:), normalised by the URL parser. */
const link = () =>
  text().transform((value, context) => {
    const url = URL.parse(value.trim());
    if (url && (url.protocol === "https:" || url.protocol === "http:")) return url.href;
    context.addIssue({ code: "custom", message: "must be an http or https URL" });
    return z.NEVER;
  });

/** Who signs: the connector, whose Gmail sends the email. */
const connectorName = () => requiredLine();
/** "7 July 2026": when the single-use links stop working, in the reader's words. */
const linksExpireOn = () => requiredLine();

/** The four answers offered to the target, each a single-use link to a confirmation page. */
const targetAnswers = {
  yesUrl: link(),
  noUrl: link(),
  notNowUrl: link(),
  /** "Please don't send me requests". */
  stopUrl: link(),
  linksExpireOn: linksExpireOn(),
};

export const EMAIL_SCHEMAS = {
  /** To the target, before anything else: would they like the introduction? */
  "ask-target": z.object({
    connectorName: connectorName(),
    /** A personal line from the connector, shown first. */
    connectorNote: optionalText(),
    /** As the greeting uses it ("Hi Ana,"): a first name reads warmest. */
    targetName: requiredLine(),
    requesterName: requiredLine(),
    /** Why the requester wants to meet this target. */
    reason: requiredText(),
    /** What is in it for the target. */
    benefit: optionalText(),
    /** The requester's forwardable blurb, quoted as they wrote it. */
    blurb: optionalText(),
    /** The concrete ask ("20 minutes on a call about …"). */
    ask: requiredText(),
    ...targetAnswers,
  }),
  /** The one reminder to a target who has not answered, in the ask's thread. */
  "target-reminder": z.object({
    connectorName: connectorName(),
    targetName: requiredLine(),
    /** The same name as in the ask: the subject ("Re: …") must match it for Gmail to thread. */
    requesterName: requiredLine(),
    ask: requiredText(),
    ...targetAnswers,
  }),
  /** To the target and the requester together, once the target said yes. */
  introduction: z.object({
    connectorName: connectorName(),
    connectorNote: optionalText(),
    targetName: requiredLine(),
    requesterName: requiredLine(),
    /** A line on the requester, for the target ("Priya runs growth at Finch."). */
    requesterAbout: requiredText(),
    /** A line on the target, for the requester. */
    targetAbout: requiredText(),
    /** Why the two should talk. */
    why: requiredText(),
  }),
  /** A reply in the requester's thread: what is missing, and a blurb to fill in. */
  "ask-requester-for-details": z.object({
    connectorName: connectorName(),
    connectorNote: optionalText(),
    requesterName: requiredLine(),
    /** Left out when the request names no one (then "[their name]" in the scaffold). */
    targetName: optionalLine(),
    /** The requester's subject: the reply's is "Re: " and it, as Gmail threading needs. */
    threadSubject: requiredLine(),
    /** What is missing, in words ("who exactly you would like to meet"). */
    missing: z.array(requiredLine()).min(1, "needs at least one item"),
  }),
  /** A kind, neutral note to the requester; a reason only if the connector writes one. */
  "decline-note": z.object({
    connectorName: connectorName(),
    /** The connector's own words (a reason, if they wish): the note gives none otherwise. */
    connectorNote: optionalText(),
    requesterName: requiredLine(),
    targetName: optionalLine(),
    threadSubject: requiredLine(),
  }),
  /** To the connector: a request was analysed, and the actions they can take. */
  review: z.object({
    requesterName: requiredLine(),
    requesterEmail: requiredLine(),
    targetName: optionalLine(),
    /** The subject of the requester's email. */
    requestSubject: optionalLine(),
    /** The recommendation in words (RECOMMENDATION_LABELS in src/requests). */
    recommendation: requiredLine(),
    /** The recommendation's reasons in words; the first three are shown. */
    reasons: z.array(requiredText()).transform((reasons) => reasons.slice(0, 3)),
    specificityScore: z.number().int().min(0).max(100),
    /** The request's page, with all its evidence. */
    requestUrl: link(),
    askTargetUrl: link(),
    askForDetailsUrl: link(),
    declineUrl: link(),
    // No linksExpireOn: these links open the connector's own pages, signed in; they never expire.
  }),
} as const;

export type EmailName = keyof typeof EMAIL_SCHEMAS;
export const EMAIL_NAMES = Object.keys(EMAIL_SCHEMAS) as EmailName[];

/** Each email's data, as callers give it. */
export type EmailData = { [Name in EmailName]: z.input<(typeof EMAIL_SCHEMAS)[Name]> };
export type AskTargetEmail = EmailData["ask-target"];
export type TargetReminderEmail = EmailData["target-reminder"];
export type IntroductionEmail = EmailData["introduction"];
export type AskRequesterForDetailsEmail = EmailData["ask-requester-for-details"];
export type DeclineNoteEmail = EmailData["decline-note"];
export type ReviewEmail = EmailData["review"];

/** The data given for an email does not fit its template: every problem, by field. */
export class EmailDataError extends Error {
  constructor(
    readonly template: string,
    readonly problems: string[],
  ) {
    super(`The "${template}" email cannot be rendered: ${problems.join("; ")}`);
    this.name = "EmailDataError";
  }
}

export function isEmailName(value: unknown): value is EmailName {
  return typeof value === "string" && Object.hasOwn(EMAIL_SCHEMAS, value);
}

/** The data, checked and cleaned; throws EmailDataError naming every field at fault. */
export function parseEmailData(name: EmailName, data: unknown): Record<string, unknown> {
  const result = EMAIL_SCHEMAS[name].safeParse(data);
  if (result.success) return result.data;
  throw new EmailDataError(
    name,
    result.error.issues.map((issue) => `${issue.path.join(".") || "the data"} ${issue.message}`),
  );
}
