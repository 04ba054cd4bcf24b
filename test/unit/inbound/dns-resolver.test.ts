import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spf } from "mailauth";
import { afterAll, describe, expect, it } from "vitest";
import { createStaticResolver, readDnsRecordsFile } from "../../../src/inbound/dns-resolver.js";

describe("createStaticResolver", () => {
  const resolver = createStaticResolver({
    "Example.ORG.": { txt: [["v=spf1 -all"], ["v=DKIM1; k=rsa; ", "p=AAAA"]], A: ["192.0.2.1"] },
    "_dmarc.example.org": { TXT: ["v=DMARC1; p=reject"] },
  });

  it("answers TXT as lists of chunks, wrapping plain strings, whatever the case of the name and type", async () => {
    await expect(resolver("example.org", "TXT")).resolves.toEqual([["v=spf1 -all"], ["v=DKIM1; k=rsa; ", "p=AAAA"]]);
    await expect(resolver("EXAMPLE.org.", "txt")).resolves.toEqual([["v=spf1 -all"], ["v=DKIM1; k=rsa; ", "p=AAAA"]]);
    await expect(resolver("example.org", "A")).resolves.toEqual(["192.0.2.1"]);
    await expect(resolver("_dmarc.example.org", "TXT")).resolves.toEqual([["v=DMARC1; p=reject"]]);
  });

  it("rejects an unknown name with ENOTFOUND and a known name without that type with ENODATA", async () => {
    await expect(resolver("other.example", "TXT")).rejects.toMatchObject({
      code: "ENOTFOUND",
      hostname: "other.example",
    });
    await expect(resolver("example.org", "AAAA")).rejects.toMatchObject({ code: "ENODATA", syscall: "queryAaaa" });
  });

  it("hands out copies, so that a caller cannot change the next answer", async () => {
    const first = (await resolver("example.org", "TXT")) as string[][];
    first[0]![0] = "changed";
    await expect(resolver("example.org", "TXT")).resolves.toEqual([["v=spf1 -all"], ["v=DKIM1; k=rsa; ", "p=AAAA"]]);
  });

  it("is read by mailauth as 'no record' for a missing name, not as a DNS failure", async () => {
    const result = await spf({
      ip: "192.0.2.1",
      sender: "sam@nowhere.example",
      helo: "mx.nowhere.example",
      mta: "mx.test",
      resolver: resolver as never,
    });
    expect(result.status.result).toBe("none");
  });
});

describe("readDnsRecordsFile", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "dns-records-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const filePath = path.join(folder, name);
    writeFileSync(filePath, text);
    return filePath;
  };

  it("reads a valid file, TXT strings becoming records of one chunk", () => {
    const filePath = file(
      "ok.json",
      JSON.stringify({ "example.org": { TXT: ["v=spf1 -all", ["a", "b"]], A: ["192.0.2.1"] } }),
    );
    expect(readDnsRecordsFile(filePath)).toEqual({
      "example.org": { TXT: [["v=spf1 -all"], ["a", "b"]], A: ["192.0.2.1"] },
    });
  });

  it("names the file when it is missing, not JSON, or the wrong shape", () => {
    const missing = path.join(folder, "missing.json");
    expect(() => readDnsRecordsFile(missing)).toThrow(`Cannot read the DNS records file ${missing}`);
    const notJson = file("not.json", "{ nope");
    expect(() => readDnsRecordsFile(notJson)).toThrow(`The DNS records file ${notJson} is not JSON`);
    const wrong = file("wrong.json", JSON.stringify({ "example.org": { TXT: "v=spf1 -all" } }));
    expect(() => readDnsRecordsFile(wrong)).toThrow(`The DNS records file ${wrong} is not a map`);
    const chunkedA = file("chunked-a.json", JSON.stringify({ "example.org": { A: [["192.0.2.1"]] } }));
    expect(() => readDnsRecordsFile(chunkedA)).toThrow("example.org → A: only TXT answers may be lists of chunks");
  });
});
