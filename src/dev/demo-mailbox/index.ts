import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { addAutomated, AUTOMATED } from "./automated.js";
import { MailboxBuilder } from "./builder.js";
import { DEMO_CONNECTOR } from "./cast.js";
import { compose, slug } from "./compose.js";
import { addConversations, CONVERSATIONS } from "./conversations.js";
import { addGroupThread, GROUP_THREADS } from "./group-threads.js";
import { addIntroduction, INTRODUCTIONS } from "./introductions.js";
import { addOneOff, ONE_OFFS } from "./one-offs.js";
import { Random } from "./random.js";
import { REQUESTS } from "./request-texts.js";
import { addRequest } from "./requests.js";

export { DEMO_CAST, DEMO_CONNECTOR } from "./cast.js";
export { DEMO_REQUESTS, type DemoRequest } from "./requests.js";

/**
 * The demo's sample mailbox: Sam Rivera's Gmail, generated. A year and a half of mail with
 * strong, moderate and weak ties, newsletters and notifications, group mail, introductions made
 * both ways, and then a handful of new intro requests, each written to lead to one
 * recommendation (DEMO_REQUESTS). Everything is a function of a seed and of `now`: dates are
 * counted back from `now`, so the ties are as fresh whenever the demo runs, and the same seed
 * and `now` give the same bytes. Every person and company is invented; addresses use the
 * reserved .example domain. samples/mailbox/README.md tells the story.
 */

/** The seed the demo uses. */
export const DEMO_SEED = 20261202;

const HAND_WRITTEN_DIR = fileURLToPath(new URL("../../../samples/mailbox/sam@rivera.example/", import.meta.url));

export interface DemoMailboxOptions {
  seed: number;
  /** The moment the mailbox is generated at: every date is counted back from it. */
  now: Date;
}

/** One generated message: its file name in the mailbox folder and its raw RFC 5322 text. */
export interface DemoMailboxFile {
  fileName: string;
  content: string;
}

/**
 * Sam's mailbox, generated: the messages, oldest first. Everyday mail is named
 * `h0001-subject.eml`… in date order, so that a folder listing reads like the mailbox; the
 * requests and Sam's answers to them keep fixed names (DEMO_REQUESTS), whatever the seed.
 * Replies carry In-Reply-To and References, and are always dated after the message they
 * answer: the Gmail emulator adds the mail oldest first and threads it by those headers.
 */
export async function generateDemoMailbox(options: DemoMailboxOptions): Promise<DemoMailboxFile[]> {
  const builder = new MailboxBuilder(new Random(options.seed), options.now);
  for (const plan of CONVERSATIONS) addConversations(builder, plan);
  for (const group of GROUP_THREADS) addGroupThread(builder, group);
  for (const intro of INTRODUCTIONS) addIntroduction(builder, intro);
  for (const oneOff of ONE_OFFS) addOneOff(builder, oneOff);
  for (const sender of AUTOMATED) addAutomated(builder, sender);
  for (const request of REQUESTS) addRequest(builder, request);

  const boundary = builder.random.hex(16);
  const ordered = builder.mails
    .map((mail, index) => ({ mail, index }))
    .sort((x, y) => x.mail.date.getTime() - y.mail.date.getTime() || x.index - y.index)
    .map(({ mail }) => mail);
  const files: DemoMailboxFile[] = [];
  let number = 0;
  for (const mail of ordered) {
    const fileName = mail.fileName ?? `h${String(++number).padStart(4, "0")}-${slug(mail.subject)}.eml`;
    files.push({ fileName, content: await compose(mail, boundary) });
  }
  return files;
}

/**
 * Writes the mailbox where the Gmail emulator reads it: `dir/sam@rivera.example/`, the generated
 * messages and the hand-written samples (samples/mailbox/sam@rivera.example/). Returns the
 * mailbox folder and how many messages it holds.
 */
export async function writeDemoMailbox(
  dir: string,
  options: DemoMailboxOptions,
): Promise<{ mailboxDir: string; messages: number }> {
  const mailboxDir = join(dir, DEMO_CONNECTOR.email);
  await mkdir(mailboxDir, { recursive: true });
  const generated = await generateDemoMailbox(options);
  for (const file of generated) await writeFile(join(mailboxDir, file.fileName), file.content);
  const handWritten = (await readdir(HAND_WRITTEN_DIR)).filter((name) => name.endsWith(".eml"));
  for (const name of handWritten) await copyFile(join(HAND_WRITTEN_DIR, name), join(mailboxDir, name));
  return { mailboxDir, messages: generated.length + handWritten.length };
}
