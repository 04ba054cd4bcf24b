/** Devices and systems, which are connected but never introduced. Pattern sources, read by request-cues.ts. Pure. */

/**
 * A device of one's own, not someone to connect: "Could you get IT to connect my Bloomberg to the
 * new printer?" (session 38's blind check).
 */
export const DEVICE = String.raw`(?:laptop|computer|pc|desktop|phone|cell|printer|bloomberg|terminal|monitor|screen|account|calendar|outlook|mailbox|inbox|e-?mail|software|app|system|server|drive|tablet|ipad|iphone|blackberry|modem|router|wifi|tv|car|truck|headset|dock|keyboard|mouse)\b`;
/** Not connected to a thing: "Can you connect me to the shared drive from your end?" (session 39's blind check). */
export const A_DEVICE_NEXT = String.raw`\s+(?:(?:the|my|our|your|a|this|that)\s+)?(?:[\w-]+\s+)?(?:${DEVICE}|folders?|network|vpn|portal|database|internet|projector|sharepoint|share)\b`;
export const NOT_TO_A_DEVICE = String.raw`(?!${A_DEVICE_NEXT})`;
