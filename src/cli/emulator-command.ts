import { createGmailEmulator, type GmailEmulator } from "@safeintro/gmail-emulator";

export interface EmulatorCommandOptions {
  /** A folder of .eml files, or of one subfolder per address. */
  mailbox: string;
  port: number;
  host?: string;
  /** Owner of a flat mailbox folder (default connector@example.com). */
  user?: string;
  clientId?: string;
  clientSecret?: string;
  /** Quota units per user per second (default 250, Gmail's). */
  quota?: number;
  /** The admin API's bearer token; a random one is made (and printed) when unset. */
  adminToken?: string;
}

export interface EmulatorCommandStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Stops the emulator when aborted (tests); SIGINT and SIGTERM always do. */
  signal?: AbortSignal;
}

/**
 * `safeintro emulator --mailbox DIR --port N`: serves the local Gmail emulator until
 * SIGINT or SIGTERM. Prints where it listens, how to point SafeIntro at it, and the admin
 * API's token. Returns the exit code: 0 after a clean stop, 1 when it could not start.
 */
export async function runEmulatorCommand(
  options: EmulatorCommandOptions,
  streams: EmulatorCommandStreams,
): Promise<number> {
  let emulator: GmailEmulator;
  let url: string;
  try {
    emulator = await createGmailEmulator({
      mailboxDir: options.mailbox,
      ...(options.user ? { owner: options.user } : {}),
      ...(options.clientId ? { clientId: options.clientId } : {}),
      ...(options.clientSecret ? { clientSecret: options.clientSecret } : {}),
      ...(options.quota ? { quotaUnitsPerSecond: options.quota } : {}),
      ...(options.adminToken !== undefined ? { adminToken: options.adminToken } : {}),
    });
    ({ url } = await emulator.listen(options.port, options.host ?? "127.0.0.1"));
  } catch (error) {
    streams.stderr.write(`safeintro emulator: ${(error as Error).message}\n`);
    return 1;
  }

  const summary = emulator
    .users()
    .map((user) => `${user}: ${emulator.mailbox(user).list().length} messages`)
    .join(", ");
  // A token the user chose is not echoed: they have it, and terminals get shared.
  const token = options.adminToken === undefined ? emulator.adminToken : "<the --admin-token you gave>";
  streams.stdout.write(
    `Gmail emulator listening on ${url} (${summary}); run SafeIntro with GOOGLE_BASE_URL=${url}\n` +
      `Admin API: ${url}/__emulator/… with the header "Authorization: Bearer ${token}"\n`,
  );

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      streams.signal?.removeEventListener("abort", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    if (streams.signal?.aborted) stop();
    else streams.signal?.addEventListener("abort", stop);
  });
  await emulator.close();
  return 0;
}
