import MailComposer from "nodemailer/lib/mail-composer/index.js";

/**
 * A request forwarded as an attachment, as Gmail's "Forward as attachment" sends it: a short
 * note, and the original as a message/rfc822 part marked `attachment` (filename Subject.eml).
 */
export async function forwardedAsAttachment(options: {
  forwarder: { name: string; email: string };
  to: string;
  note: string;
  original: Buffer | string;
  disposition?: "attachment" | "inline";
}): Promise<Buffer> {
  return new MailComposer({
    from: { name: options.forwarder.name, address: options.forwarder.email },
    to: options.to,
    subject: "Fwd: Intro to Maria Lopez?",
    date: new Date("2026-11-21T10:00:00Z"),
    text: options.note,
    attachments: [
      {
        filename: "Intro to Maria Lopez.eml",
        content: options.original,
        contentType: "message/rfc822",
        contentDisposition: options.disposition ?? "attachment",
      },
    ],
  })
    .compile()
    .build();
}

/** The original: Dana Reyes asks the forwarder for an introduction to Maria Lopez. */
export async function danasRequest(to: { name: string; email: string }): Promise<Buffer> {
  return new MailComposer({
    from: { name: "Dana Reyes", address: "dana@reyes-labs.example" },
    to: { name: to.name, address: to.email },
    subject: "Intro to Maria Lopez?",
    date: new Date("2026-11-20T10:00:00Z"),
    text: [
      `Hi ${to.name.split(" ")[0]},`,
      "",
      "Could you introduce me to Maria Lopez, head of procurement at Halvorsen Shipping? We cut fuel",
      "costs 12% for two of their competitors, and I'd love 20 minutes with her to show how.",
      "",
      "Thanks,",
      "Dana",
    ].join("\n"),
  })
    .compile()
    .build();
}
