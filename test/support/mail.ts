import { randomUUID } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";

const corpusDir = new URL("../fixtures/corpus/", import.meta.url);

/** One message of the labelled corpus, raw. */
export const corpus = (name: string): Buffer => readFileSync(new URL(name, corpusDir));

/** The first `count` corpus messages, in name order. */
export const someMessages = (count: number): Buffer[] =>
  readdirSync(corpusDir)
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .slice(0, count)
    .map(corpus);

/** Test files share the run's database: each test connects a mailbox address of its own. */
export const uniqueAddress = (): string => `sam.${randomUUID().slice(0, 8)}@rivera.example`;
