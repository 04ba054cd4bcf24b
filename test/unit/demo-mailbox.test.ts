import { beforeAll, describe, expect, it } from "vitest";
import { DAY_MS, type Message, NOW, read, SAM, SEED } from "../support/demo-mail.js";
import {
  DEMO_CAST,
  DEMO_REQUESTS,
  type DemoMailboxFile,
  generateDemoMailbox,
} from "../../src/dev/demo-mailbox/index.js";

// The generated mailbox itself: the same for a seed and a moment, readable, labelled and threaded,
// with the analysis finding its intro requests and nothing else. What each request leads to, from
// the ties the mail shows: demo-mailbox-ties.test.ts.

let files: DemoMailboxFile[];
let messages: Message[];

beforeAll(async () => {
  files = await generateDemoMailbox({ seed: SEED, now: NOW });
  messages = await Promise.all(files.map((file) => read(file.fileName, Buffer.from(file.content))));
});

describe("generateDemoMailbox", () => {
  it("gives the same mailbox for the same seed and now, another for another seed", async () => {
    expect(await generateDemoMailbox({ seed: SEED, now: NOW })).toEqual(files);
    const other = await generateDemoMailbox({ seed: SEED + 1, now: NOW });
    expect(other.map((file) => file.content)).not.toEqual(files.map((file) => file.content));
  });

  it("counts the days back from now: an hour later the same dates, a day later each a day later", async () => {
    const datesOf = (list: DemoMailboxFile[]) =>
      list.map((file) => Date.parse(/^Date: (.+)$/m.exec(file.content)?.[1] ?? ""));
    const later = await generateDemoMailbox({ seed: SEED, now: new Date(NOW.getTime() + 3_600_000) });
    expect(datesOf(later)).toEqual(datesOf(files));
    const nextDay = await generateDemoMailbox({ seed: SEED, now: new Date(NOW.getTime() + DAY_MS) });
    expect(datesOf(nextDay)).toEqual(datesOf(files).map((date) => date + DAY_MS));
  });

  it("holds a few hundred messages over the last 18 months, each one readable", () => {
    expect(files.length).toBeGreaterThanOrEqual(300);
    expect(files.length).toBeLessThanOrEqual(500);
    expect(new Set(files.map((file) => file.fileName)).size).toBe(files.length);
    for (const { fileName, mail } of messages) {
      expect(fileName).toMatch(/^[a-z0-9-]+\.eml$/);
      expect(mail.messageId, fileName).toMatch(/^<[^<>\s]+@[^<>\s]+>$/);
      expect(mail.from?.value[0]?.address, fileName).toBeTruthy();
      expect(mail.headers.get("x-gmail-labels"), fileName).toBeTruthy();
      const date = mail.date?.getTime() ?? Number.NaN;
      expect(date, fileName).toBeLessThan(NOW.getTime());
      expect(date, fileName).toBeGreaterThan(NOW.getTime() - 550 * DAY_MS);
    }
  });

  it("files Sam's mail as sent, newsletters under Promotions, notifications under Updates", () => {
    const labelsOf = (message: Message) => String(message.mail.headers.get("x-gmail-labels"));
    for (const message of messages) {
      const fromSam = message.mail.from?.value[0]?.address === SAM;
      expect(labelsOf(message), message.fileName).toMatch(fromSam ? /^Sent$/ : /^Inbox\b/);
      if (message.mail.headers.has("list")) expect(labelsOf(message), message.fileName).toMatch(/Category Promotions/);
      if (message.mail.headers.has("auto-submitted")) expect(labelsOf(message)).toMatch(/Category Updates/);
    }
  });

  it("writes non-ASCII names as encoded words, and mailparser reads them back as written", () => {
    const names = new Set(messages.flatMap(({ mail }) => [mail.from, mail.to].flat().flatMap((a) => a?.value ?? [])));
    const spelled = new Map([...names].map((entry) => [entry.address, entry.name]));
    for (const member of Object.values(DEMO_CAST)) expect(spelled.get(member.email), member.email).toBe(member.name);
    const anna = files.find((file) => file.content.includes(`<${DEMO_CAST.anna.email}>`));
    expect(anna?.content).toMatch(/=\?UTF-8\?[BQ]\?/);
  });

  it("dates every reply after the message it answers, which is in the mailbox (the emulator threads by it)", () => {
    const dates = new Map(messages.map(({ mail }) => [mail.messageId, mail.date?.getTime() ?? Number.NaN]));
    const replies = messages.filter(({ mail }) => mail.inReplyTo !== undefined);
    expect(replies.length).toBeGreaterThan(100);
    for (const { fileName, mail } of replies) {
      expect(mail.references, fileName).toContain(mail.inReplyTo);
      expect(dates.get(mail.inReplyTo), fileName).toBeLessThan(mail.date?.getTime() ?? Number.NaN);
    }
  });
});

describe("the intro requests in it", () => {
  it("are the only messages the analysis takes for intro requests", () => {
    const detected = messages.filter((message) => message.analysis.isIntroRequest).map((message) => message.fileName);
    expect(detected.sort()).toEqual(DEMO_REQUESTS.map((request) => request.fileName).sort());
  });

  it.each(DEMO_REQUESTS.map((request) => [request.fileName, request] as const))(
    "%s is detected with its band, requester and target",
    (fileName, request) => {
      const message = messages.find((candidate) => candidate.fileName === fileName);
      expect(message?.analysis.isIntroRequest).toBe(true);
      expect(message?.analysis.specificity?.band).toBe(request.band);
      expect(message?.analysis.requester.email).toBe(request.requester.email);
      expect(message?.analysis.target?.name).toBe(request.target.name);
      const day = (date: Date) => Math.floor(date.getTime() / DAY_MS);
      expect(day(NOW) - day(message?.mail.date ?? NOW)).toBe(request.daysAgo);
    },
  );

  it("include one for each recommendation", () => {
    expect(new Set(DEMO_REQUESTS.map((request) => request.recommendation))).toEqual(
      new Set(["ask_target", "ask_requester_for_details", "suggest_call", "decline"]),
    );
  });
});
