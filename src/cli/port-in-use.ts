import { createServer } from "node:net";

/** A port another program holds, said in one line that names the way out. */
export class PortInUseError extends Error {
  override readonly name = "PortInUseError";
  constructor(port: number, remedy: string) {
    super(`port ${port} is already in use by another program; ${remedy}`);
  }
}

export function isAddressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "EADDRINUSE";
}

/**
 * Throws PortInUseError when nothing could listen on host:port right now. Checked before
 * anything starts, so a taken port costs no database start-up and leaves no half-started
 * services to close (closing them logs connection errors). A program that takes the
 * port after the check still fails at listen(): callers map that with isAddressInUse.
 */
export async function ensurePortFree(port: number, host: string, remedy: string): Promise<void> {
  const free = await new Promise<boolean>((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once("error", (error) => (isAddressInUse(error) ? resolve(false) : reject(error)));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
  if (!free) throw new PortInUseError(port, remedy);
}
