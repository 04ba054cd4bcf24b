/** A `format=full` part as the fixtures hold it. */
export interface FixturePart {
  partId?: string;
  mimeType: string;
  filename: string;
  headers: { name: string; value: string }[];
  body: { size: number; data?: string; attachmentId?: string };
  parts?: FixturePart[];
}

/**
 * Rebuilds an RFC 822 message from a real Gmail `format=full` answer, so the emulator can
 * be asked for the same message and its answer compared with Google's. Attachment bytes
 * are not in the fixture, so they are stand-in bytes of the recorded size.
 */
export function fixtureToRaw(payload: FixturePart): Buffer {
  return Buffer.concat([...partBytes(payload)]);
}

function* partBytes(part: FixturePart): Generator<Buffer> {
  yield Buffer.from(part.headers.map((header) => `${header.name}: ${header.value}\r\n`).join("") + "\r\n");
  if (part.parts) {
    const contentType = part.headers.find((header) => header.name.toLowerCase() === "content-type")?.value ?? "";
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1] ?? "boundary";
    for (const child of part.parts) {
      yield Buffer.from(`--${boundary}\r\n`);
      yield* partBytes(child);
      yield Buffer.from("\r\n");
    }
    yield Buffer.from(`--${boundary}--\r\n`);
    return;
  }
  const encoding = part.headers.find((header) => header.name.toLowerCase() === "content-transfer-encoding")?.value;
  const bytes = part.body.data ? Buffer.from(part.body.data, "base64url") : Buffer.alloc(part.body.size, 0x2a);
  if (encoding?.toLowerCase() === "base64") {
    yield Buffer.from((bytes.toString("base64").match(/.{1,76}/g) ?? []).join("\r\n"));
  } else {
    yield bytes;
  }
}
