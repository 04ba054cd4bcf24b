import { type Config, requireServerSettings } from "../config.js";
import { startSafeIntro } from "../runtime/index.js";
import { PortInUseError, ensurePortFree, isAddressInUse } from "./port-in-use.js";

/** The web app listens on every interface: behind a reverse proxy, or in a container. */
const WEB_HOST = "0.0.0.0";

/**
 * `safeintro serve`: the web app and the workers in one process (the simple deployment);
 * `safeintro worker`: the workers alone, to scale them apart from the web app.
 * Runs until SIGINT or SIGTERM, then finishes the jobs under way and closes cleanly.
 */
export async function runServeCommand(config: Config, parts: { web: boolean; workers: boolean }): Promise<number> {
  const settings = requireServerSettings(config);
  const remedy = `set PORT to a free one (and PUBLIC_URL to match), e.g. PORT=${settings.PORT < 65_535 ? settings.PORT + 1 : 3000}`;
  if (parts.web) await ensurePortFree(settings.PORT, WEB_HOST, remedy);
  const running = await startSafeIntro(settings, {
    web: parts.web ? { port: settings.PORT, host: WEB_HOST } : null,
    workers: parts.workers,
  }).catch((error: unknown) => {
    // Another program took the port between the check and listen().
    throw isAddressInUse(error) ? new PortInUseError(settings.PORT, remedy) : error;
  });
  const { logger } = running.services;
  logger.info(
    { url: running.url ? settings.PUBLIC_URL : undefined, workers: running.workers.length },
    running.url ? `SafeIntro is listening on ${settings.PUBLIC_URL}` : "SafeIntro workers started",
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await running.stop();
  return 0;
}
