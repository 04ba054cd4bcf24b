/**
 * Logistic regression over sparse binary features, trained by stochastic gradient descent
 * in the order given: the same examples in the same order always give the same weights
 * (no random shuffles, no threads). For `npm run train` (scripts/train-request-model.ts).
 */
export interface TrainingExample {
  /** Indices of the features present (each once). */
  features: readonly number[];
  label: 0 | 1;
}

export interface TrainingOptions {
  /** log2 of the number of features. */
  bits: number;
  epochs: number;
  /** Step size of each update. */
  rate: number;
  /** L2 penalty per update, which keeps rare n-grams from carrying a message alone. */
  l2: number;
}

export function trainLogistic(
  examples: readonly TrainingExample[],
  options: TrainingOptions,
): { bias: number; weights: Float64Array } {
  const weights = new Float64Array(1 << options.bits);
  let bias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const example of examples) {
      let z = bias;
      for (const index of example.features) z += weights[index] ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - example.label;
      bias -= options.rate * error;
      for (const index of example.features) {
        const weight = weights[index] ?? 0;
        weights[index] = weight - options.rate * (error + options.l2 * weight);
      }
    }
  }
  return { bias, weights };
}
