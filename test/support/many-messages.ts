/** `count` small, distinct RFC 822 messages (none of them an intro request), for syncs of some size. */
export function manyMessages(count: number, tag = "bulk"): Buffer[] {
  return Array.from({ length: count }, (_, index) =>
    Buffer.from(
      [
        `From: Newsletter ${index} <news${index}@${tag}.example>`,
        "To: sam@rivera.example",
        `Subject: Weekly digest ${tag} #${index}`,
        `Date: ${new Date(Date.UTC(2026, 0, 1) + index * 60_000).toUTCString()}`,
        `Message-ID: <${tag}-${index}@${tag}.example>`,
        "",
        `This week's digest number ${index}. Nothing to introduce.`,
        "",
      ].join("\r\n"),
    ),
  );
}
