/**
 * How well the clusterer's article vectors separate a dataset's gold stories, whatever the
 * clustering algorithm: each article is given the gold story of its nearest other article (1-NN),
 * and the gold story whose articles are closest to it on average. Vectors are the clusterer's terms
 * (`termCounts`: title, lead, body words and entity names) with tf-idf over the chosen articles;
 * near-identical texts (cosine above 0.98) are left out as neighbours, so a copy filed under two
 * gold stories does not count either way. A share well below 1 means articles sit closer to
 * another story than to their own, and no clustering of these vectors can separate them.
 *
 *   node --import tsx scripts/cluster-separability.ts [file.jsonl] [--prefix duc-]
 *
 * `--prefix` keeps only the articles whose gold story starts with it (basil-duc: `duc-` for the
 * DUC part).
 */
import { fileURLToPath } from 'node:url';
import { termCounts } from '../src/cluster/features.js';
import { createRowFeatures, readClusterRows } from '../src/eval/cluster-data.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const prefixAt = args.indexOf('--prefix');
const prefix = prefixAt >= 0 ? args[prefixAt + 1] ?? '' : '';
const file = args.find((a, i) => !a.startsWith('--') && (prefixAt < 0 || i !== prefixAt + 1)) ?? `${ROOT}../shared/data/clustering/basil-duc.jsonl`;
/** Above this cosine two texts are copies of one another. */
const COPY_COSINE = 0.98;

const features = createRowFeatures();
const rows = (await readClusterRows(file)).filter((r) => r.event.startsWith(prefix));
const counts = rows.map((r) => termCounts(features(r)));
const df = new Map<string, number>();
for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
const vectors = counts.map((c) => {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, n] of c) {
    const w = (1 + Math.log(n)) * Math.log(rows.length / df.get(t)!);
    if (w <= 0) continue;
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
});
const cosine = (a: Map<string, number>, b: Map<string, number>): number => {
  let s = 0;
  for (const [t, w] of a) s += w * (b.get(t) ?? 0);
  return s;
};

let nearestRight = 0;
let meanRight = 0;
for (let i = 0; i < rows.length; i += 1) {
  let best = -1;
  let bestCosine = -1;
  const byEvent = new Map<string, { sum: number; n: number }>();
  for (let j = 0; j < rows.length; j += 1) {
    if (j === i) continue;
    const c = cosine(vectors[i]!, vectors[j]!);
    if (c > COPY_COSINE) continue;
    if (c > bestCosine) [best, bestCosine] = [j, c];
    const e = byEvent.get(rows[j]!.event) ?? { sum: 0, n: 0 };
    e.sum += c;
    e.n += 1;
    byEvent.set(rows[j]!.event, e);
  }
  if (best >= 0 && rows[best]!.event === rows[i]!.event) nearestRight += 1;
  const closest = [...byEvent].sort((a, b) => b[1].sum / b[1].n - a[1].sum / a[1].n)[0];
  if (closest !== undefined && closest[0] === rows[i]!.event) meanRight += 1;
}
console.log(JSON.stringify({
  file, prefix, articles: rows.length, stories: new Set(rows.map((r) => r.event)).size,
  nearestArticleSameStory: nearestRight / rows.length, closestStorySame: meanRight / rows.length,
}));
