import { open } from "node:fs/promises";
import { InputError, messageTooLarge } from "../intake/index.js";

/**
 * Reads one input ("-" is standard input) without ever holding more than one byte past
 * the limit: a 30 MB file is refused after a stat, a 30 MB pipe after the limit.
 */
export async function readInput(
  path: string,
  maxBytes: number,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<Buffer> {
  if (path === "-") return readStream(stdin, maxBytes);
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new InputError("unreadable", describeFileError(error as NodeJS.ErrnoException));
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new InputError("unreadable", "is a directory, not a message file");
    if (stats.size > maxBytes) throw messageTooLarge(stats.size, maxBytes);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += buffer.length;
    if (total > maxBytes) throw messageTooLarge(total, maxBytes, true);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function describeFileError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory, not a message file";
    default:
      return `cannot read the file (${error.code ?? error.message})`;
  }
}
