import { describe, expect, it } from "vitest";
import {
  answeredPage,
  cleanName,
  confirmPage,
  dayAndMonth,
  LINK_PROBLEM_STATUS,
  type LinkProblem,
  linkProblemPage,
  MAX_NAME_CHARS,
} from "../../src/http/link-pages.js";
import { newActionToken, type LinkRequestSummary, TARGET_ACTIONS } from "../../src/links/index.js";
import { redactLinkPath } from "../../src/http/link-routes.js";

const NOW = new Date("2026-03-05T12:00:00.000Z");
const RLO = "\u202E";
const LONG = "L".repeat(5_000);

/** Names that try to break out of the page, one set per person. */
const HOSTILE: LinkRequestSummary = {
  id: "6f1c1d5e-4a38-4c1e-9a2b-0d6c1f0e9a11",
  state: "awaiting_target",
  requesterName: `<script>alert("r")</script> O'Brien "Rob"`,
  requesterEmail: "rob@requesters.example",
  targetName: `${RLO}gnp.exe Alex<img src=x onerror=alert(1)>`,
  targetEmail: null,
  connectorName: `Sam ${LONG}`,
  connectorEmail: "sam@connector.example",
};

/** Every page a link can lead to, with the hostile names. */
function everyPage(token: string): [string, string][] {
  const problems: LinkProblem[] = [
    { kind: "unknown" },
    { kind: "expired", request: HOSTILE },
    { kind: "answered", request: HOSTILE, answer: { action: "yes", at: NOW }, now: NOW },
    { kind: "answered", request: HOSTILE, answer: null, now: NOW },
    {
      kind: "closed",
      request: HOSTILE,
      message: "This request was withdrawn by the requester; there is nothing to answer.",
    },
    { kind: "not_offered" },
    { kind: "unreadable" },
    { kind: "failed" },
  ];
  return [
    ["confirm", confirmPage(token, HOSTILE, TARGET_ACTIONS, "yes", NOW, NOW)],
    ...TARGET_ACTIONS.map((action): [string, string] => [`answered ${action}`, answeredPage(HOSTILE, action)]),
    ...problems.map((problem): [string, string] => [problem.kind, linkProblemPage(problem)]),
  ];
}

describe("the link pages", () => {
  it("escape hostile names, drop bidi overrides and cut very long names on every page", () => {
    for (const [name, body] of everyPage(newActionToken())) {
      expect(body, name).not.toMatch(/<script|<img|<[^>]* onerror=/i);
      expect(body, name).not.toContain(RLO);
      expect(body, name).not.toContain("L".repeat(MAX_NAME_CHARS));
      // No script, no image, no style sheet or font from anywhere: nothing that could fetch.
      expect(body, name).not.toMatch(/<(?:script|img|link|iframe|object|embed)\b|<[^>]*\ssrc=|https?:\/\//i);
    }
    const confirm = confirmPage(newActionToken(), HOSTILE, TARGET_ACTIONS, undefined, NOW, NOW);
    expect(confirm).toContain("&lt;script&gt;alert(&quot;r&quot;)&lt;/script&gt; O&#39;Brien &quot;Rob&quot;");
    expect(confirm).toContain("<bdi>gnp.exe Alex&lt;img src=x onerror=alert(1)&gt;</bdi>");
    expect(confirm).toContain(`<bdi>Sam ${"L".repeat(MAX_NAME_CHARS - 5)}…</bdi>`);
  });

  it("offer each answer as a POST form to the token's path, with the chosen one first and no CSRF field", () => {
    const token = newActionToken();
    const body = confirmPage(token, HOSTILE, ["yes", "no", "not_now", "stop"], "not_now", NOW, NOW);
    const forms = [
      ...body.matchAll(/<form method="post" action="([^"]+)"><input type="hidden" name="action" value="([a-z_]+)">/g),
    ];
    expect(forms.map((match) => match[1])).toEqual(Array(4).fill(`/l/${token}`));
    expect(forms.map((match) => match[2])).toEqual(["not_now", "yes", "no", "stop"]);
    expect(body).not.toContain("_csrf");
    expect(body).toContain("Nothing happens until you press a button.");
    expect(body).toContain("until 5 March");
  });

  it("say the earlier answer and its day: already answered: Yes on 3 March", () => {
    const page = linkProblemPage({
      kind: "answered",
      request: HOSTILE,
      answer: { action: "yes", at: new Date("2026-03-03T09:15:00.000Z") },
      now: NOW,
    });
    expect(page).toContain(
      'You already answered: Yes on <time class="nowrap" datetime="2026-03-03T09:15:00.000Z">3 March</time>.',
    );
    expect(page).toContain("Nothing was changed.");
    expect(page).toMatch(/ask <bdi>Sam L+…<\/bdi> directly/);
  });

  it("have a status for each problem that fits it", () => {
    expect(LINK_PROBLEM_STATUS).toEqual({
      unknown: 404,
      expired: 410,
      answered: 409,
      closed: 409,
      not_offered: 400,
      unreadable: 400,
      failed: 500,
    });
  });
});

describe("names and days on the link pages", () => {
  it("cleanName keeps right-to-left names and their marks, drops controls and overrides", () => {
    expect(cleanName("  Dana\n\tLevi\u0007 ")).toBe("Dana Levi");
    expect(cleanName(`${RLO}evil\u2066x\u2069`)).toBe("evilx");
    expect(cleanName("\u05D3\u05E0\u05D4 \u200F\u05DC\u05D5\u05D9")).toBe(
      "\u05D3\u05E0\u05D4 \u200F\u05DC\u05D5\u05D9",
    );
    expect(cleanName(null)).toBe("");
    expect(Array.from(cleanName("😀".repeat(500)))).toHaveLength(MAX_NAME_CHARS);
  });

  it("dayAndMonth is in UTC and adds the year only when it is not this year's", () => {
    expect(dayAndMonth(new Date("2026-03-03T23:30:00.000Z"), NOW)).toBe("3 March");
    expect(dayAndMonth(new Date("2025-12-31T10:00:00.000Z"), NOW)).toBe("31 December 2025");
  });
});

describe("logging a link's path", () => {
  it("never keeps the token", () => {
    const token = newActionToken();
    expect(redactLinkPath(`/l/${token}`)).toBe("/l/[token]");
    expect(redactLinkPath(`/l/${token}/not_now`)).toBe("/l/[token]/not_now");
    expect(redactLinkPath("/requests/42")).toBe("/requests/42");
  });
});
