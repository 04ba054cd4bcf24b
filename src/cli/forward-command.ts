import { readFile } from "node:fs/promises";
import { simpleParser } from "mailparser";
import nodemailer from "nodemailer";
import { inlineForward } from "../intake/index.js";

export interface ForwardOptions {
  /** The .eml file to forward. */
  file: string;
  /** The connector's SafeIntro address. */
  to: string;
  /** The connector's own address, which SafeIntro accepts forwards from. */
  from: string;
  /** "host:port" of the SMTP server (SafeIntro's listener, or the inbound domain's MX). */
  smtp: string;
  /** What the connector writes above the forward. */
  note?: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * The forward a mail client would send, as Gmail writes one: the note, then the forwarded
 * message's header block and its text. Built from the .eml with mailparser and sent with
 * nodemailer, so it goes through SMTP exactly as a real forward does.
 */
export async function buildForward(raw: Buffer, options: Pick<ForwardOptions, "from" | "to" | "note">) {
  const original = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  return {
    from: options.from,
    to: options.to,
    subject: `Fwd: ${original.subject ?? ""}`,
    text: `${options.note ? `${options.note}\n\n` : ""}${inlineForward(original)}`,
  };
}

function parseHostPort(value: string): { host: string; port: number } | null {
  const match = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(value.trim());
  if (!match) return null;
  const port = Number(match[2]);
  return port > 0 && port < 65_536 ? { host: (match[1] ?? "").replace(/^\[|\]$/g, ""), port } : null;
}

/** `safeintro forward FILE --to ADDRESS --from ME [--smtp HOST:PORT]`. Returns the exit code. */
export async function runForwardCommand(options: ForwardOptions): Promise<number> {
  const server = parseHostPort(options.smtp);
  if (!server) {
    options.stderr.write(`safeintro forward: --smtp must be HOST:PORT, like 127.0.0.1:2525 (got "${options.smtp}")\n`);
    return 2;
  }
  let raw: Buffer;
  try {
    raw = await readFile(options.file);
  } catch (error) {
    options.stderr.write(`safeintro forward: cannot read ${options.file}: ${(error as Error).message}\n`);
    return 1;
  }
  const message = await buildForward(raw, options);
  const transport = nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: false,
  });
  try {
    const info = await transport.sendMail({ ...message, envelope: { from: options.from, to: [options.to] } });
    options.stdout.write(`Forwarded ${options.file} to ${options.to}: ${info.response}\n`);
    return 0;
  } catch (error) {
    const refused = error as Error & { response?: string };
    options.stderr.write(`safeintro forward: not accepted: ${refused.response ?? refused.message}\n`);
    return 1;
  } finally {
    transport.close();
  }
}
