/**
 * Text made safe to put in HTML, between tags or inside a quoted attribute. The emulator's
 * own, so that it imports nothing from the product it tests. Gmail's snippets use the same
 * five entities ("&#39;" for an apostrophe).
 */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
