import { freePort } from "../../src/dev/ports.js";

/**
 * The product's port is chosen before it starts (its links and Google's redirect address carry
 * it), so another process may take it in between: an outgoing connection's ephemeral port did, once
 * in a clean-clone CI run (EADDRINUSE). Then it starts again on another free port; the failed start
 * has closed what it opened (start-safeintro.ts).
 */
export async function startOnAFreePort<T>(start: (port: number) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort());
    } catch (error) {
      if (attempt >= attempts || (error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    }
  }
}
