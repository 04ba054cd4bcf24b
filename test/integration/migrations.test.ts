import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "../../src/dev/postgres.js";
import { projectRoot, runPrisma } from "../../src/dev/prisma-cli.js";
import { executeScript, snapshotSchema, type SchemaSnapshot } from "../support/schema-snapshot.js";
import { databaseUrl } from "../support/services.js";

const schemaPath = path.join(projectRoot, "prisma/schema.prisma");

/** The schema a datamodel describes, built in a throwaway database from Prisma's own SQL. */
async function schemaOfDatamodel(datamodelPath: string): Promise<SchemaSnapshot> {
  const diff = await runPrisma(
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", datamodelPath, "--script"],
    databaseUrl(),
  );
  expect(diff.code, diff.stderr).toBe(0);
  const scratch = await createScratchDatabase(databaseUrl(), "safeintro_schema_check");
  try {
    await executeScript(scratch.url, diff.stdout);
    return await snapshotSchema(scratch.url);
  } finally {
    await scratch.drop();
  }
}

describe("prisma migrations", () => {
  const tempDirs: string[] = [];
  afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("are all applied to the test database (prisma migrate status)", async () => {
    const status = await runPrisma(["migrate", "status"], databaseUrl());
    expect(status.code, status.stdout + status.stderr).toBe(0);
    expect(status.stdout).toContain("Database schema is up to date");
  });

  it("build exactly the schema that prisma/schema.prisma describes", async () => {
    const migrated = await snapshotSchema(databaseUrl());
    expect(migrated.columns.length).toBeGreaterThan(0);
    // On failure: schema.prisma changed without a migration. Run `npm run db:diff -- <name>`.
    expect(migrated).toEqual(await schemaOfDatamodel(schemaPath));
  });

  it("would catch a schema.prisma edited without a new migration", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "safeintro-schema-"));
    tempDirs.push(dir);
    const edited = path.join(dir, "schema.prisma");
    copyFileSync(schemaPath, edited);
    const source = readFileSync(edited, "utf8");
    const withNewColumn = source.replace(
      /(\n\s*displayName\s+String\?[^\n]*)/,
      `$1\n  nickname String? @map("nickname")`,
    );
    expect(withNewColumn).not.toBe(source);
    writeFileSync(edited, withNewColumn);

    const migrated = await snapshotSchema(databaseUrl());
    const described = await schemaOfDatamodel(edited);
    expect(described.columns).toContain("connectors.nickname text");
    expect(migrated).not.toEqual(described);
  });
});
