/**
 * `node --import tsx bench/cluster.ts [articles…]`: throughput of duplicate detection plus
 * incremental story clustering on one core, and the time per article as the number of stories
 * grows. The stream is generated: each story recombines sentences of two articles of
 * ../shared/data/clustering (BASIL + DUC 2004), every name in them replaced by a made-up one, runs one to three
 * days, and one article in ten is a wire copy reprinted under another outlet. Articles arrive in
 * date order, many stories a day. Entity features are the made-up names (annotation has its own
 * benchmark in bench/run.ts).
 */
import { performance } from 'node:perf_hooks';
import { createStreamClusterer, type ClusterFeatures } from '../src/cluster/index.js';
import { createDuplicateIndex } from '../src/dedupe/index.js';
import { bcubed } from '../src/eval/bcubed.js';
import { cpuMs, loadSentences, rng } from './stream-kit.js';

/** New stories a day: a large newsroom feed. */
const STORIES_PER_DAY = 400;
const OUTLETS = ['Ledger', 'Post', 'Wire', 'Herald', 'Times', 'Gazette', 'Courier', 'Tribune'];

interface StreamArticle {
  readonly features: ClusterFeatures;
  readonly story: number;
}

function generate(total: number, seed = 1): StreamArticle[] {
  const sources = loadSentences();
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const syllables = ['ka', 'lo', 'mir', 'ta', 'ven', 'su', 'dra', 'nel', 'or', 'pi', 'zan', 'qu', 'bel', 'tor', 'ash', 'ri'];
  const name = () => {
    const w = () => { const s = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(syllables)).join(''); return s[0]!.toUpperCase() + s.slice(1); };
    return `${w()} ${w()}`;
  };
  const out: StreamArticle[] = [];
  const day0 = Date.UTC(2026, 0, 1);
  let story = 0;
  while (out.length < total) {
    const day = Math.floor(story / STORIES_PER_DAY);
    // Every capitalised word of the story's source sentences gets a made-up name of its own, so two
    // stories drawn from one source article differ in every name, as two events of one kind do.
    const renamed = new Map<string, string>();
    const rename = (sentence: string) => sentence.replace(/\b[A-Z][a-z]{2,}\b/g, (w, at: number) => {
      if (at === 0) return w;
      let n = renamed.get(w);
      if (n === undefined) renamed.set(w, (n = name().split(' ')[0]!));
      return n;
    });
    const pool = [...pick(sources), ...pick(sources)].map(rename);
    const people = [name(), name()];
    const place = name().split(' ')[0]!;
    const n = 2 + Math.floor(rand() * 5);
    for (let k = 0; k < n && out.length < total; k++) {
      const published = new Date(day0 + (day + Math.floor(rand() * 3)) * 86_400_000).toISOString().slice(0, 10);
      const body = Array.from({ length: 6 }, () => pick(pool));
      body[0] = `${people[0]} said in ${place} that ${body[0]!.charAt(0).toLowerCase()}${body[0]!.slice(1)}`;
      body[3] = `${people[1]} told reporters: ${body[3]}`;
      const outlet = pick(OUTLETS);
      const features: ClusterFeatures = {
        id: `a${out.length}`, title: null, text: body.join(' '), published, outlet,
        entities: [{ name: people[0]!, mentions: 2 }, { name: people[1]!, mentions: 1 }, { name: place, mentions: 1 }],
      };
      out.push({ features, story });
      // One article in ten is a wire copy another outlet reprints.
      if (rand() < 0.1 && out.length < total) {
        out.push({ features: { ...features, id: `a${out.length}`, outlet: pick(OUTLETS) }, story });
      }
    }
    story += 1;
  }
  // Date order, as a feed delivers it; the sort is stable, so a story's articles keep their order within a day.
  return out.sort((a, b) => (a.features.published! < b.features.published! ? -1 : a.features.published! > b.features.published! ? 1 : 0));
}

function run(total: number): void {
  const stream = generate(total);
  const dedupe = createDuplicateIndex();
  const cluster = createStreamClusterer();
  const slices = 10;
  const per = Math.ceil(stream.length / slices);
  const rows: string[] = [];
  let copies = 0;
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  for (let s = 0; s < slices; s++) {
    const part = stream.slice(s * per, (s + 1) * per);
    let dedupeMs = 0;
    let clusterMs = 0;
    for (const a of part) {
      const t0 = cpuMs();
      if (dedupe.add(a.features).length > 0) copies += 1;
      const t1 = cpuMs();
      cluster.add(a.features);
      dedupeMs += t1 - t0;
      clusterMs += cpuMs() - t1;
    }
    const n = Math.max(1, part.length);
    rows.push(`| ${Math.min((s + 1) * per, stream.length)} | ${cluster.stories().length} | ${cluster.openStories()} | `
      + `${(dedupeMs / n).toFixed(3)} | ${(clusterMs / n).toFixed(3)} |`);
  }
  const cpuSeconds = (cpuMs() - cpu0) / 1000;
  const wallSeconds = (performance.now() - wall0) / 1000;
  const predicted = new Map<string, string>();
  for (const st of cluster.stories()) for (const id of st.articles) predicted.set(id, st.id);
  const gold = new Map(stream.map((a) => [a.features.id, String(a.story)]));
  const b = bcubed(predicted, gold);
  console.log(`\n${total} articles: ${(total / cpuSeconds).toFixed(0)} articles per CPU second (dedupe + clustering, one thread;`
    + ` ${cpuSeconds.toFixed(1)} s CPU, ${wallSeconds.toFixed(1)} s wall); ${copies} matched as copies;`
    + ` BCubed F1 on the generated stories ${b.f1.toFixed(3)} (P ${b.precision.toFixed(3)}, R ${b.recall.toFixed(3)})`);
  console.log('| articles so far | stories so far | open stories | dedupe CPU ms/article | clustering CPU ms/article |\n|---|---|---|---|---|');
  console.log(rows.join('\n'));
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const n of sizes.length > 0 ? sizes : [10_000, 100_000]) run(n);
