/**
 * Logistic regression for the prose judge: full-batch AdaGrad with L2, from zero
 * weights, a fixed number of rounds, in a fixed order, so the same rows always give the
 * same weights.
 */
export interface Row {
  features: readonly string[];
  label: 0 | 1;
}

export interface Fitted {
  bias: number;
  weights: Map<string, number>;
}

/** Features seen in at least `minPostings` different postings (the rest is memorising). */
export function commonFeatures(
  rows: readonly { features: readonly string[]; posting: number }[],
  minPostings: number,
): Set<string> {
  const postingsOf = new Map<string, Set<number>>();
  for (const row of rows) {
    for (const feature of row.features) {
      let seen = postingsOf.get(feature);
      if (!seen) postingsOf.set(feature, (seen = new Set()));
      seen.add(row.posting);
    }
  }
  return new Set([...postingsOf].filter(([, seen]) => seen.size >= minPostings).map(([f]) => f));
}

/** Fits weights for `rows`, using only features in `vocabulary`. */
export function fit(
  rows: readonly Row[],
  vocabulary: ReadonlySet<string>,
  options: { l2: number; rounds: number; rate: number },
): Fitted {
  const names = [...vocabulary].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const encoded = rows.map((row) => ({
    ids: row.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    label: row.label,
  }));
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const n = encoded.length;
  for (let round = 0; round < options.rounds; round++) {
    const grad = new Float64Array(names.length);
    let biasGrad = 0;
    for (const { ids, label } of encoded) {
      let z = bias;
      for (const i of ids) z += w[i] ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - label;
      biasGrad += error;
      for (const i of ids) grad[i] = (grad[i] ?? 0) + error;
    }
    for (let i = 0; i < names.length; i++) {
      const g = (grad[i] ?? 0) / n + (options.l2 / n) * (w[i] ?? 0);
      g2[i] = (g2[i] ?? 0) + g * g;
      w[i] = (w[i] ?? 0) - (options.rate * g) / Math.sqrt(g2[i] ?? 1);
    }
    const bg = biasGrad / n;
    biasG2 += bg * bg;
    bias -= (options.rate * bg) / Math.sqrt(biasG2);
  }
  return { bias, weights: new Map(names.map((name, i) => [name, w[i] ?? 0])) };
}

/** The probability a fitted model gives a row's features. */
export function predict(model: Fitted, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
