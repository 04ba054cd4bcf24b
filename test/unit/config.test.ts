import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { configProblems } from "../support/config-problems.js";

const goodKey = () => `v1:${randomBytes(32).toString("base64")}`;
const production = {
  NODE_ENV: "production",
  PUBLIC_URL: "https://intros.example.com",
  TOKEN_ENCRYPTION_KEYS: goodKey(),
};

const problems = configProblems;

describe("configuration", () => {
  it("names what a half-configured forward-to address misses", () => {
    expect(problems({ INBOUND_SMTP_PORT: "25" })).toEqual([
      expect.stringMatching(/^INBOUND_DOMAIN: is needed by INBOUND_SMTP_PORT: the domain/),
    ]);
    expect(problems({ MAILGUN_WEBHOOK_SIGNING_KEY: "key" })).toEqual([
      expect.stringMatching(/^INBOUND_DOMAIN: is needed by MAILGUN_WEBHOOK_SIGNING_KEY/),
    ]);
    expect(problems({ INBOUND_DOMAIN: "in.example.org", INBOUND_SMTP_TLS_KEY_FILE: "/etc/key.pem" })).toEqual([
      expect.stringMatching(/^INBOUND_SMTP_TLS_CERT_FILE: STARTTLS needs both/),
    ]);
    expect(problems({ ...production, INBOUND_DNS_RECORDS_FILE: "/tmp/dns.json" })).toEqual([
      expect.stringMatching(/^INBOUND_DNS_RECORDS_FILE: must be unset in production/),
    ]);
    expect(problems({ INBOUND_DOMAIN: "not a domain" })).toEqual([
      expect.stringMatching(/^INBOUND_DOMAIN: must be a domain name/),
    ]);
    expect(loadConfig({ INBOUND_DOMAIN: "In.Example.org", INBOUND_SMTP_PORT: "2525" })).toMatchObject({
      INBOUND_DOMAIN: "in.example.org",
      INBOUND_SMTP_PORT: 2525,
      INBOUND_SMTP_HOST: "0.0.0.0",
      PLUS_ADDRESS_TAG: "intros",
      INBOUND_MAX_BYTES: 10_485_760,
    });
  });

  it("accepts a production setup on Google's hosts over https", () => {
    expect(problems(production)).toEqual([]);
  });

  it("refuses keys that are not random, in every environment, without echoing them", () => {
    for (const weak of [Buffer.alloc(32), Buffer.alloc(32, 7), Buffer.from("0123456789abcdef0123456789abcdef")]) {
      const value = `v1:${weak.toString("base64")}`;
      const found = problems({ TOKEN_ENCRYPTION_KEYS: `v2:${randomBytes(32).toString("base64")},${value}` });
      expect(found).toEqual([expect.stringMatching(/^TOKEN_ENCRYPTION_KEYS: key "v1" is not random/)]);
      expect(found.join("\n")).not.toContain(weak.toString("base64"));
    }
  });

  it("refuses GOOGLE_BASE_URL in production unless explicitly allowed", () => {
    expect(problems({ ...production, GOOGLE_BASE_URL: "http://203.0.113.7:8025" })).toEqual([
      expect.stringMatching(/^GOOGLE_BASE_URL: must be unset in production/),
    ]);
    expect(
      problems({ ...production, GOOGLE_BASE_URL: "https://emulator.staging.example", ALLOW_GOOGLE_BASE_URL: "true" }),
    ).toEqual([]);
    // Development and tests run on the emulator.
    expect(problems({ GOOGLE_BASE_URL: "http://127.0.0.1:8025" })).toEqual([]);
  });

  it("requires an https PUBLIC_URL in production, and does not take the development default", () => {
    expect(problems({ ...production, PUBLIC_URL: "http://intros.example.com" })).toEqual([
      expect.stringMatching(/^PUBLIC_URL: must be an https:\/\//),
    ]);
    const withoutPublicUrl: Record<string, string> = { ...production };
    delete withoutPublicUrl.PUBLIC_URL;
    expect(problems(withoutPublicUrl)).toEqual([expect.stringMatching(/^PUBLIC_URL: must be an https:\/\//)]);
  });

  it("takes TRUST_PROXY as Express's trust-proxy names, ranges or hops, and nothing else", () => {
    for (const good of ["loopback", "loopback, uniquelocal", "10.0.0.0/8,192.168.1.7", "fd00::/8", "1"]) {
      expect(problems({ TRUST_PROXY: good })).toEqual([]);
    }
    for (const bad of ["true", "everyone", "loopback; rm -rf", "*"]) {
      expect(problems({ TRUST_PROXY: bad })).toEqual([expect.stringMatching(/^TRUST_PROXY: must be/)]);
    }
  });

  it("refuses Gmail push that could never be verified, naming what is missing", () => {
    const topic = { GMAIL_PUSH_TOPIC: "projects/p/topics/gmail" };
    expect(problems(topic)).toEqual([
      expect.stringMatching(
        /^GMAIL_PUSH_TOPIC: needs a way to check that pushes come from Google.*PUSH_AUDIENCE and PUSH_SERVICE_ACCOUNT.*PUSH_VERIFICATION_TOKEN/,
      ),
    ]);
    expect(problems({ ...topic, PUSH_AUDIENCE: "https://intros.example.com/gmail/push" })).toEqual([
      expect.stringMatching(/^PUSH_AUDIENCE: needs PUSH_SERVICE_ACCOUNT too/),
    ]);
    expect(problems({ PUSH_SERVICE_ACCOUNT: "push@p.iam.gserviceaccount.com" })).toEqual([
      expect.stringMatching(/^PUSH_SERVICE_ACCOUNT: needs PUSH_AUDIENCE too/),
    ]);
    const oidc = {
      PUSH_AUDIENCE: "https://intros.example.com/gmail/push",
      PUSH_SERVICE_ACCOUNT: "push@p.iam.gserviceaccount.com",
    };
    expect(problems({ ...topic, ...oidc })).toEqual([]);
    expect(problems({ ...topic, PUSH_VERIFICATION_TOKEN: "a-long-secret" })).toEqual([]);
    expect(problems({ PUSH_VERIFICATION_TOKEN: "a-long-secret" })).toEqual([]);
  });

  it("takes the push safety poll in minutes, an hour by default", () => {
    expect(loadConfig({}).SAFETY_POLL_MINUTES).toBe(60);
    expect(loadConfig({ SAFETY_POLL_MINUTES: "15" }).SAFETY_POLL_MINUTES).toBe(15);
    expect(problems({ SAFETY_POLL_MINUTES: "0" })).toEqual([expect.stringMatching(/^SAFETY_POLL_MINUTES: /)]);
  });

  it("caps the emails sent from one account at 100 a day by default, between 1 and 2,000", () => {
    expect(loadConfig({}).SEND_DAILY_CAP).toBe(100);
    expect(loadConfig({ SEND_DAILY_CAP: "20" }).SEND_DAILY_CAP).toBe(20);
    for (const bad of ["0", "2001", "1.5", "many"])
      expect(problems({ SEND_DAILY_CAP: bad })).toEqual([
        `SEND_DAILY_CAP: must be a whole number of emails from 1 to 2000 (got "${bad}")`,
      ]);
  });
});
