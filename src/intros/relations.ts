/**
 * The people a writer asks on behalf of, as they name them: "my brother-in-law", "our client",
 * "my roommate". One list for every cue that reads whom a request is for (known-people.ts,
 * reader-access.ts, favour-cues.ts), so that they agree on who is the writer's side.
 * A regular-expression source, to be embedded in a group.
 */
export const RELATION = String.raw`(?:brother-in-law|sister-in-law|son-in-law|daughter-in-law|son|daughter|nephew|niece|cousin|brother|sister|wife|husband|partner|fianc[eé]e?|friend|client|student|tenant|lodger|colleague|co-?worker|roommate|flatmate|grandson|granddaughter|kid|boy|girl|employee|intern|postdoc|mentee|neighbou?r|godson|goddaughter|stepson|stepdaughter)`;
