import { describe, expect, it } from "vitest";
import { verifiedSendAsAddresses } from "../../../src/gmail/send-as.js";

describe("the connector's addresses in a users.settings.sendAs.list answer", () => {
  it("keeps the primary (which has no verificationStatus) and the accepted aliases, lower-cased, each once", () => {
    const addresses = verifiedSendAsAddresses({
      sendAs: [
        { sendAsEmail: "Sam@Rivera.example", isPrimary: true, isDefault: true },
        { sendAsEmail: "Sam.Rivera@Work.Example", treatAsAlias: true, verificationStatus: "accepted" },
        { sendAsEmail: "sam.rivera@work.example ", verificationStatus: "accepted" },
      ],
    });
    expect(addresses).toEqual(["sam@rivera.example", "sam.rivera@work.example"]);
  });

  it("leaves out an alias not (yet) verified, or with no status, and an entry without an address", () => {
    const addresses = verifiedSendAsAddresses({
      sendAs: [
        { sendAsEmail: "sam@rivera.example", isPrimary: true },
        { sendAsEmail: "claimed@someone-else.example", verificationStatus: "pending" },
        { sendAsEmail: "unknown@status.example" },
        { sendAsEmail: "", verificationStatus: "accepted" },
        { verificationStatus: "accepted" },
      ],
    });
    expect(addresses).toEqual(["sam@rivera.example"]);
  });

  it("reads an answer without a list as no addresses", () => {
    expect(verifiedSendAsAddresses({})).toEqual([]);
  });
});
