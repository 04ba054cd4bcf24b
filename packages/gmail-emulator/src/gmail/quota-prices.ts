/**
 * What each Gmail API method the emulator serves costs, in quota units, as Google publishes
 * it in "Usage limits": https://developers.google.com/workspace/gmail/api/reference/quota
 *
 * Copied from Google's page, never from SafeIntro's client: the emulator's job is to
 * disagree with the client when the client is wrong, and a shared table would hide a wrong
 * price on both sides at once. Keys are the method names exactly as that page spells them.
 */
export const QUOTA_PRICES = {
  getProfile: 1,
  "labels.list": 1,
  "messages.list": 5,
  "messages.get": 5,
  "messages.attachments.get": 5,
  "messages.modify": 5,
  "messages.send": 100,
  "history.list": 2,
  watch: 100,
  stop: 50,
  "settings.sendAs.list": 1,
} as const satisfies Record<string, number>;

export type GmailMethod = keyof typeof QUOTA_PRICES;
