import { ConfigError, loadConfig } from "../../src/config.js";

/** The problems loadConfig names for an environment, one line each; [] when it is accepted. */
export function configProblems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
}
