import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * templates/ at the repository root, found from this module: two folders up in the sources
 * (src/email/, run by tsx), three in the build (dist/src/email/). The image copies templates/
 * beside dist/ (Dockerfile, runtime stage), as the repository has it.
 */
export function defaultTemplatesDir(): string {
  const candidates = ["../../templates/", "../../../templates/"].map((relative) =>
    fileURLToPath(new URL(relative, import.meta.url)),
  );
  const found = candidates.find((dir) => existsSync(`${dir}partials`));
  if (found === undefined) throw new Error(`The email templates are missing: looked in ${candidates.join(" and ")}`);
  return found;
}
