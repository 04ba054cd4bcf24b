import { type Config, requireServerSettings } from "../config.js";
import { resealUnboundTokens } from "../accounts/reseal-unbound-tokens.js";
import { createServices } from "../runtime/services.js";
import { startWebServer } from "../server.js";
import { startWorkers } from "../../workers/start-workers.js";
import { PortInUseError, ensurePortFree, isAddressInUse } from "./port-in-use.js";

// startWebServer's default: every interface.
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
  const services = createServices(settings);
  try {
    // Before anything reads a token: values sealed before row binding are sealed again.
    const resealed = await resealUnboundTokens(services.prisma, services.cipher);
    if (resealed > 0) services.logger.info({ resealed }, "refresh tokens sealed again, bound to their rows");
    const web = parts.web
      ? await startWebServer(services, settings.PORT, WEB_HOST).catch((error: unknown) => {
          throw isAddressInUse(error) ? new PortInUseError(settings.PORT, remedy) : error;
        })
      : null;
    const workers = parts.workers ? startWorkers(services) : [];
    services.logger.info(
      { url: web ? services.config.PUBLIC_URL : undefined, workers: workers.length },
      web ? `SafeIntro is listening on ${services.config.PUBLIC_URL}` : "SafeIntro workers started",
    );
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await Promise.all(workers.map((worker) => worker.close()));
    await new Promise<void>((resolve) => (web ? web.server.close(() => resolve()) : resolve()));
    return 0;
  } finally {
    // Also when the web app cannot start (port taken): open connections would keep the process alive.
    await services.close();
  }
}
