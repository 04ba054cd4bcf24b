// There is no Docker engine on the development machines or in CI: these tests read
// docker-compose.yml and hold it to the Dockerfile and package.json.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { commandOf, healthcheckOf, readDockerfile } from "../support/dockerfile.js";

interface Service {
  image?: string;
  build?: { context: string; target: string };
  command?: string[];
  env_file?: string;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
}

const root = fileURLToPath(new URL("../../", import.meta.url));
// Compose reads YAML 1.1 merge keys (<<), which the file uses to share the app's settings.
const compose = parse(readFileSync(`${root}docker-compose.yml`, "utf8"), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const services = compose.services;
const stages = readDockerfile(`${root}Dockerfile`);
const scripts = (JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { scripts: Record<string, string> })
  .scripts;
const APPS = ["migrate", "web", "worker"];

/** What the service runs: its own command, or its build target's CMD. */
const commandRun = (name: string): string[] | undefined =>
  services[name]?.command ?? commandOf(stages, services[name]?.build?.target ?? "");

describe("docker-compose.yml", () => {
  it("runs the web app, the workers, a one-shot migration, PostgreSQL and Redis", () => {
    expect(Object.keys(services).sort()).toEqual(["migrate", "postgres", "redis", "web", "worker"]);
    expect(services.postgres?.image).toMatch(/^postgres:\d+/);
    expect(services.redis?.image).toMatch(/^redis:\d+/);
  });

  it("builds each app service from this repository's Dockerfile, at a target it has", () => {
    for (const name of APPS) {
      expect(services[name]?.build?.context, name).toBe(".");
      expect(
        stages.map((stage) => stage.name),
        name,
      ).toContain(services[name]?.build?.target);
    }
    expect(services.web?.build?.target).toBe("web");
    expect(services.worker?.build?.target).toBe("worker");
  });

  it("runs package.json's commands: npm start, npm run worker, npm run db:migrate", () => {
    expect(commandRun("web")).toEqual(scripts.start?.split(" "));
    expect(commandRun("worker")).toEqual(scripts.worker?.split(" "));
    expect(commandRun("migrate")).toEqual(["npm", "run", "db:migrate"]);
    expect(scripts["db:migrate"]).toBe("prisma migrate deploy");
    expect(services.migrate?.restart).toBe("no");
    for (const name of ["web", "worker", "postgres", "redis"])
      expect(services[name]?.restart, name).toBe("unless-stopped");
  });

  it("gives the apps their settings from .env, in production, on the compose network's PostgreSQL and Redis", () => {
    for (const name of APPS) {
      const service = services[name];
      expect(service?.env_file, name).toBe(".env");
      expect(service?.environment?.NODE_ENV, name).toBe("production");
      // The password comes from .env too, and compose refuses to start without it.
      expect(service?.environment?.DATABASE_URL, name).toBe(
        "postgresql://safeintro:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}@postgres:5432/safeintro",
      );
      expect(service?.environment?.REDIS_URL, name).toBe("redis://redis:6379");
    }
    expect(services.postgres?.environment).toEqual({
      POSTGRES_USER: "safeintro",
      POSTGRES_PASSWORD: "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}",
      POSTGRES_DB: "safeintro",
    });
  });

  it("starts the web app and the workers once the migration succeeded and the databases are healthy", () => {
    const ready = {
      migrate: { condition: "service_completed_successfully" },
      postgres: { condition: "service_healthy" },
      redis: { condition: "service_healthy" },
    };
    expect(services.web?.depends_on).toEqual(ready);
    expect(services.worker?.depends_on).toEqual(ready);
    expect(services.migrate?.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
  });

  it("checks the health of every long-running service but the workers, which have no endpoint", () => {
    expect(services.postgres?.healthcheck?.test).toEqual(["CMD-SHELL", "pg_isready -U safeintro -d safeintro"]);
    expect(services.redis?.healthcheck?.test).toEqual(["CMD", "redis-cli", "ping"]);
    // The web app's comes with its image: GET /healthz.
    expect(services.web?.healthcheck).toBeUndefined();
    expect(healthcheckOf(stages, "web")).toContain("/healthz");
    expect(healthcheckOf(stages, "worker")).toBe("NONE");
  });

  it("publishes the web app's port on loopback only, for a reverse proxy on the host", () => {
    const port = services.web?.environment?.PORT;
    expect(port).toBe("3000");
    expect(services.web?.ports).toEqual([`127.0.0.1:${port}:${port}`]);
    expect(services.postgres?.ports).toBeUndefined();
    expect(services.redis?.ports).toBeUndefined();
  });

  it("keeps PostgreSQL's data and Redis's (where the job schedules live) in named volumes, Redis with appendonly", () => {
    const used = Object.values(services).flatMap((service) =>
      (service.volumes ?? []).map((volume) => volume.split(":")[0]),
    );
    expect(new Set(used)).toEqual(new Set(Object.keys(compose.volumes)));
    expect(services.postgres?.volumes).toEqual(["postgres-data:/var/lib/postgresql/data"]);
    expect(services.redis?.volumes).toEqual(["redis-data:/data"]);
    const redisCommand = services.redis?.command?.join(" ") ?? "";
    expect(redisCommand).toContain("--appendonly yes");
    expect(redisCommand).toContain("--maxmemory-policy noeviction");
  });
});
