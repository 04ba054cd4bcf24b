// The connector's two forwarding addresses: both shown on the status page, each with a copy
// button, and a forward to the Gmail plus-address (seen by the inbox sync) that becomes a
// request, unless Gmail saw it fail DMARC.
import { describe, expect, it } from "vitest";
import { eventually } from "../support/eventually.js";
import {
  connectorId,
  inboundAddress,
  plusAddress,
  product,
  requestsFrom,
  statusPage,
  useForwardingProduct,
} from "./forward-to-address-harness.js";

describe("the forward-to address: forwards by SMTP, by webhook and to the plus-address become requests", () => {
  useForwardingProduct();

  it("shows both addresses on the status page, each with a copy button", async () => {
    const page = await statusPage();
    expect(page).toContain(`value="${plusAddress}"`);
    expect(page).toContain(`value="${inboundAddress}"`);
    expect(page.match(/data-copy="(plus-address|inbound-address)"/g)).toHaveLength(2);
    expect(page).toContain('<script src="/assets/copy-address.js" defer></script>');
  });

  it("a forward to the plus-address becomes a request; one that Gmail saw fail DMARC does not", async () => {
    const request = await eventually(async () => (await requestsFrom("kwame@baobabpay.example"))[0], 20_000);
    expect(request).toMatchObject({ source: "plus_address", targetName: "Lorelei Fontaine" });
    const forged = await product.services.prisma.introRequest.findMany({
      where: { connectorId, source: "plus_address", NOT: { requesterEmail: "kwame@baobabpay.example" } },
    });
    expect(forged).toEqual([]);
  });
});
