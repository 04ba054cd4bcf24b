import type { BrowserContextOptions } from "playwright-core";
import type { Correspondent } from "./history-mail.js";

/** The people, widths and answers of the browser opt-in test (test/e2e/browser-opt-in.test.ts). */

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
/** A 390 px phone: isMobile makes Chromium lay out by the page's viewport meta tag, as phones do. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

export const people = {
  priya: { name: "Priya Natarajan", email: "priya@ledgerleaf.test" },
  oskar: { name: "Oskar Lindqvist", email: "oskar.lindqvist@fjord-data.example" },
  alex: { name: "Alex Chen", email: "alex@northwind.example" },
  mary: { name: "Mary Jones", email: "mary.jones@xyzcorp.example" },
} satisfies Record<string, Correspondent>;

/** One run of the flow: a width, and the request (from the corpus) it asks about. */
export interface Case {
  label: "desktop" | "phone";
  options: BrowserContextOptions;
  width: number;
  requester: Correspondent;
  target: Correspondent;
  note: string;
}

export const CASES: Record<Case["label"], Case> = {
  desktop: {
    label: "desktop",
    options: DESKTOP,
    width: 1280,
    requester: people.priya,
    target: people.oskar,
    note: "Hi Oskar, a quick one from me: Priya's questions are short and good.",
  },
  phone: {
    label: "phone",
    options: PHONE,
    width: 390,
    requester: people.alex,
    target: people.mary,
    note: "Hi Mary, one from me. Alex is a friend from the Northwind days.",
  },
};

/** The four answers, as both the email's buttons and the confirm page's buttons say them. */
export const ANSWER_LABELS = ["Yes, introduce us", "No thanks", "Not now", "Please don't send me requests"];
