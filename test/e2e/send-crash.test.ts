import { Queue } from "bullmq";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { SEND_QUEUE } from "../../src/queue/send-jobs.js";
import { eventually } from "../support/eventually.js";
import { type SendSetup, startSendSetup } from "../support/send-setup.js";
import { databaseUrl } from "../support/services.js";
import { startWorkerProcess, type WorkerProcess } from "../support/worker-process.js";

const SEND_PATH = /\/messages\/send$/;

/**
 * The send worker in a process of its own (test/support/worker-child.ts: short job locks, so
 * the next worker takes a dead one's job up within seconds), killed with SIGKILL at each point
 * of a send, on the run's PostgreSQL and Redis and the Gmail emulator over HTTP. Whatever the
 * point, the connector's Sent mail ends up with the email exactly once.
 */
describe("a send worker killed with SIGKILL", () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setUp() {
    // No syncing: the worker processes' only Gmail calls are the send's.
    const setup: SendSetup = await startSendSetup({ syncing: false });
    cleanups.push(() => setup.close());
    const queue = new Queue(SEND_QUEUE, { connection: setup.services.redis, prefix: setup.services.prefix });
    cleanups.push(() => queue.close());
    const worker = async (): Promise<WorkerProcess> => {
      const started = await startWorkerProcess("short-locks", setup.env, {
        connection: setup.services.redis,
        prefix: setup.services.prefix,
      });
      cleanups.push(async () => {
        if (started.child.exitCode === null && started.child.signalCode === null) started.child.kill("SIGKILL");
        await started.exited;
      });
      await eventually(async () => (await queue.getWorkersCount()) > 0);
      return started;
    };
    const kill = async (running: WorkerProcess) => {
      running.child.kill("SIGKILL");
      expect((await running.exited).signal).toBe("SIGKILL");
    };
    const row = (id: string) => setup.services.prisma.outboxEmail.findUniqueOrThrow({ where: { id } });
    return { ...setup, queue, worker, kill, row };
  }

  /**
   * A transaction of the test's own that holds the row's lock: the worker's next statement on
   * the row waits behind it. `blocked` resolves with the server processes that wait; `release`
   * ends them first (a process killed mid-statement leaves its statement running in the
   * server, which would commit once the lock is free: a crash before the commit is what is
   * meant) and then lets the row go.
   */
  async function holdRow(id: string) {
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    await client.query("BEGIN");
    await client.query("SELECT id FROM outbox_emails WHERE id = $1 FOR UPDATE", [id]);
    const blocked = () =>
      eventually(async () => {
        const { rows } = await client.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))",
        );
        return rows.length > 0 && rows.map((row) => row.pid);
      });
    let released = false;
    const release = async (waiting: number[]) => {
      if (released) return;
      released = true;
      await client.query("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", [waiting]);
      await client.query("ROLLBACK");
      await client.end();
    };
    cleanups.push(() => release([]));
    return { blocked, release };
  }

  it("after Gmail took the email and before its row was marked sent: the next worker finds it in Sent mail and does not send it again", async () => {
    const setup = await setUp();
    // Gmail holds the send 3 s before taking it: time to lock the row behind it.
    setup.emulator.injectFault({ method: "POST", path: SEND_PATH, delayMs: 3_000 });
    const first = await setup.worker();
    const written = await setup.writeEmail();
    await setup.services.sends.requestSend(written.id);

    // The attempt is counted and committed before Gmail is called.
    await eventually(async () => (await setup.row(written.id)).attempts === 1);
    const held = await holdRow(written.id);
    // Gmail takes the email; the worker, with Gmail's answer, waits to mark the row.
    await eventually(async () => setup.sentMail().length === 1);
    const waiting = await held.blocked();
    await setup.kill(first);
    await held.release(waiting);

    const afterCrash = await setup.row(written.id);
    expect(afterCrash).toMatchObject({ status: "pending", attempts: 1, gmailMessageId: null });
    expect(setup.sendCalls()).toEqual([{ status: 200 }]);

    await setup.worker();
    const sent = await eventually(async () => {
      const current = await setup.row(written.id);
      return current.status === "sent" && current;
    });
    const mail = setup.sentMail();
    expect(mail).toHaveLength(1);
    expect(sent.gmailMessageId).toBe(mail[0]?.id);
    expect(sent.attempts).toBe(1);
    // One send in all: the second worker looked, found it, and sent nothing.
    expect(setup.sendCalls()).toEqual([{ status: 200 }]);
    expect(setup.searchCalls()).toEqual([{ status: 200 }]);
  }, 90_000);

  it("before the email reached Gmail (its attempt not yet counted): the next worker sends it, once", async () => {
    const setup = await setUp();
    const written = await setup.writeEmail();
    // The worker stops at its first change to the row: counting the attempt.
    const held = await holdRow(written.id);
    const first = await setup.worker();
    await setup.services.sends.requestSend(written.id);
    const waiting = await held.blocked();
    await setup.kill(first);
    await held.release(waiting);
    expect(await setup.row(written.id)).toMatchObject({ status: "pending", attempts: 0 });

    await setup.worker();
    const sent = await eventually(async () => {
      const current = await setup.row(written.id);
      return current.status === "sent" && current;
    });
    expect(setup.sentMail().map((message) => message.id)).toEqual([sent.gmailMessageId]);
    expect(setup.sendCalls()).toEqual([{ status: 200 }]);
    // Nothing had been attempted: nothing to look for.
    expect(setup.searchCalls()).toEqual([]);
  }, 90_000);

  it("while Gmail held the send and had not taken it: the next worker looks, finds nothing, and sends it once", async () => {
    const setup = await setUp();
    // Gmail holds the first send 10 s and then refuses it (503): it never takes that one.
    setup.emulator.injectFault({ method: "POST", path: SEND_PATH, delayMs: 10_000, status: 503 });
    const first = await setup.worker();
    const written = await setup.writeEmail();
    await setup.services.sends.requestSend(written.id);
    await eventually(async () => (await setup.row(written.id)).attempts === 1);
    // The send follows the committed count at once; give it a moment to reach the emulator.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await setup.kill(first);
    expect(setup.sentMail()).toEqual([]);

    await setup.worker();
    const sent = await eventually(async () => {
      const current = await setup.row(written.id);
      return current.status === "sent" && current;
    });
    expect(sent.attempts).toBe(2);
    expect(setup.sentMail().map((message) => message.id)).toEqual([sent.gmailMessageId]);
    expect(setup.sendCalls().filter((call) => call.status === 200)).toHaveLength(1);
    expect(setup.searchCalls()).toEqual([{ status: 200 }]);
  }, 90_000);
});
