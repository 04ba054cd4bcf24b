import { PortInUseError, ensurePortFree, isAddressInUse } from "./port-in-use.js";

export interface DemoCommandOptions {
  /** The web app's port; 0 picks a free one. */
  port: number;
  out: NodeJS.WritableStream;
  /** Stops the demo (main.ts aborts it on SIGINT and SIGTERM). */
  signal: AbortSignal;
}

/**
 * `safeintro demo`: checks the port before starting anything (a PostgreSQL start-up only
 * to fail at listen() would waste seconds), runs the demo until the signal, and says
 * goodbye with what was cleaned up. A taken port throws PortInUseError (one line).
 */
export async function runDemoCommand(options: DemoCommandOptions): Promise<number> {
  // Loaded here, not at the top: the demo brings in Prisma, BullMQ and the emulator.
  const { DEMO_HOST, runDemo } = await import("../dev/index.js");
  const next = options.port < 65_535 ? options.port + 1 : 3000;
  const remedy = `start the demo on another with --port, e.g. npm run demo -- --port ${next} (0 picks any free port)`;
  if (options.port !== 0) await ensurePortFree(options.port, DEMO_HOST, remedy);
  let removed: string;
  try {
    ({ removed } = await runDemo({ port: options.port, out: options.out, signal: options.signal }));
  } catch (error) {
    // Another program took the port between the check and listen().
    throw isAddressInUse(error) ? new PortInUseError(options.port, remedy) : error;
  }
  options.out.write(`Stopped. Deleted the demo data: ${removed}.\n`);
  return 0;
}
