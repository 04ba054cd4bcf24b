// There is no Docker engine on the development machines or in CI: these tests read the
// Dockerfile and hold it to what package.json, .ci/run and prisma.config.ts say.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { argsOf, commandOf, healthcheckOf, lineage, readDockerfile } from "../support/dockerfile.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (file: string) => readFileSync(`${root}${file}`, "utf8");
const stages = readDockerfile(`${root}Dockerfile`);
const stage = (name: string) => stages.find((candidate) => candidate.name === name);
const packageJson = JSON.parse(read("package.json")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const script = (name: string) => packageJson.scripts[name]?.split(" ") ?? [];
/** `npm ci` as CI runs it, with its flags (.ci/run). */
const ciInstall = /^\s*(npm ci\b.*)$/m.exec(read(".ci/run"))?.[1]?.trim();

describe("the Dockerfile", () => {
  it("builds in stages on Node 24 and Debian 12, and makes the web app unless told otherwise", () => {
    expect(stages.map((candidate) => candidate.name)).toEqual([
      "npm",
      "deps",
      "build",
      "production-deps",
      "runtime",
      "worker",
      "web",
    ]);
    const bases = stages.filter((candidate) => !stage(candidate.from)).map((candidate) => candidate.from);
    expect(new Set(bases)).toEqual(new Set(["node:24-bookworm-slim"]));
  });

  it("installs and builds with the commands CI and package.json use", () => {
    expect(ciInstall).toBe("npm ci --no-audit --no-fund");
    expect(argsOf(stage("deps"), "RUN")).toEqual([ciInstall]);
    expect(argsOf(stage("build"), "RUN")).toEqual(["npm run build"]);
    expect(packageJson.scripts.build).toMatch(/tsc -p tsconfig\.build\.json$/);
    // The production install is CI's, less the development packages and the emulator workspace.
    expect(argsOf(stage("production-deps"), "RUN")).toEqual([
      ciInstall?.replace("npm ci", "npm ci --omit=dev --workspaces=false"),
    ]);
  });

  it("keeps package.json's allowScripts policy: an npm that reads it, and no flag that overrides it", () => {
    expect(packageJson.allowScripts["@prisma/engines"]).toBe(false);
    const npmVersion = argsOf(stage("npm"), "ARG")
      .map((arg) => /^NPM_VERSION=(\d+)\.(\d+)\.(\d+)$/.exec(arg))
      .find(Boolean);
    const [major = 0, minor = 0] = (npmVersion ?? []).slice(1).map(Number);
    // npm reads allowScripts from 11.16 on.
    expect(major > 11 || (major === 11 && minor >= 16)).toBe(true);
    expect(argsOf(stage("npm"), "RUN")).toEqual(["npm install --global --no-audit --no-fund npm@${NPM_VERSION}"]);
    for (const install of ["deps", "production-deps"]) {
      expect(stage(install)?.from).toBe("npm");
      expect(argsOf(stage(install), "RUN").join(" ")).not.toMatch(
        /--ignore-scripts|--dangerously-allow-all-scripts|--allow-scripts/,
      );
    }
  });

  it("gives each npm ci what the postinstall script reads: the generator script, the schema and prisma.config.ts", () => {
    const generator = /^node (\S+)$/.exec(packageJson.scripts.postinstall ?? "")?.[1];
    expect(generator).toBe("scripts/prisma-generate.mjs");
    for (const install of ["deps", "production-deps"]) {
      const copied = argsOf(stage(install), "COPY").join(" ");
      for (const file of [generator, "prisma/schema.prisma", "prisma.config.ts", "package.json", "package-lock.json"])
        expect(copied).toContain(file);
    }
  });

  it("runs the compiled product with plain node, as a user other than root, with package.json's commands", () => {
    expect(commandOf(stages, "web")).toEqual(script("start"));
    expect(commandOf(stages, "worker")).toEqual(script("worker"));
    expect(script("start").slice(0, 3)).toEqual(["node", "--enable-source-maps", "dist/src/cli/run.js"]);
    const user = argsOf(stage("runtime"), "USER").at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
  });

  it("puts only the build and the production dependencies in the final image", () => {
    const runtime = stage("runtime");
    expect(stage(runtime?.from ?? "")).toBeUndefined(); // a fresh base image, none of the build's layers
    const copies = argsOf(runtime, "COPY");
    const fromStages = copies.filter((copy) => copy.startsWith("--from="));
    expect(fromStages).toEqual([
      "--from=production-deps /app/node_modules node_modules",
      "--from=build /app/dist dist",
    ]);
    // From the context, only what `npm run db:migrate` reads, and the email templates.
    expect(copies.filter((copy) => !copy.startsWith("--from="))).toEqual([
      "package.json prisma.config.ts ./",
      "prisma prisma",
      "templates templates",
    ]);
    for (const final of ["web", "worker"])
      expect(lineage(stages, final).map((ancestor) => ancestor.name)).toEqual([final, "runtime"]);
  });

  it("has the email templates where the compiled product looks for them: templates/ beside dist/", () => {
    // dist/src/email/templates-dir.js looks three folders up, as src/email/ looks two: /app/templates.
    expect(read("src/email/templates-dir.ts")).toContain('"../../../templates/"');
    expect(argsOf(stage("runtime"), "WORKDIR")).toEqual(["/app"]);
    expect(argsOf(stage("runtime"), "COPY")).toContain("templates templates");
    expect(read(".dockerignore").split("\n")).not.toContain("templates");
  });

  it("can run the migrations: the Prisma CLI is a production dependency, and the image has what prisma.config.ts names", () => {
    expect(packageJson.scripts["db:migrate"]).toBe("prisma migrate deploy");
    expect(packageJson.dependencies.prisma).toBeDefined();
    const config = read("prisma.config.ts");
    for (const imported of config.matchAll(/^import\s+(?:.*\s+from\s+)?"([^"./][^"]*)";/gm)) {
      const name = (imported[1] ?? "").split("/")[0] ?? "";
      expect(packageJson.dependencies, `prisma.config.ts imports ${imported[1]}`).toHaveProperty([name]);
    }
    const named = [/schema: "([^"]+)"/, /migrations: \{ path: "([^"]+)" \}/].map(
      (pattern) => pattern.exec(config)?.[1],
    );
    expect(named).toEqual(["prisma/schema.prisma", "prisma/migrations"]);
    expect(argsOf(stage("runtime"), "COPY")).toContain("prisma prisma");
  });

  it("checks the web app's health on /healthz, on the port it listens on, and not the workers'", () => {
    const web = healthcheckOf(stages, "web") ?? "";
    const [, options = "", command = "[]"] = /^(.*?)\s*CMD (\[.*\])$/.exec(web) ?? [];
    expect(options).toMatch(/--interval=\S+/);
    const [program, ...args] = JSON.parse(command) as string[];
    expect(program).toBe("node");
    expect(args.join(" ")).toMatch(/127\.0\.0\.1:' \+ \(process\.env\.PORT \|\| 3000\) \+ '\/healthz'/);
    expect(argsOf(stage("web"), "EXPOSE")).toEqual(["3000"]);
    expect(healthcheckOf(stages, "worker")).toBe("NONE");
  });

  it("has a .dockerignore that keeps the host's installs, builds and secrets out of the image", () => {
    const ignored = read(".dockerignore")
      .split("\n")
      .map((line) => line.trim());
    for (const entry of ["**/node_modules", "dist", "src/generated", ".env", ".git"]) expect(ignored).toContain(entry);
    // npm ci needs the workspace's package.json, and only that.
    expect(ignored).toContain("packages/*");
    expect(ignored).toContain("!packages/*/package.json");
  });
});
