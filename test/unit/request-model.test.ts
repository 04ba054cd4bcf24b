import { describe, expect, it } from "vitest";
import { trainLogistic } from "../../src/dev/train-logistic.js";
import { asksTheReader, detectIntroRequest } from "../../src/intros/detect.js";
import { createRequestModel, encodeWeights, modelFromFile, requestFeatures } from "../../src/intros/request-model.js";

const detect = (fresh: string, withModel = true) =>
  detectIntroRequest({ fresh, isBulk: false, isCalendarInvite: false, sentByConnector: false }, { withModel });

describe("the learned request model", () => {
  it("hashes the same text to the same features, each once", () => {
    const features = requestFeatures("Intro?", "Could you, could you put me in touch with Dana?", 16);
    expect(features).toEqual(requestFeatures("Intro?", "Could you, could you put me in touch with Dana?", 16));
    expect(new Set(features).size).toBe(features.length);
    expect(features.every((index) => index >= 0 && index < 1 << 16)).toBe(true);
  });

  it("trains deterministically: the same examples in the same order give the same weights", () => {
    const examples = [
      { features: [1, 2], label: 1 as const },
      { features: [3, 4], label: 0 as const },
      { features: [1, 5], label: 1 as const },
      { features: [3, 6], label: 0 as const },
    ];
    const options = { bits: 4, epochs: 30, rate: 0.5, l2: 1e-4 };
    const first = trainLogistic(examples, options);
    const second = trainLogistic(examples, options);
    expect(second.bias).toBe(first.bias);
    expect([...second.weights]).toEqual([...first.weights]);
    // It learnt the toy set: feature 1 speaks for a request, feature 3 against.
    expect(first.weights[1]).toBeGreaterThan(0.5);
    expect(first.weights[3]).toBeLessThan(-0.5);
  });

  it("keeps its weights through the file's int16 encoding, to within a step", () => {
    const weights = new Float64Array(1 << 4).map((_, i) => (i - 8) / 3);
    const encoded = encodeWeights(weights);
    const file = { bits: 4, bias: 0.25, threshold: 0.8, trainedOn: {}, ...encoded };
    const reread = modelFromFile(file);
    const direct = createRequestModel({ bits: 4, bias: 0.25, threshold: 0.8, weights });
    const text = "Could you connect me with Dana Reyes at Harlow?";
    expect(reread.probability("", text)).toBeCloseTo(direct.probability("", text), 3);
  });

  it("gives as evidence only a sentence that asks the reader, or nothing", () => {
    // A model that finds everything a request: the evidence rule alone decides.
    const eager = createRequestModel({ bits: 4, bias: 10, threshold: 0.5, weights: new Float64Array(16) });
    const asks = (sentence: string) => sentence.endsWith("?");
    expect(eager.requestSentence("", "We met at the expo. Could you put Dana on the phone with me?", asks)).toBe(
      "Could you put Dana on the phone with me?",
    );
    expect(eager.requestSentence("", "We met at the expo. It was fun.", asks)).toBeNull();
  });

  it("reads what a forward's note forwards for the probability, and takes its evidence from the note only", () => {
    // One feature decides: the word "conference", found only in what is forwarded.
    const bits = 16;
    const weights = new Float64Array(1 << bits);
    for (const index of requestFeatures("", "conference", bits)) weights[index] = 20;
    const model = createRequestModel({ bits, bias: -10, threshold: 0.5, weights });
    const note = "Joe, could you see if someone at the agency might be available?";
    const forwarded = "We talked about a speaker for the conference. Could you ask around?";
    const asks = (sentence: string) => sentence.endsWith("?");
    expect(model.requestSentence("", note, asks)).toBeNull();
    expect(model.requestSentence("", note, asks, forwarded)).toBe(note);
  });

  it("takes a forward's note that hands work on for no favour asked", () => {
    expect(asksTheReader("Please forward to Sue Walden and get her ideas.")).toBe(true);
    expect(asksTheReader("Please forward to Sue Walden and get her ideas.", { politely: true })).toBe(false);
    expect(asksTheReader("Could you see if someone at FERC might be available?", { politely: true })).toBe(true);
  });

  it("finds a request the hand-written cues miss", () => {
    // ("get her on the phone with me" became a cue of its own in session 17: the model's example asks otherwise.)
    const text =
      "Sam - we're bidding on the Harlow County transit contract and I hear Dana Reyes is on the selection panel. " +
      "You two sat on the chamber board together. Any way you could get her to spare me ten minutes before the 15th?\n- Lou";
    expect(detect(text, false).isIntroRequest).toBe(false);
    expect(detect(text)).toEqual({
      isIntroRequest: true,
      requestSentence: "Any way you could get her to spare me ten minutes before the 15th?",
    });
  });

  it.each([
    "Could you set up a call with me next week?",
    "Can you ask him to send the invoice?",
    "Please find attached my resume for the analyst programme.",
  ])("leaves %j alone", (text) => {
    expect(detect(text).isIntroRequest).toBe(false);
  });
});
