import { sign, type KeyObject } from "node:crypto";

/**
 * A minimal self-signed X.509 v3 certificate, DER-encoded by hand: node:crypto can sign
 * but not build certificates, and Google's /oauth2/v1/certs serves certificates (some
 * verifiers, e.g. X509Certificate or jose's importX509, accept nothing else).
 */
export function selfSignedCertificatePem(
  publicKey: KeyObject,
  privateKey: KeyObject,
  commonName: string,
  notBefore: Date,
  notAfter: Date,
): string {
  const sha256WithRsa = sequence(oid([1, 2, 840, 113549, 1, 1, 11]), NULL);
  const name = sequence(set(sequence(oid([2, 5, 4, 3]), tagged(0x0c, Buffer.from(commonName, "utf8")))));
  const tbs = sequence(
    tagged(0xa0, integer(Buffer.from([2]))), // [0] EXPLICIT version v3
    integer(Buffer.from((notBefore.getTime() % 2 ** 31).toString(16).padStart(8, "0"), "hex")),
    sha256WithRsa,
    name,
    sequence(utcTime(notBefore), utcTime(notAfter)),
    name,
    publicKey.export({ type: "spki", format: "der" }),
  );
  const signature = sign("sha256", tbs, privateKey);
  const der = sequence(tbs, sha256WithRsa, tagged(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const lines = der.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}

const NULL = Buffer.from([0x05, 0x00]);

function tagged(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);
}

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function sequence(...items: Buffer[]): Buffer {
  return tagged(0x30, Buffer.concat(items));
}

function set(...items: Buffer[]): Buffer {
  return tagged(0x31, Buffer.concat(items));
}

/** A positive INTEGER: a leading 0x00 keeps the sign bit clear. */
function integer(value: Buffer): Buffer {
  return tagged(0x02, (value[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value);
}

function oid(arcs: number[]): Buffer {
  const [first = 0, second = 0, ...rest] = arcs;
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const chunk = [arc & 0x7f];
    for (let value = arc >>> 7; value > 0; value >>>= 7) chunk.unshift((value & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tagged(0x06, Buffer.from(bytes));
}

function utcTime(date: Date): Buffer {
  const iso = date.toISOString(); // 2026-03-16T12:00:00.000Z → 260316120000Z
  const text = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return tagged(0x17, Buffer.from(text, "ascii"));
}
