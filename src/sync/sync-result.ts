import type { FetchTally } from "./fetch-new-messages.js";

export interface SyncResult extends FetchTally {
  mode: "full" | "incremental";
  historyId: string;
}
