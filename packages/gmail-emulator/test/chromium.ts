import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Debian's Chromium for the consent-page test (playwright-core cannot download its own here):
 * CHROMIUM_PATH, or chromium on the PATH, or installed with apt-get when root on Debian.
 * The package's own copy of what the product's test support does, so that these tests need
 * nothing from the product.
 */
export function findChromium(): string {
  const existing = located();
  if (existing) return existing;
  if (canAptInstall()) {
    console.error("[gmail-emulator tests] installing chromium with apt-get (once per machine)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update"], { stdio: ["ignore", 2, 2], env });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: ["ignore", 2, 2], env });
    const installed = located();
    if (installed) return installed;
  }
  throw new Error(
    "The consent-page browser test needs Chromium: set CHROMIUM_PATH, install it (`apt-get install chromium` on Debian/Ubuntu), or run the tests as root on Debian/Ubuntu so they install it.",
  );
}

/** Flags for a headless Chromium on a machine with no network and no display. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function located(): string | undefined {
  return (
    process.env.CHROMIUM_PATH ||
    onPath("chromium") ||
    onPath("chromium-browser") ||
    (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined)
  );
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function canAptInstall(): boolean {
  if (process.getuid?.() !== 0 || !existsSync("/etc/os-release") || !onPath("apt-get")) return false;
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync("/etc/os-release", "utf8"));
}
