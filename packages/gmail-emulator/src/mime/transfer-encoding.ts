/** Content-Transfer-Encoding decoding for a leaf part's body bytes. */
export function decodeTransferEncoding(body: Buffer, encoding: string | false): Buffer {
  switch ((encoding || "").toLowerCase()) {
    case "base64":
      // Buffer's base64 decoder skips line breaks and stray whitespace, as mail clients do.
      return Buffer.from(body.toString("latin1"), "base64");
    case "quoted-printable":
      return decodeQuotedPrintable(body);
    default:
      return body;
  }
}

function decodeQuotedPrintable(body: Buffer): Buffer {
  const text = body
    .toString("latin1")
    .replace(/[ \t]+(?=\r?\n)/g, "") // trailing whitespace is padding added in transport
    .replace(/=\r?\n/g, ""); // soft line breaks
  return Buffer.from(
    text.replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  );
}
