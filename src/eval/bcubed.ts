/** Clustering scores against gold classes: BCubed (per item) and pairwise (per item pair). */

export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Harmonic mean, 0 when both are 0. */
export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

interface Contingency {
  /** Items per (predicted cluster, gold class) cell, per predicted cluster and per gold class. */
  readonly cells: Map<string, number>;
  readonly clusterSizes: Map<string, number>;
  readonly classSizes: Map<string, number>;
  readonly items: readonly { cell: string; cluster: string; gold: string }[];
}

function contingency(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): Contingency {
  for (const id of gold.keys()) if (!predicted.has(id)) throw new Error(`item "${id}" has a gold class but no predicted cluster`);
  for (const id of predicted.keys()) if (!gold.has(id)) throw new Error(`item "${id}" has a predicted cluster but no gold class`);
  const cells = new Map<string, number>();
  const clusterSizes = new Map<string, number>();
  const classSizes = new Map<string, number>();
  const items: { cell: string; cluster: string; gold: string }[] = [];
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const [id, cluster] of predicted) {
    const g = gold.get(id)!;
    // JSON keeps the two labels apart whatever characters they contain.
    const cell = JSON.stringify([cluster, g]);
    inc(cells, cell);
    inc(clusterSizes, cluster);
    inc(classSizes, g);
    items.push({ cell, cluster, gold: g });
  }
  return { cells, clusterSizes, classSizes, items };
}

/**
 * BCubed precision and recall (Bagga and Baldwin 1998; Amigó et al. 2009): per item, the share of
 * its predicted cluster that shares its gold class, and the share of its gold class inside its
 * predicted cluster, each averaged over items. Maps go from item id to cluster / class label.
 */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): PrecisionRecall {
  const c = contingency(predicted, gold);
  if (c.items.length === 0) return { precision: 1, recall: 1, f1: 1 };
  let p = 0;
  let r = 0;
  for (const it of c.items) {
    const same = c.cells.get(it.cell)!;
    p += same / c.clusterSizes.get(it.cluster)!;
    r += same / c.classSizes.get(it.gold)!;
  }
  const precision = p / c.items.length;
  const recall = r / c.items.length;
  return { precision, recall, f1: f1Of(precision, recall) };
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * Pairwise precision and recall: over unordered item pairs, the share of pairs put in one cluster
 * that share a gold class, and the share of gold-class pairs put in one cluster. With no pairs on a
 * side (all singletons) that side is 1.
 */
export function pairwise(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): PrecisionRecall {
  const c = contingency(predicted, gold);
  let together = 0;
  for (const n of c.cells.values()) together += pairs(n);
  let predictedPairs = 0;
  for (const n of c.clusterSizes.values()) predictedPairs += pairs(n);
  let goldPairs = 0;
  for (const n of c.classSizes.values()) goldPairs += pairs(n);
  const precision = predictedPairs === 0 ? 1 : together / predictedPairs;
  const recall = goldPairs === 0 ? 1 : together / goldPairs;
  return { precision, recall, f1: f1Of(precision, recall) };
}
