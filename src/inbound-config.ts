import { z } from "zod";
import { emptyAsUnset, optionalText, positiveBytes } from "./config-fields.js";

/**
 * The forward-to address's settings (README, "Forwarding requests to SafeIntro"), apart from
 * src/config.ts, which spreads them into the one schema. All optional: without them a
 * connector still has their Gmail plus-address, which needs no set-up.
 */

export const inboundSettings = {
  /**
   * The tag of the connector's Gmail plus-address: mail they send to me+intros@gmail.com is a
   * forwarded request. Gmail delivers plus-addressed mail to the same inbox, so the sync sees it.
   */
  PLUS_ADDRESS_TAG: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,31}$/, "must be 1 to 32 lowercase letters, digits, dots, dashes or underscores")
      .default("intros"),
  ),
  /** The domain of the personal inbound addresses (intros-<random>@INBOUND_DOMAIN); its MX points here. */
  INBOUND_DOMAIN: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i, {
        message: "must be a domain name like in.example.org",
      })
      .transform((value) => value.toLowerCase())
      .optional(),
  ),
  /** The SMTP listener's port (25 in production; 0: any free one). Unset: no listener. */
  INBOUND_SMTP_PORT: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).max(65_535).optional()),
  /** Where it listens: every interface by default, as an MX host must. */
  INBOUND_SMTP_HOST: z.preprocess(emptyAsUnset, z.string().default("0.0.0.0")),
  /** A certificate for STARTTLS (PEM files); both or neither. Without them the listener offers no TLS. */
  INBOUND_SMTP_TLS_KEY_FILE: optionalText(),
  INBOUND_SMTP_TLS_CERT_FILE: optionalText(),
  /** The largest forward accepted (bytes), by either route: 10 MiB. */
  INBOUND_MAX_BYTES: positiveBytes(10_485_760),
  /** Mailgun's HTTP webhook signing key: turns on POST /inbound/mailgun/mime. */
  MAILGUN_WEBHOOK_SIGNING_KEY: optionalText(),
  /**
   * A JSON file of DNS answers used instead of DNS for SPF, DKIM and DMARC (src/inbound/
   * dns-resolver.ts): for the demo and the tests only, which must not reach the network.
   */
  INBOUND_DNS_RECORDS_FILE: optionalText(),
};

type InboundSettings = z.infer<z.ZodObject<typeof inboundSettings>>;

/** Settings that only work together: each half-configuration is named, with what is missing. */
export function inboundRules(config: InboundSettings & { NODE_ENV: string }, context: z.RefinementCtx): void {
  const needsDomain = [
    config.INBOUND_SMTP_PORT !== undefined ? "INBOUND_SMTP_PORT" : null,
    config.MAILGUN_WEBHOOK_SIGNING_KEY ? "MAILGUN_WEBHOOK_SIGNING_KEY" : null,
  ].filter((name): name is string => name !== null);
  if (!config.INBOUND_DOMAIN && needsDomain.length > 0)
    context.addIssue({
      code: "custom",
      path: ["INBOUND_DOMAIN"],
      message: `is needed by ${needsDomain.join(" and ")}: the domain of the connectors' inbound addresses (its MX record points at this server or at the provider)`,
    });
  if (Boolean(config.INBOUND_SMTP_TLS_KEY_FILE) !== Boolean(config.INBOUND_SMTP_TLS_CERT_FILE))
    context.addIssue({
      code: "custom",
      path: [config.INBOUND_SMTP_TLS_KEY_FILE ? "INBOUND_SMTP_TLS_CERT_FILE" : "INBOUND_SMTP_TLS_KEY_FILE"],
      message: "STARTTLS needs both INBOUND_SMTP_TLS_KEY_FILE and INBOUND_SMTP_TLS_CERT_FILE",
    });
  if (config.NODE_ENV === "production" && config.INBOUND_DNS_RECORDS_FILE)
    context.addIssue({
      code: "custom",
      path: ["INBOUND_DNS_RECORDS_FILE"],
      message: "must be unset in production: it replaces DNS, so anyone could pass as a connector",
    });
}
