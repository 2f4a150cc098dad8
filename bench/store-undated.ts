/**
 * `node --import tsx bench/store-undated.ts [articles]`: the store's story clusterer on the store
 * benchmark's stream (bench/store.ts) with and without its dates. Without dates the clusterer has no
 * days to close stories by; its article window (`windowArticles`) closes a story without dates once
 * enough articles have arrived after its latest one. Three runs over the same stream: dated; undated
 * without the article window (`windowArticles: Infinity`, the behaviour before it); undated with the
 * default window. Per slice of 10,000 articles: CPU ms per article and the stories open (the index's
 * size); at the end, BCubed F1 against the generated events (entity features empty, as with the
 * store benchmark's light annotation). Default 60,000 articles.
 */
import { createStreamClusterer, type IncrementalClusterOptions } from '../src/cluster/index.js';
import { bcubed } from '../src/eval/bcubed.js';
import { cpuMs, streamLines } from './stream-kit.js';

const SLICE = 10_000;
const total = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 60_000);
const lines = [...streamLines(total)];

function run(label: string, dated: boolean, options: IncrementalClusterOptions): void {
  const clusterer = createStreamClusterer(options);
  const predicted = new Map<string, string>();
  const gold = new Map<string, string>();
  const slices: string[] = [];
  const start = cpuMs();
  let t = start;
  lines.forEach((l, i) => {
    const id = `a${i}`;
    predicted.set(id, clusterer.add({ id, title: l.title, text: l.text, published: dated ? l.published : null, outlet: l.outlet, entities: [] }));
    // The stream's URLs are https://news.example/<event>/<report>[/wire].
    gold.set(id, l.url.split('/')[3]!);
    if ((i + 1) % SLICE === 0) {
      const now = cpuMs();
      slices.push(`${(i + 1) / 1000}k: ${((now - t) / SLICE).toFixed(2)} ms, ${clusterer.openStories()} open`);
      t = now;
    }
  });
  const score = bcubed(predicted, gold);
  console.log(`${label}: ${((cpuMs() - start) / 1000).toFixed(1)} s CPU; BCubed F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)}); `
    + `${new Set(predicted.values()).size} stories\n  ${slices.join(' · ')}`);
}

run('dated', true, {});
run('undated, no article window', false, { windowArticles: Number.POSITIVE_INFINITY });
run('undated, article window (default)', false, {});
