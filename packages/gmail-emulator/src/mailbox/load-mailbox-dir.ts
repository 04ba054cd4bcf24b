import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";

export const DEFAULT_OWNER = "connector@example.com";

/** Raw messages per mailbox owner. */
export type RawMailboxes = Record<string, Buffer[]>;

const LOOKS_LIKE_ADDRESS = /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/;

/**
 * Reads a demo mailbox from disk. A folder of .eml files is one mailbox (for `owner`);
 * a folder whose subfolders are named like addresses ("sam@rivera.example/") holds one
 * mailbox per subfolder. Files are read in name order.
 */
export async function loadMailboxDir(dir: string, owner: string = DEFAULT_OWNER): Promise<RawMailboxes> {
  const entries = await readdir(dir, { withFileTypes: true });
  const userDirs = entries.filter((entry) => entry.isDirectory() && LOOKS_LIKE_ADDRESS.test(entry.name));
  if (userDirs.length > 0) {
    const mailboxes: RawMailboxes = {};
    for (const entry of userDirs.sort((a, b) => a.name.localeCompare(b.name))) {
      mailboxes[entry.name.toLowerCase()] = await readEmlFiles(join(dir, entry.name));
    }
    return mailboxes;
  }
  return { [owner.toLowerCase()]: await readEmlFiles(dir) };
}

/** Every .eml file directly in `dir`, in name order. */
export async function readEmlFiles(dir: string): Promise<Buffer[]> {
  if (!(await stat(dir)).isDirectory()) throw new Error(`not a directory: ${dir}`);
  const names = (await readdir(dir)).filter((name) => name.toLowerCase().endsWith(".eml")).sort();
  return Promise.all(names.map((name) => readFile(join(dir, name))));
}
