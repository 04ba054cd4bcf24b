import { promises as dns } from "node:dns";
import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * How the sender checks (SPF, DKIM, DMARC) ask DNS, in the shape of `dns.promises.resolve`:
 * production passes that; the tests and the demo pass a static one so that they never reach
 * the network. A name without records must reject with Node's codes (ENOTFOUND: no such
 * name, ENODATA: no record of that type): mailauth reads those two as "no record" and
 * anything else as a temporary DNS failure (temperror).
 */
export type DnsResolver = (name: string, rrtype: string) => Promise<unknown>;

/** The real DNS, through the system's resolver configuration: what production uses. */
export const systemDnsResolver: DnsResolver = (name, rrtype) => dns.resolve(name, rrtype);

/**
 * DNS answers by lowercased name, then record type ("TXT", "A", …). A TXT record is a list of
 * chunks, as `dns.promises.resolveTxt` answers (["v=DKIM1; k=rsa; ", "p=MIIB…"]); a plain
 * string stands for a record of one chunk. Other types are lists of strings (addresses,
 * names), so MX and SRV, whose answers are objects, cannot be given here.
 */
export type StaticDnsRecords = Record<string, Record<string, string[] | string[][]>>;

/** Names compare without case and without the root's trailing dot, as in DNS. */
const normaliseName = (name: string): string => name.trim().toLowerCase().replace(/\.$/, "");

/** An error shaped like the ones `dns.promises.resolve` rejects with. */
function dnsError(code: "ENOTFOUND" | "ENODATA", name: string, rrtype: string): Error {
  const syscall = `query${rrtype.charAt(0)}${rrtype.slice(1).toLowerCase()}`;
  return Object.assign(new Error(`${syscall} ${code} ${name}`), { code, hostname: name, syscall });
}

/** Answers from `records` only; see StaticDnsRecords for the shape. */
export function createStaticResolver(records: StaticDnsRecords): DnsResolver {
  const table = new Map<string, Map<string, string[] | string[][]>>();
  for (const [name, byType] of Object.entries(records)) {
    const types = table.get(normaliseName(name)) ?? new Map<string, string[] | string[][]>();
    for (const [rrtype, answers] of Object.entries(byType)) {
      const type = rrtype.toUpperCase();
      // TXT answers are always lists of chunks, as mailauth (and Node) expect them.
      types.set(
        type,
        type === "TXT" ? answers.map((answer) => (Array.isArray(answer) ? [...answer] : [answer])) : answers,
      );
    }
    table.set(normaliseName(name), types);
  }

  return async (name, rrtype) => {
    const types = table.get(normaliseName(name));
    if (!types) throw dnsError("ENOTFOUND", name, rrtype);
    const answers = types.get(rrtype.toUpperCase());
    if (!answers || answers.length === 0) throw dnsError("ENODATA", name, rrtype);
    // A copy, so that a caller that edits an answer cannot change the next one.
    return answers.map((answer) => (Array.isArray(answer) ? [...answer] : answer));
  };
}

const answersSchema = z.array(z.union([z.string(), z.array(z.string()).min(1)]));

const recordsFileSchema = z.record(
  z.string().min(1, "a name must not be empty"),
  z
    .record(z.string().regex(/^[A-Za-z]+$/, "must be a record type like TXT or A"), answersSchema)
    .superRefine((byType, context) => {
      for (const [rrtype, answers] of Object.entries(byType)) {
        if (rrtype.toUpperCase() !== "TXT" && answers.some((answer) => Array.isArray(answer)))
          context.addIssue({
            code: "custom",
            path: [rrtype],
            message: "only TXT answers may be lists of chunks; other types are lists of strings",
          });
      }
    }),
);

/**
 * Reads a JSON file of DNS answers (INBOUND_DNS_RECORDS_FILE) in the StaticDnsRecords shape,
 * at start-up. Throws an error that names the file and what is wrong with it.
 */
export function readDnsRecordsFile(path: string): StaticDnsRecords {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`Cannot read the DNS records file ${path}: ${(error as Error).message}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`The DNS records file ${path} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = recordsFileSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const where = issue.path.length > 0 ? issue.path.map(String).join(" → ") : "the file";
      return `${where}: ${issue.message}`;
    });
    throw new Error(
      `The DNS records file ${path} is not a map of name → record type → answers: ${problems.join("; ")}`,
    );
  }
  return Object.fromEntries(
    Object.entries(result.data).map(([name, byType]) => [
      name,
      Object.fromEntries(
        Object.entries(byType).map(([rrtype, answers]) => [
          rrtype,
          // The schema let only TXT answers be lists; a plain TXT string is a record of one chunk.
          rrtype.toUpperCase() === "TXT"
            ? answers.map((answer) => (Array.isArray(answer) ? answer : [answer]))
            : answers.filter((answer): answer is string => typeof answer === "string"),
        ]),
      ),
    ]),
  );
}
