import { describe, expect, it } from "vitest";
import { foldHistoryRecords } from "../../../src/gmail/history-records.js";

const added = (id: string, threadId = `t-${id}`) => ({ messagesAdded: [{ message: { id, threadId } }] });
const deleted = (id: string) => ({ messagesDeleted: [{ message: { id } }] });

describe("foldHistoryRecords: a history page's net changes, in history order", () => {
  it("cancels an addition by a later deletion, and a deletion by a later addition", () => {
    expect(foldHistoryRecords([added("a"), added("b"), deleted("a"), deleted("c"), added("c")])).toEqual({
      added: [
        { id: "b", threadId: "t-b" },
        { id: "c", threadId: "t-c" },
      ],
      deleted: ["a"],
    });
  });

  it("skips records without the ids it needs", () => {
    expect(
      foldHistoryRecords([{ messagesAdded: [{ message: { id: "x" } }] }, { messagesDeleted: [{ message: {} }] }, {}]),
    ).toEqual({ added: [], deleted: [] });
  });
});
