// Shared by the counting tests: the connector's addresses, and small builders for the header
// facts of a message (a person, a message sent by the connector by default, a crowd).
import type { HeaderFacts } from "../../../src/relationships/types.js";

export const CONNECTOR = ["sam@rivera.example", "sam.rivera@gmail.example"];
export const person = (email: string, name: string | null = null) => ({ email, name });
export const message = (over: Partial<HeaderFacts> = {}): HeaderFacts => ({
  date: new Date("2026-03-10T16:45:00Z"),
  from: person("sam@rivera.example", "Sam Rivera"),
  recipients: [person("dana@helixworks.example", "Dana")],
  hasBulkHeaders: false,
  ...over,
});
export const crowd = (n: number) => Array.from({ length: n }, (_, i) => person(`p${i}@crowd.example`));
