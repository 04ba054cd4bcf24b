// A Gmail worker process for the fault tests, run as `node --import tsx test/support/worker-child.ts`
// with the settings in its environment. It starts as `safeintro worker` does (startSafeIntro, no
// web app) but with short job locks, so that the job of a worker killed with SIGKILL is taken
// up by the next one within seconds rather than BullMQ's 30.
import { loadConfig, requireServerSettings } from "../../src/config.js";
import { startSafeIntro } from "../../src/runtime/start-safeintro.js";

const running = await startSafeIntro(requireServerSettings(loadConfig(process.env)), {
  web: null,
  workers: true,
  workerLocks: { lockDurationMs: 2_000, stalledIntervalMs: 500 },
});
const stop = async () => {
  await running.stop();
  process.exit(0);
};
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
