import { normalizeText, sentences } from "./text.js";

/**
 * A small learned model of "this message asks the reader for an introduction": logistic
 * regression over hashed word n-grams (one, two and three words) of the sender's new text and
 * the subject. It runs after the hand-written cues, for the requests they miss: the cues know
 * the phrasings they were written for, the model what requests in general sound like.
 *
 * Trained by `npm run train` (scripts/train-request-model.ts) on the labelled invented sets and
 * half of the real Enron mail; its weights are kept in request-model.json. Pure: the weights
 * are data, and scoring the same text always gives the same number.
 */

/** The trained model, as request-model.json holds it. */
export interface RequestModelFile {
  /** log2 of the number of hashed features. */
  bits: number;
  bias: number;
  /** The probability from which a message counts as a request. */
  threshold: number;
  /** Each feature's weight, multiplied by `scale` and rounded to an int16, little-endian, base64. */
  weights: string;
  scale: number;
  /** What it was trained and checked on, for the reader (the train script writes it). */
  trainedOn: Record<string, unknown>;
}

export interface RequestModel {
  /** The probability from which a message counts as a request. */
  readonly threshold: number;
  /** The probability that a message with this subject and new text asks for an introduction. */
  probability(subject: string, text: string): number;
  /** Whether the model takes the message for a request (its probability at its threshold or above). */
  takesForRequest(subject: string, text: string, context?: string): boolean;
  /** The probability as detection reads it: the text with what a forward's note forwards. */
  confidence(subject: string, text: string, context?: string): number;
  /** Of the sentences `asks` accepts, the one the model scores highest (whatever the message's probability). */
  bestSentence(text: string, asks: (sentence: string) => boolean): string | null;
  /**
   * The sentence that asks, when the message is a request by the model's reckoning: of the
   * sentences `asks` accepts, the one the model scores highest, so that a detection always
   * shows its evidence, and a message with no sentence that asks is never one.
   */
  requestSentence(
    subject: string,
    text: string,
    asks: (sentence: string) => boolean,
    /** Read with the text for the probability, never for evidence: what a forward's note forwards. */
    context?: string,
  ): string | null;
}

/** The words of a text, lower-cased, apostrophes kept ("i'd"), and question marks as words. */
function words(text: string): string[] {
  return (
    normalizeText(text)
      .toLowerCase()
      .match(/[a-z']+|\?/g) ?? []
  );
}

/** FNV-1a: a small, stable string hash, the same in every Node version. */
function hash(feature: string, bits: number): number {
  let h = 2166136261;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % (1 << bits);
}

/** The hashed features of a subject and a text: each n-gram once, whatever its count. */
export function requestFeatures(subject: string, text: string, bits: number): number[] {
  const found = new Set<number>();
  const body = words(text);
  for (let i = 0; i < body.length; i++) {
    found.add(hash(`u:${body[i]}`, bits));
    if (i + 1 < body.length) found.add(hash(`b:${body[i]} ${body[i + 1]}`, bits));
    if (i + 2 < body.length) found.add(hash(`t:${body[i]} ${body[i + 1]} ${body[i + 2]}`, bits));
  }
  for (const word of words(subject)) found.add(hash(`s:${word}`, bits));
  return [...found];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A model from its weights (a file's, or freshly trained ones). */
export function createRequestModel(parameters: {
  bits: number;
  bias: number;
  threshold: number;
  weights: Float64Array;
}): RequestModel {
  const { bits, bias, threshold, weights } = parameters;
  const logit = (features: number[]) => features.reduce((sum, index) => sum + (weights[index] ?? 0), bias);
  const probability = (subject: string, text: string) => sigmoid(logit(requestFeatures(subject, text, bits)));
  const confidence = (subject: string, text: string, context?: string) =>
    probability(subject, context ? `${text}\n\n${context}` : text);
  const takesForRequest = (subject: string, text: string, context?: string) =>
    confidence(subject, text, context) >= threshold;
  const bestSentence = (text: string, asks: (sentence: string) => boolean) => {
    let best: { sentence: string; score: number } | null = null;
    for (const sentence of sentences(normalizeText(text))) {
      if (!asks(sentence)) continue;
      const score = logit(requestFeatures("", sentence, bits));
      if (best === null || score > best.score) best = { sentence, score };
    }
    return best?.sentence ?? null;
  };
  return {
    threshold,
    probability,
    confidence,
    takesForRequest,
    bestSentence,
    requestSentence: (subject, text, asks, context) =>
      takesForRequest(subject, text, context) ? bestSentence(text, asks) : null,
  };
}

/** Reads the weights of a model file. */
export function modelFromFile(file: RequestModelFile): RequestModel {
  const bytes = Buffer.from(file.weights, "base64");
  const weights = new Float64Array(1 << file.bits);
  for (let i = 0; i < weights.length; i++) weights[i] = bytes.readInt16LE(i * 2) / file.scale;
  return createRequestModel({ bits: file.bits, bias: file.bias, threshold: file.threshold, weights });
}

/** Writes weights as a model file's int16 base64 (what `npm run train` keeps). */
export function encodeWeights(weights: Float64Array): { weights: string; scale: number } {
  const largest = weights.reduce((max, weight) => Math.max(max, Math.abs(weight)), 0) || 1;
  const scale = 32767 / largest;
  const bytes = Buffer.alloc(weights.length * 2);
  weights.forEach((weight, i) => bytes.writeInt16LE(Math.round(weight * scale), i * 2));
  return { weights: bytes.toString("base64"), scale };
}
