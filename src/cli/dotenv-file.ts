import { config } from "dotenv";

/**
 * Reads `.env` (from the working directory, like the Prisma CLI through prisma.config.ts)
 * into process.env. A variable already set in the real environment wins, so a deployment
 * can override the file. No `.env` is fine: every setting can come from the environment.
 */
export function loadDotenvFile(path = ".env"): void {
  const { error } = config({ path, quiet: true });
  if (error && (error as NodeJS.ErrnoException).code !== "ENOENT")
    throw new Error(`cannot read ${path}: ${error.message}`);
}
