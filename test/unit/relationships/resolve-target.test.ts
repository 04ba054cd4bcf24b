import { describe, expect, it } from "vitest";
import {
  contactSearchKey,
  nameSearchTerms,
  resolveTarget,
  type TargetCandidate,
} from "../../../src/relationships/index.js";

function named(name: string | null, organization: string | null = null) {
  return { name, email: null, organization };
}

function contact(email: string, displayName: string | null, messages = 1): TargetCandidate {
  return { email, displayName, messages };
}

describe("resolveTarget", () => {
  it("gives null when the request names no one", () => {
    expect(resolveTarget({ name: null, email: null, organization: "XYZ Corp" }, [])).toBeNull();
    expect(resolveTarget({ name: "  ", email: "", organization: null }, [])).toBeNull();
  });

  it("takes an address as given, lowercased", () => {
    expect(resolveTarget({ name: "Mary Jones", email: " Mary@XYZcorp.example ", organization: null }, [])).toEqual({
      status: "address",
      email: "mary@xyzcorp.example",
    });
  });

  it("resolves an exact display name", () => {
    const candidates = [contact("mj@xyzcorp.example", "Mary Jones", 12), contact("bob@xyzcorp.example", "Bob Smith")];
    expect(resolveTarget(named("Mary Jones"), candidates)).toEqual({
      status: "resolved",
      email: "mj@xyzcorp.example",
      displayName: "Mary Jones",
      confidence: 0.85,
      matchedBy: "display name",
    });
  });

  it("ignores case, accents and compatibility forms", () => {
    const resolved = resolveTarget(named("José Núñez"), [contact("jn@example.org", "jose nunez")]);
    expect(resolved).toMatchObject({ status: "resolved", email: "jn@example.org", matchedBy: "display name" });
    expect(resolveTarget(named("JÜRGEN STRAẞE"), [contact("j@example.de", "Jürgen Straße")])).toMatchObject({
      status: "resolved",
    });
    expect(resolveTarget(named("Ｍａｒｙ Ｊｏｎｅｓ"), [contact("m@example.org", "Mary Jones")])).toMatchObject({
      status: "resolved",
    });
  });

  it("matches names in other scripts", () => {
    expect(resolveTarget(named("Анна Петрова"), [contact("anna@example.ru", "АННА ПЕТРОВА")])).toMatchObject({
      status: "resolved",
      email: "anna@example.ru",
    });
    expect(resolveTarget(named("山田 太郎"), [contact("yamada@example.jp", "山田太郎")])).toMatchObject({
      status: "resolved",
      email: "yamada@example.jp",
    });
    expect(resolveTarget(named("山田 太郎"), [contact("hanako@example.jp", "山田 花子")])).toEqual({
      status: "unknown",
      why: "no one named 山田 太郎 in your mail",
    });
  });

  it.each(["mary.jones@example.org", "mary_jones@example.org", "maryjones@example.org", "jones.mary2@example.org"])(
    "resolves the address local part %s",
    (email) => {
      expect(resolveTarget(named("Mary Jones"), [contact(email, null)])).toEqual({
        status: "resolved",
        email,
        displayName: null,
        confidence: 0.8,
        matchedBy: "address local part",
      });
    },
  );

  it("offers an initial and last name as a candidate, not a winner", () => {
    expect(resolveTarget(named("Mary Jones"), [contact("mjones@example.org", null)])).toEqual({
      status: "ambiguous",
      candidates: [
        {
          email: "mjones@example.org",
          displayName: null,
          confidence: 0.65,
          matchedBy: "address local part (initial and last name)",
        },
      ],
    });
  });

  it("counts the organisation in the domain as a bonus that settles a tie", () => {
    const candidates = [
      contact("mary@gmail.example", "Mary Jones", 40),
      contact("mary.jones@xyzcorp.example", "Mary Jones", 3),
    ];
    expect(resolveTarget(named("Mary Jones", "XYZ Corp"), candidates)).toEqual({
      status: "resolved",
      email: "mary.jones@xyzcorp.example",
      displayName: "Mary Jones",
      confidence: 1,
      matchedBy: "display name and address local part, organisation in the domain",
    });
  });

  it("lists equally good matches, most mail first", () => {
    const candidates = [contact("mary@a.example", "Mary Jones", 2), contact("mj@b.example", "Mary Jones", 9)];
    expect(resolveTarget(named("Mary Jones"), candidates)).toEqual({
      status: "ambiguous",
      candidates: [
        { email: "mj@b.example", displayName: "Mary Jones", confidence: 0.85, matchedBy: "display name" },
        { email: "mary@a.example", displayName: "Mary Jones", confidence: 0.85, matchedBy: "display name" },
      ],
    });
  });

  it("treats a first name alone as weak evidence, and lists at most five", () => {
    const marys = Array.from({ length: 7 }, (_, index) => contact(`m${index}@example.org`, `Mary Doe${index}`, index));
    const result = resolveTarget(named("Mary"), marys);
    expect(result?.status).toBe("ambiguous");
    if (result?.status !== "ambiguous") return;
    expect(result.candidates.map((candidate) => candidate.email)).toEqual([
      "m6@example.org",
      "m5@example.org",
      "m4@example.org",
      "m3@example.org",
      "m2@example.org",
    ]);
    expect(result.candidates.every((c) => c.confidence === 0.4 && c.matchedBy === "first name only")).toBe(true);
    expect(resolveTarget(named("Mary"), [contact("mary@example.org", "Mary Jones")])).toMatchObject({
      status: "ambiguous",
    });
  });

  it("rules out someone with the same first name and another surname", () => {
    expect(resolveTarget(named("Mary Jones"), [contact("ms@example.org", "Mary Smith", 50)])).toEqual({
      status: "unknown",
      why: "no one named Mary Jones in your mail",
    });
  });

  // A timeout far above what it takes, far below what unbounded work on 250,000 characters would.
  it("cuts very long names (within the timeout)", () => {
    const long = "Mary ".repeat(50_000);
    const candidates = Array.from({ length: 2_000 }, (_, index) => contact(`c${index}@example.org`, "Someone Else"));
    const result = resolveTarget(named(long), candidates);
    expect(result?.status).toBe("unknown");
    if (result?.status === "unknown") expect(result.why.length).toBeLessThan(240);
  }, 5_000);
});

