import { describe, expect, it } from "vitest";
import type { Prisma } from "../../src/db/index.js";
import {
  ACTION_TOKEN_BYTES,
  DEFAULT_ACTION_LINK_TTL_DAYS,
  TARGET_ACTIONS,
  daysToMs,
  expiryOf,
  hashActionToken,
  isActionTokenShape,
  isExpired,
  issueActionLinks,
  newActionToken,
  targetActionsAllowed,
} from "../../src/links/index.js";
import { loadConfig } from "../../src/config.js";

/** A transaction that records what issueActionLinks writes, and nothing else. */
function recordingTx() {
  const created: Prisma.ActionLinkUncheckedCreateInput[] = [];
  const tx = {
    actionLink: {
      create: async ({ data }: { data: Prisma.ActionLinkUncheckedCreateInput }) => {
        created.push(data);
        return data;
      },
    },
  } as unknown as Prisma.TransactionClient;
  return { tx, created };
}

const NOW = new Date("2026-03-03T10:00:00.000Z");
const REQUEST = "6f1c1d5e-4a38-4c1e-9a2b-0d6c1f0e9a11";

describe("action link tokens", () => {
  it("are 256 random bits in base64url: 43 characters of the URL-safe alphabet, no padding", () => {
    expect(ACTION_TOKEN_BYTES * 8).toBeGreaterThanOrEqual(128);
    const tokens = Array.from({ length: 200 }, newActionToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      expect(isActionTokenShape(token)).toBe(true);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
    // Every one of the 64 characters turns up across 200 tokens (8,600 draws): no narrow alphabet.
    expect(new Set(tokens.join("")).size).toBe(64);
  });

  it("are stored as their SHA-256 only, which does not contain the token", () => {
    const token = newActionToken();
    const hash = hashActionToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashActionToken(token));
    expect(hash).not.toContain(token);
    expect(hashActionToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).not.toBe(hash);
  });

  it("rejects anything not shaped like a token without a lookup", () => {
    const token = newActionToken();
    for (const bad of [
      "",
      token.slice(1),
      `${token}A`,
      `${token.slice(0, 42)}=`,
      `${token.slice(0, 42)}/`,
      `${token.slice(0, 42)}+`,
      "<script>alert(1)</script>",
      undefined,
      42,
      [token],
    ])
      expect(isActionTokenShape(bad)).toBe(false);
  });
});

describe("expiry", () => {
  it("is the issue time plus the lifetime; a link has expired at that instant and after", () => {
    const ttl = daysToMs(DEFAULT_ACTION_LINK_TTL_DAYS);
    const expiresAt = expiryOf(NOW, ttl);
    expect(expiresAt.toISOString()).toBe("2026-03-17T10:00:00.000Z");
    expect(isExpired(expiresAt, new Date(expiresAt.getTime() - 1))).toBe(false);
    expect(isExpired(expiresAt, expiresAt)).toBe(true);
    expect(isExpired(expiresAt, new Date(expiresAt.getTime() + 1))).toBe(true);
  });

  it("refuses a lifetime that is not positive, and an invalid issue time", () => {
    for (const ttl of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => expiryOf(NOW, ttl)).toThrow(RangeError);
    expect(() => expiryOf(new Date(Number.NaN), 1000)).toThrow(RangeError);
  });

  it("is configured by ACTION_LINK_TTL_DAYS: 14 days unless set, whole days from 1 to 90", () => {
    expect(loadConfig({}).ACTION_LINK_TTL_DAYS).toBe(14);
    expect(loadConfig({ ACTION_LINK_TTL_DAYS: "" }).ACTION_LINK_TTL_DAYS).toBe(14);
    expect(loadConfig({ ACTION_LINK_TTL_DAYS: "3" }).ACTION_LINK_TTL_DAYS).toBe(3);
    for (const bad of ["0", "91", "1.5", "two weeks"])
      expect(() => loadConfig({ ACTION_LINK_TTL_DAYS: bad })).toThrow(
        /ACTION_LINK_TTL_DAYS: must be a whole number of days/,
      );
  });
});

describe("issueActionLinks", () => {
  it("issues one token for the set of actions, a path per action, and stores only the hash", async () => {
    const { tx, created } = recordingTx();
    const paths = await issueActionLinks(tx, {
      introRequestId: REQUEST,
      audience: "target",
      actions: TARGET_ACTIONS,
      now: NOW,
      ttlMs: daysToMs(14),
    });
    expect(Object.keys(paths)).toEqual(["yes", "no", "not_now", "stop"]);
    const tokens = new Set(Object.values(paths).map((path) => /^\/l\/([A-Za-z0-9_-]{43})\/[a-z_]+$/.exec(path)?.[1]));
    expect(tokens.size).toBe(1);
    const [token] = [...tokens];
    expect(paths.not_now).toBe(`/l/${token}/not_now`);
    expect(created).toHaveLength(1);
    const row = created[0];
    expect(row).toEqual({
      tokenHash: hashActionToken(token ?? ""),
      introRequestId: REQUEST,
      audience: "target",
      actions: ["yes", "no", "not_now", "stop"],
      expiresAt: new Date("2026-03-17T10:00:00.000Z"),
      createdAt: NOW,
    });
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("gives every email its own token", async () => {
    const { tx } = recordingTx();
    const input = { introRequestId: REQUEST, audience: "target" as const, actions: ["yes"], now: NOW, ttlMs: 1000 };
    const first = await issueActionLinks(tx, input);
    const second = await issueActionLinks(tx, input);
    expect(first.yes).not.toBe(second.yes);
  });

  it("refuses no actions, names that are not actions, and a lifetime that is not positive", async () => {
    const { tx, created } = recordingTx();
    const base = { introRequestId: REQUEST, audience: "target" as const, now: NOW, ttlMs: 1000 };
    await expect(issueActionLinks(tx, { ...base, actions: [] })).rejects.toThrow(RangeError);
    await expect(issueActionLinks(tx, { ...base, actions: ["yes", "../admin"] })).rejects.toThrow(RangeError);
    await expect(issueActionLinks(tx, { ...base, actions: ["yes"], ttlMs: 0 })).rejects.toThrow(RangeError);
    expect(created).toEqual([]);
  });
});

describe("the target's answers a link may still give", () => {
  it("follow the state machine: all four while asked, only the opt-out after an ending, none after yes", () => {
    expect(targetActionsAllowed("awaiting_target", TARGET_ACTIONS)).toEqual(["yes", "no", "not_now", "stop"]);
    expect(targetActionsAllowed("awaiting_target", ["stop", "yes", "bogus"])).toEqual(["stop", "yes"]);
    for (const state of ["declined_by_target", "expired", "withdrawn"] as const)
      expect(targetActionsAllowed(state, TARGET_ACTIONS)).toEqual(["stop"]);
    for (const state of ["accepted", "introduced", "awaiting_connector", "declined_by_connector"] as const)
      expect(targetActionsAllowed(state, TARGET_ACTIONS)).toEqual([]);
  });
});
