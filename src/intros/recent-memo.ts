/**
 * A pure text function that remembers its answers for the last few distinct inputs. One
 * message's analysis asks the same questions of the same text many times over (the request
 * sentence is normalised, split and spelled out by detection, the model's evidence, target
 * extraction and the score alike); a short memory answers those repeats without keeping
 * anything from one mailbox's messages to the next for long. Answers are frozen, so no caller
 * can change what another is handed.
 */
export function rememberRecent<Answer>(work: (text: string) => Answer, size = 64): (text: string) => Answer {
  const answers = new Map<string, Answer>();
  return (text) => {
    if (answers.has(text)) return answers.get(text) as Answer;
    const answer = work(text);
    if (typeof answer === "object" && answer !== null) Object.freeze(answer);
    // A Map keeps insertion order: the first key is the oldest.
    if (answers.size >= size) answers.delete(answers.keys().next().value as string);
    answers.set(text, answer);
    return answer;
  };
}
