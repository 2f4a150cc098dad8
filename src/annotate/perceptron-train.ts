/**
 * Training parts shared by the project's averaged-perceptron taggers (named entities,
 * attributions): the weight table with lazy averaging, and the seeded shuffle that makes two
 * training runs write the same file. The perceptron is written here rather than taken from a
 * library because no maintained npm package trains a hashed-feature sequence tagger whose weights
 * can be shipped as a small data file and read without the package.
 */

/** Weights of `classes` classes per feature id, with the running sums that give their averages. */
export interface AveragedWeights {
  /** Makes room for feature ids up to `maxId`. */
  ensure(maxId: number): void;
  /** Advances the clock: one per tagged token. */
  tick(): void;
  /** Adds each class's weights over the features into `scores` (zeroed first). */
  score(features: Iterable<number>, scores: Float64Array): void;
  /** The perceptron update after a wrong guess: features toward `gold`, away from `guess`. */
  update(features: Iterable<number>, gold: number, guess: number): void;
  /** The averaged weight of a feature for a class over every tick so far. */
  averaged(id: number, c: number): number;
}

export function createAveragedWeights(classes: number, initialCapacity = 1024): AveragedWeights {
  let capacity = initialCapacity;
  let w = new Float64Array(capacity * classes);
  let total = new Float64Array(capacity * classes);
  let stamp = new Float64Array(capacity * classes);
  let clock = 0;
  const add = (k: number, delta: number) => {
    total[k]! += (clock - stamp[k]!) * w[k]!;
    stamp[k] = clock;
    w[k]! += delta;
  };
  return {
    ensure(maxId) {
      if (maxId < capacity) return;
      while (capacity <= maxId) capacity *= 2;
      const grow = (old: Float64Array) => {
        const grown = new Float64Array(capacity * classes);
        grown.set(old);
        return grown;
      };
      w = grow(w);
      total = grow(total);
      stamp = grow(stamp);
    },
    tick() {
      clock += 1;
    },
    score(features, scores) {
      scores.fill(0);
      for (const id of features) for (let c = 0; c < classes; c += 1) scores[c]! += w[id * classes + c]!;
    },
    update(features, gold, guess) {
      for (const id of features) {
        add(id * classes + gold, 1);
        add(id * classes + guess, -1);
      }
    },
    averaged(id, c) {
      const k = id * classes + c;
      return (total[k]! + (clock - stamp[k]!) * w[k]!) / Math.max(1, clock);
    },
  };
}

/** A seeded Fisher–Yates shuffle of `0..n-1` (a 32-bit LCG): each call continues the sequence. */
export function createShuffler(seed: number): (n: number) => number[] {
  let rand = seed >>> 0;
  const next = () => {
    rand = (Math.imul(rand, 1664525) + 1013904223) >>> 0;
    return rand / 2 ** 32;
  };
  return (n) => {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  };
}
