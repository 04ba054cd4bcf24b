import { type Job, Queue } from "bullmq";
import { afterEach, describe, expect, it } from "vitest";
import { GMAIL_QUEUE } from "../../src/queue/gmail-jobs.js";
import { BrowserSession } from "../support/browser-session.js";
import { capturedLog, LEVEL } from "../support/captured-log.js";
import { eventually } from "../support/eventually.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

const TOPIC = "projects/safeintro/topics/gmail";
const PUSH = {
  GMAIL_PUSH_TOPIC: TOPIC,
  PUSH_AUDIENCE: "https://safeintro.example/gmail/push",
  PUSH_SERVICE_ACCOUNT: "gmail-push@safeintro-test.iam.gserviceaccount.com",
  POLL_INTERVAL_SECONDS: "30",
  SAFETY_POLL_MINUTES: "60",
};
const HOUR = 3_600_000;

/**
 * Google says push notifications may be delayed or dropped, and a watch can be refused
 * (the topic's permissions). With push on, a slow poll still runs; a refused watch is shown
 * in words, and the mailbox is polled until the watch works again.
 */
describe("Gmail push has a safety net", () => {
  let product: RunningProduct | undefined;
  let queue: Queue | undefined;
  afterEach(async () => {
    await queue?.close();
    await product?.stop();
    product = undefined;
    queue = undefined;
  });

  async function connected(options: { refuseWatch?: boolean } = {}) {
    const address = uniqueAddress();
    const log = capturedLog();
    // No push endpoint is set: Gmail's notifications go nowhere, as when Pub/Sub drops them.
    product = await startProduct({
      emulator: { mailboxes: { [address]: [corpus("low-01-anyone-at-google.eml")] } },
      env: PUSH,
      logger: log.logger,
    });
    if (options.refuseWatch) product.emulator.registerPushTopic(TOPIC, { publisherGranted: false });
    const browser = new BrowserSession();
    await product.connect(browser, address);
    const { prisma } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    queue = new Queue(GMAIL_QUEUE, { connection: product.services.redis, prefix: product.services.prefix });
    const openQueue = queue;
    const running = product;
    return {
      address,
      account,
      browser,
      running,
      log,
      queue: openQueue,
      row: () => prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } }),
      requests: () => prisma.introRequest.count({ where: { connectorId: account.connectorId } }),
      every: async (schedule: string) => (await openQueue.getJobScheduler(`${schedule}:${account.id}`))?.every,
      /** Runs the schedule's next job now, rather than waiting its interval. */
      runNow: async (name: "poll" | "renew-watch") => {
        const next = await eventually(async () => {
          const delayed: Job[] = await openQueue.getJobs(["delayed"]);
          return delayed.find((job) => job.name === name && job.data.accountId === account.id);
        });
        await next.promote();
      },
    };
  }

  it("with push working, a slow poll (SAFETY_POLL_MINUTES) still runs and finds mail whose notification was lost", async () => {
    const { address, running, row, requests, every, runNow, browser } = await connected();
    await eventually(async () => {
      const account = await row();
      return account.watchExpiresAt && account.historyId !== null;
    });
    expect(await every("renew-watch")).toBe(24 * HOUR);
    expect(await every("poll")).toBe(HOUR);
    const page = (await browser.navigate(`${running.url}/`)).at(-1)?.body ?? "";
    expect(page).toContain("and a regular check in case a notification is lost");

    await running.emulator.addMessage(address, corpus("high-01-mary-jones-hr.eml"));
    await runNow("poll");
    await eventually(async () => (await requests()) === 2);
    expect(running.emulator.pushDeliveries).toHaveLength(0);
  });

  it("a refused watch is said in words and logged as an error; the mailbox is polled until the watch works again", async () => {
    const { address, account, running, row, requests, every, runNow, browser, log } = await connected({
      refuseWatch: true,
    });
    const refused = await eventually(async () => {
      const current = await row();
      return current.watchError && current.historyId !== null ? current : null;
    });
    expect(refused.watchError).toContain("checks your mailbox for new mail regularly instead");
    // Schedules change just after the row: polled as without push, the watch tried again hourly.
    await eventually(async () => (await every("poll")) === 30_000 && (await every("renew-watch")) === HOUR);
    expect(
      log.entries.some(
        (entry) =>
          entry.level === LEVEL.error && entry.accountId === account.id && /refused users\.watch/.test(entry.msg),
      ),
    ).toBe(true);
    const page = (await browser.navigate(`${running.url}/`)).at(-1)?.body ?? "";
    expect(page).toContain("<strong>Gmail push is not working.</strong>");
    expect(page).toContain('<dd id="push-watch">polling, until Gmail push works</dd>');
    expect(refused.syncStoppedAt).toBeNull();

    // Polled meanwhile: new mail still comes in.
    await running.emulator.addMessage(address, corpus("high-01-mary-jones-hr.eml"));
    await runNow("poll");
    await eventually(async () => (await requests()) === 2);

    // The topic's permissions fixed: the next try of the watch works, and push takes over again.
    running.emulator.registerPushTopic("projects/safeintro/topics/gmail");
    await runNow("renew-watch");
    await eventually(async () => {
      const current = await row();
      return current.watchError === null && current.watchExpiresAt !== null;
    });
    await eventually(async () => (await every("poll")) === HOUR && (await every("renew-watch")) === 24 * HOUR);
  });
});