describe("nameSearchTerms and contactSearchKey", () => {
  it("gives the folded words of a name, without initials or titles", () => {
    expect(nameSearchTerms("Dr. José  Núñez")).toEqual(["jose", "nunez"]);
    expect(nameSearchTerms("M. Jones")).toEqual(["jones"]);
    expect(nameSearchTerms("Анна Петрова")).toEqual(["анна", "петрова"]);
    expect(nameSearchTerms("山田 太郎")).toEqual(["山田", "太郎"]);
    expect(nameSearchTerms("%_")).toEqual([]);
  });

  it("stores a key every term of a matching name is found in", () => {
    expect(contactSearchKey("Jose.Nunez@Example.org", "José Núñez")).toBe(
      "jose nunez josenunez jose.nunez@example.org",
    );
    expect(contactSearchKey("mjones@example.org", null)).toBe("mjones@example.org");
    const cases: [string, string, string | null][] = [
      ["José Núñez", "jn@example.org", "JOSE NUNEZ"],
      ["Mary Jones", "mjones@example.org", null],
      ["山田太郎", "yamada@example.jp", "山田 太郎"],
      ["山田 太郎", "yamada@example.jp", "山田太郎"],
      ["Анна Петрова", "anna@example.ru", "Анна Петрова"],
    ];
    for (const [name, email, displayName] of cases) {
      const key = contactSearchKey(email, displayName);
      expect(nameSearchTerms(name).some((term) => key.includes(term))).toBe(true);
    }
  });
});
