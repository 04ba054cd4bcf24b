import type { Correspondent } from "./history-mail.js";

/**
 * The people of the labelled corpus's requests (test/fixtures/corpus), as a connector's mail
 * history knows them: the requesters at the addresses their requests come from, the targets
 * they name at addresses of their own. Tests build a history with them so that requests are
 * judged against real counters.
 */
export const CORPUS_PEOPLE = {
  priya: { name: "Priya Raman", email: "priya@ledgerleaf.test" },
  oskar: { name: "Oskar Lindqvist", email: "oskar.lindqvist@fjord-data.example" },
  dev: { name: "Dev Anand", email: "dev@quickfox.example" },
  harold: { name: "Harold Quennell", email: "harold@quennell.example" },
  marcus: { name: "Marcus Hale", email: "marcus@tallowhill.example" },
  alex: { name: "Alex Chen", email: "alex@northwind.example" },
  mary: { name: "Mary Jones", email: "mary.jones@xyzcorp.example" },
} satisfies Record<string, Correspondent>;
