/**
 * Whether pieces occur in one text, in time linear in the text and in each piece: a suffix
 * automaton of the text, walked once per piece. Testing every sentence of a message with
 * `text.includes(sentence)` took time proportional to their product, half a second for a
 * crafted message of 64 KiB. The answers are those of `includes` (UTF-16 code units). Pure.
 */
export function substringTest(text: string): (piece: string) => boolean {
  // State 0 is the empty string; each state's transitions, its suffix link and its longest length.
  const next: Map<number, number>[] = [new Map()];
  const link: number[] = [-1];
  const longest: number[] = [0];
  let last = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const current = next.length;
    next.push(new Map());
    link.push(0);
    longest.push(longest[last]! + 1);
    let state = last;
    while (state !== -1 && !next[state]!.has(code)) {
      next[state]!.set(code, current);
      state = link[state]!;
    }
    if (state !== -1) {
      const target = next[state]!.get(code)!;
      if (longest[state]! + 1 === longest[target]) {
        link[current] = target;
      } else {
        const clone = next.length;
        next.push(new Map(next[target]));
        link.push(link[target]!);
        longest.push(longest[state]! + 1);
        while (state !== -1 && next[state]!.get(code) === target) {
          next[state]!.set(code, clone);
          state = link[state]!;
        }
        link[target] = clone;
        link[current] = clone;
      }
    }
    last = current;
  }
  return (piece) => {
    let state = 0;
    for (let index = 0; index < piece.length; index++) {
      const to = next[state]!.get(piece.charCodeAt(index));
      if (to === undefined) return false;
      state = to;
    }
    return true;
  };
}
