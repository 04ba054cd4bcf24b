import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PrismaClient } from "../db/index.js";
import { currentInboundAddress, type StaticDnsRecords } from "../inbound/index.js";
import { DEMO_CONNECTOR } from "./demo-mailbox/index.js";

/** The demo's inbound domain: .localhost names never resolve outside this machine. */
export const DEMO_INBOUND_DOMAIN = "in.safeintro.localhost";

/** The sample request the demo offers to forward (samples/forward/README.md). */
export const DEMO_FORWARD_FILE = "samples/forward/request-from-work.eml";

/**
 * The DNS the demo's sender checks read instead of the network: the demo connector's domain
 * lets this machine send its mail (SPF) and asks receivers to reject what fails (DMARC), so
 * a forward from sam@rivera.example sent from here passes, as one from Sam's real mail
 * server would, and one from any other address is refused.
 */
export async function writeDemoDnsRecords(dir: string): Promise<string> {
  const domain = DEMO_CONNECTOR.email.split("@")[1] ?? "";
  const records: StaticDnsRecords = {
    [domain]: { TXT: [["v=spf1 ip4:127.0.0.1 ip6:::1 -all"]] },
    [`_dmarc.${domain}`]: { TXT: [["v=DMARC1; p=reject"]] },
  };
  const file = join(dir, "demo-dns.json");
  await writeFile(file, JSON.stringify(records, null, 2));
  return file;
}

/**
 * Waits until the demo's connector has signed in, then tells them their SafeIntro address and
 * the one command that forwards the sample request to it. Resolves when told, or on abort.
 */
export async function announceInboundAddress(
  prisma: PrismaClient,
  smtp: { host: string; port: number },
  out: NodeJS.WritableStream,
  signal: AbortSignal,
): Promise<void> {
  while (!signal.aborted) {
    const connector = await prisma.connector.findFirst({
      where: { email: DEMO_CONNECTOR.email },
      select: { id: true },
    });
    if (connector) {
      const address = await currentInboundAddress(prisma, connector.id, DEMO_INBOUND_DOMAIN);
      out.write(
        `\nConnected. Your SafeIntro address is ${address} (SMTP on ${smtp.host}:${smtp.port}).\n` +
          `  Forward a request that reached you elsewhere, in another terminal:\n` +
          `  node bin/safeintro.js forward ${DEMO_FORWARD_FILE} --to ${address} --from ${DEMO_CONNECTOR.email} --smtp ${smtp.host}:${smtp.port}\n` +
          `  It appears under "Last forwarded" on the status page, and as a request.\n`,
      );
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
