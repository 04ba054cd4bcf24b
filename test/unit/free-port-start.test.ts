import { describe, expect, it } from "vitest";
import { startOnAFreePort } from "../support/free-port-start.js";

const taken = () => Object.assign(new Error("listen EADDRINUSE: address already in use"), { code: "EADDRINUSE" });

describe("startOnAFreePort: the test product's port taken between its choice and its start", () => {
  it("starts again on another free port", async () => {
    const tried: number[] = [];
    const started = await startOnAFreePort(async (port) => {
      tried.push(port);
      if (tried.length < 3) throw taken();
      return port;
    });
    expect(tried).toHaveLength(3);
    expect(started).toBe(tried[2]);
    expect(tried.every((port) => port > 0)).toBe(true);
  });

  it("gives up after its attempts, and never retries another error", async () => {
    let calls = 0;
    await expect(
      startOnAFreePort(async () => {
        calls++;
        throw taken();
      }, 2),
    ).rejects.toThrow("EADDRINUSE");
    expect(calls).toBe(2);
    calls = 0;
    await expect(
      startOnAFreePort(async () => {
        calls++;
        throw new Error("the database is down");
      }),
    ).rejects.toThrow("the database is down");
    expect(calls).toBe(1);
  });
});
