/**
 * Requests built by combining ways of asking, acts of connecting and targets (session 31): a rule
 * set that reads "could you introduce me to Mary Jones" but not "would it be possible for you to
 * introduce me to Mary Jones" is not compositional, and a grid finds such holes where blind checks
 * find one at a time. Five grids (their parts in request-grid-parts.ts): the first two with fixed targets, the third varying whom the act
 * is for ("my client", "our team's portfolio"), the fourth from the misses of a blind general check,
 * the fifth with phone-typed and favour-asking frames.
 * And the same acts in frames that ask nothing (the writer's own plans, thanks, an ask withdrawn).
 */
import {
  FIFTH_ACTS,
  FIFTH_FOR_WHOM,
  FIFTH_FRAMES,
  FIFTH_TARGETS,
  FIRST_ACTS,
  FIRST_FRAMES,
  FIRST_TARGETS,
  FOURTH_ACTS,
  FOURTH_FRAMES,
  FOURTH_PEOPLE,
  FOURTH_TARGETS,
  NOT_ASKING_FRAMES,
  SECOND_ACTS,
  SECOND_FRAMES,
  SECOND_TARGETS,
  THIRD_ACTS,
  THIRD_FOR_WHOM,
  THIRD_FRAMES,
  THIRD_TARGETS,
} from "./request-grid-parts.js";
import { SIXTH_ACTS, SIXTH_FOR_WHOM, SIXTH_FRAMES, SIXTH_TARGETS } from "./request-grid-grammar-parts.js";

export interface GridSentence {
  text: string;
  frame: string;
  act: string;
}

function combine(
  frames: readonly string[],
  acts: readonly (readonly [string, string])[],
  targets: readonly string[],
): GridSentence[] {
  return frames.flatMap((frame) =>
    acts.flatMap(([act, gerund]) =>
      targets.map((target) => ({
        text: frame.replace("{A}", act.replace("{T}", target)).replace("{a}", gerund.replace("{T}", target)),
        frame,
        act,
      })),
    ),
  );
}

/**
 * Frames × acts (each with its gerund) × people × targets; `fill` puts a person and a target into
 * the act ("{B}" whom it is for, "{P}" their possessive, "{T}" the target, and the like).
 */
function combineWithPeople<Person>(
  frames: readonly string[],
  acts: readonly (readonly [string, string])[],
  people: readonly Person[],
  targets: readonly string[],
  fill: (act: string, person: Person, target: string) => string,
): GridSentence[] {
  return frames.flatMap((frame) =>
    acts.flatMap(([act, gerund]) =>
      people.flatMap((person) =>
        targets.map((target) => {
          const gerundFrame = frame.includes("{a}");
          return {
            text: frame.replace(gerundFrame ? "{a}" : "{A}", fill(gerundFrame ? gerund : act, person, target)),
            frame,
            act,
          };
        }),
      ),
    ),
  );
}

export const FIRST_GRID = combine(FIRST_FRAMES, FIRST_ACTS, FIRST_TARGETS);
export const SECOND_GRID = combine(SECOND_FRAMES, SECOND_ACTS, SECOND_TARGETS);
export const THIRD_GRID = combineWithPeople(
  THIRD_FRAMES,
  THIRD_ACTS.map((act) => [act, act] as const),
  THIRD_FOR_WHOM,
  THIRD_TARGETS,
  (act, [forWhom, whose], target) => act.replaceAll("{B}", forWhom).replace("{P}", whose).replace("{T}", target),
);
export const FOURTH_GRID = combineWithPeople(
  FOURTH_FRAMES,
  FOURTH_ACTS,
  FOURTH_PEOPLE,
  FOURTH_TARGETS,
  (act, [object, subject], target) =>
    act.replace("{O}", object).replace("{S}", subject).replace("{T}", target).replace("I is", "I am"),
);

/** A fifth grid: phone-typed and favour-asking frames, names and contact details sent on, "a friend of mine". */
export const FIFTH_GRID = combineWithPeople(
  FIFTH_FRAMES,
  FIFTH_ACTS,
  FIFTH_FOR_WHOM,
  FIFTH_TARGETS,
  (act, [forWhom, whose], target) => act.replace("{B}", forWhom).replace("{P}", whose).replace("{T}", target),
);

/** A sixth grid: the acts composed from slots (src/intros/connecting-grammar.ts), session 32. */
const fillSixth = (act: string, [forWhom, whose, subject]: (typeof SIXTH_FOR_WHOM)[number], target: string) =>
  act.replace("{B}", forWhom).replace("{P}", whose).replace("{S}", subject).replace("{T}", target);
export const SIXTH_GRID = combineWithPeople(SIXTH_FRAMES, SIXTH_ACTS, SIXTH_FOR_WHOM, SIXTH_TARGETS, fillSixth);

/** The sixth grid's acts where nothing is asked, for the writer and for "my client". */
export const NOT_ASKING_SIXTH_GRID = combineWithPeople(
  NOT_ASKING_FRAMES,
  SIXTH_ACTS,
  SIXTH_FOR_WHOM.slice(0, 2),
  SIXTH_TARGETS,
  fillSixth,
);

export const NOT_ASKING_GRID = combine(
  NOT_ASKING_FRAMES,
  [
    ...FIRST_ACTS,
    ...SECOND_ACTS,
    ...FIFTH_ACTS.map(
      ([act, gerund]) =>
        [act.replace("{B}", "me").replace("{P}", "my"), gerund.replace("{B}", "me").replace("{P}", "my")] as const,
    ),
  ],
  ["Mary Jones at Acme", "your friend at Acme", "the head of HR at Acme"],
);
