import type { Prisma } from "../db/index.js";
import type { EmailData, EmailName, RenderedEmail } from "../email/index.js";
import type { SignalId } from "../intros/index.js";
import type { EmailTemplate } from "../requests/index.js";
import type { EmailAddress } from "../outbox/index.js";

/** The state machine's email names, as the templates in templates/ spell them. */
export const TEMPLATE_OF: Readonly<Record<EmailTemplate, EmailName>> = {
  ask_target: "ask-target",
  reminder: "target-reminder",
  introduction: "introduction",
  ask_requester_for_details: "ask-requester-for-details",
  decline_note: "decline-note",
};

/** What a request email is made from: the request, who sends it, and the connector's wording. */
export interface RequestEmailInput {
  request: Prisma.IntroRequestModel;
  connector: EmailAddress & { name: string };
  /** The connector's own words at the top (or a decline's note). */
  note: string | null;
  /** The target's answers, absolute URLs (ask-target, target-reminder). */
  links: { yes: string; no: string; not_now: string; stop: string } | null;
  linksExpireOn: Date | null;
}

/** "who exactly you would like to meet": each missing signal, as the ask for details names it. */
const MISSING_IN_WORDS: Partial<Record<SignalId, string>> = {
  named_target: "who exactly you would like to meet",
  target_org_or_role: "where they work, or their role",
  reason: "why this person in particular",
  concrete_ask: "what exactly you are asking them for (a call, a meeting, some advice)",
  benefit_to_target: "what is in it for them",
  blurb: "a short note about you that I can forward",
};

/** "7 July 2026", in UTC: when the links stop working. */
export function dateInWords(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

export const targetNameOf = (request: Prisma.IntroRequestModel): string =>
  request.targetName ?? request.targetEmail ?? "them";
export const requesterNameOf = (request: Prisma.IntroRequestModel): string =>
  request.requesterName ?? request.requesterEmail;

/** The missing parts of a request, in words, from its stored specificity signals. */
export function missingInWords(request: Prisma.IntroRequestModel): string[] {
  const signals = Array.isArray(request.specificitySignals)
    ? (request.specificitySignals as { id: SignalId; present: boolean }[])
    : [];
  const missing = signals.flatMap((signal) => (signal.present ? [] : [MISSING_IN_WORDS[signal.id] ?? []].flat()));
  return missing.length > 0 ? missing : ["a little more about what you have in mind"];
}

/** "Mary Jones, head of HR at XYZ Corp": how the introduction presents the target to the requester. */
function targetAbout(request: Prisma.IntroRequestModel): string {
  const name = targetNameOf(request);
  if (request.targetRole && request.targetOrganization)
    return `${name} is ${request.targetRole} at ${request.targetOrganization}.`;
  if (request.targetOrganization) return `${name} is at ${request.targetOrganization}.`;
  if (request.targetRole) return `${name} works in ${request.targetRole}.`;
  return `${name} is someone I know well.`;
}

const TEXT_WHEN_MISSING = "(not given)";

/**
 * The requester's own label before a part ("Why him:", "What I'm asking for:"): the email
 * gives each part its own label, so theirs would be said twice.
 */
const LEADING_LABEL =
  /^\s*(?:why\s+(?:him|her|them|you|this\s+person)|what'?s\s+in\s+it\s+for\s+(?:him|her|them|you)|what\s+i'?m\s+asking(?:\s+for)?|(?:the|my)\s+ask|ask|reason|benefit)\s*[:\u2013\u2014-]\s*/i;
export const withoutLabel = (text: string | null): string | null =>
  text === null ? null : text.replace(LEADING_LABEL, "") || text;

/** "Oskar" for "Oskar Lindqvist": a greeting reads warmest with a first name. Other scripts (family name first) keep the whole name. */
export function greetingName(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.length > 1 &&
    /^[\p{Script=Latin}][\p{Script=Latin}'.-]*$/u.test(words[0] ?? "") &&
    !/\.$/.test(words[0] ?? "")
    ? (words[0] ?? name)
    : name;
}

/** The data of one template for one request. */
export function emailDataFor(name: EmailName, input: RequestEmailInput): EmailData[EmailName] {
  const { request, connector, note, links } = input;
  const expires = input.linksExpireOn ? dateInWords(input.linksExpireOn) : "";
  const answers = links
    ? { yesUrl: links.yes, noUrl: links.no, notNowUrl: links.not_now, stopUrl: links.stop, linksExpireOn: expires }
    : null;
  const common = { connectorName: connector.name, requesterName: requesterNameOf(request) };
  switch (name) {
    case "ask-target":
      return {
        ...common,
        ...requireLinks(answers),
        connectorNote: note,
        targetName: greetingName(targetNameOf(request)),
        reason: withoutLabel(request.reason) ?? TEXT_WHEN_MISSING,
        benefit: withoutLabel(request.benefitToTarget),
        blurb: request.blurb,
        ask: withoutLabel(request.ask) ?? TEXT_WHEN_MISSING,
      } satisfies EmailData["ask-target"];
    case "target-reminder":
      return {
        ...common,
        ...requireLinks(answers),
        targetName: greetingName(targetNameOf(request)),
        ask: withoutLabel(request.ask) ?? TEXT_WHEN_MISSING,
      } satisfies EmailData["target-reminder"];
    case "introduction":
      return {
        ...common,
        connectorNote: note,
        targetName: targetNameOf(request),
        requesterAbout: request.blurb ?? `${requesterNameOf(request)} asked me to introduce you.`,
        targetAbout: targetAbout(request),
        why:
          withoutLabel(request.reason) ??
          withoutLabel(request.ask) ??
          `${requesterNameOf(request)} would like to talk with you.`,
      } satisfies EmailData["introduction"];
    case "ask-requester-for-details":
      return {
        ...common,
        connectorNote: note,
        targetName: request.targetName,
        threadSubject: request.subject ?? "Your introduction request",
        missing: missingInWords(request),
      } satisfies EmailData["ask-requester-for-details"];
    case "decline-note":
      return {
        ...common,
        connectorNote: note,
        targetName: request.targetName,
        threadSubject: request.subject ?? "Your introduction request",
      } satisfies EmailData["decline-note"];
    case "review":
      throw new RangeError("the review email is not about one effect of a request");
  }
}

function requireLinks<T>(answers: T | null): T {
  if (answers === null) throw new RangeError("an email to the target needs its answer links");
  return answers;
}

/** A rendered email with the connector's own subject, when they wrote one for an email that starts a thread. */
export function withSubject(rendered: RenderedEmail, subject: string | null | undefined): RenderedEmail {
  const own = subject?.replace(/[\r\n\t]+/g, " ").trim();
  return own ? { ...rendered, subject: own.slice(0, 200) } : rendered;
}
