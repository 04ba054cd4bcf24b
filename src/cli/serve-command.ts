import { type Config, requireServerSettings } from "../config.js";
import { createServices } from "../runtime/services.js";
import { startWebServer } from "../server.js";
import { startWorkers } from "../../workers/start-workers.js";

/**
 * `safeintro serve`: the web app and the workers in one process (the simple deployment);
 * `safeintro worker`: the workers alone, to scale them apart from the web app.
 * Runs until SIGINT or SIGTERM, then finishes the jobs under way and closes cleanly.
 */
export async function runServeCommand(config: Config, parts: { web: boolean; workers: boolean }): Promise<number> {
  const services = createServices(requireServerSettings(config));
  try {
    const web = parts.web ? await startWebServer(services) : null;
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
