/**
 * A counting semaphore: at most `count` holders at once, the others wait in order. Shared by
 * the analysis pool (threads) and the LLM judge (calls at once).
 */
export function createSlots(count: number) {
  let free = count;
  const waiting: (() => void)[] = [];
  return {
    async acquire(): Promise<() => void> {
      if (free > 0) free--;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      return () => {
        const next = waiting.shift();
        if (next) next();
        else free++;
      };
    },
  };
}
