import { describe, expect, it } from "vitest";
import { problemPage } from "../../src/http/pages.js";

/** The buttons and links of a page, as "label → href". */
function links(markup: string): string[] {
  return [...markup.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((match) => `${match[2]} → ${match[1]}`);
}

describe("problemPage: every error page says what to do next", () => {
  it.each([
    [400, "This sign-in took too long. Start again.", ["Start again → /auth/google", "Back to SafeIntro → /"]],
    [401, "Sign in with Google first.", ["Sign in with Google → /auth/google"]],
    [
      403,
      "This form has expired or did not come from SafeIntro. Reload the page and try again.",
      ["Back to your status page → /"],
    ],
    [404, "There is no such page.", ["Go to the home page → /"]],
    [409, "Reconnect Gmail first: Google no longer accepts SafeIntro's access.", ["Back to your status page → /"]],
    [413, "The request is larger than SafeIntro accepts.", ["Back to SafeIntro → /"]],
    [
      429,
      "Too many sign-ins were started from your network. Wait a few minutes, then try again.",
      ["Back to SafeIntro → /"],
    ],
    [
      503,
      "SafeIntro's job queue did not answer. Nothing was lost; try again in a minute.",
      ["Back to your status page → /"],
    ],
    [500, "Something went wrong on our side. Try again in a moment.", ["Back to SafeIntro → /"]],
  ])("%i: the message, then its next step", (status, message, expected) => {
    const markup = problemPage("That did not work", message, status);
    expect(markup).toContain(`<p class="problem" role="alert">${message.replace(/'/g, "&#39;")}</p>`);
    expect(links(markup)).toEqual(expected);
  });

  it("tells a 503 to wait a minute and a 500 to try again", () => {
    expect(problemPage("Something went wrong", "x", 503)).toContain("Try again in a minute");
    expect(problemPage("Something went wrong", "x", 500)).toContain("Try again in a moment");
  });

  it("escapes the title and message", () => {
    const markup = problemPage("<t>", "<m>", 400);
    expect(markup).toContain("<h1>&lt;t&gt;</h1>");
    expect(markup).toContain("&lt;m&gt;");
    expect(markup).not.toContain("<m>");
  });
});
