// A comparable description of a database schema, read from the PostgreSQL catalogs.
//
// Prisma's own live-database diff (`migrate diff --from-url`, `db pull`) is unavailable offline:
// with the JS schema engine the CLI refuses `--from-url`, and introspection through the adapter
// fails on the `"char"` catalog type. So the migrations check compares catalogs itself.
import pg from "pg";

export interface SchemaSnapshot {
  enums: string[];
  columns: string[];
  constraints: string[];
  indexes: string[];
}

const QUERIES: Record<keyof SchemaSnapshot, string> = {
  enums: `
    SELECT t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname`,
  // Sorted by name, not position: a column added by a later migration sits last in the table.
  columns: `
    SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
      || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
      || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') AS line
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      AND c.relname <> '_prisma_migrations'`,
  constraints: `
    SELECT c.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid) AS line
    FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'`,
  indexes: `
    SELECT indexdef AS line FROM pg_indexes
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
};

export async function snapshotSchema(databaseUrl: string): Promise<SchemaSnapshot> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const snapshot = {} as SchemaSnapshot;
    for (const [key, sql] of Object.entries(QUERIES) as Array<[keyof SchemaSnapshot, string]>) {
      const { rows } = await client.query<{ line: string }>(sql);
      snapshot[key] = rows.map((row) => row.line).sort();
    }
    return snapshot;
  } finally {
    await client.end();
  }
}

/** Runs a multi-statement SQL script (no parameters) in one round trip. */
export async function executeScript(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
