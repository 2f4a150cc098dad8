/**
 * Builds the news document frequencies the clusterer reads for ad-hoc collections
 * (src/cluster/background.ts): for every clustering term (`termCounts`, words only), how many
 * articles of CoNLL-2003's `eng.train` (946 Reuters documents, 1996) and PolNeAR (924 US political
 * articles, 2015–2016) hold it. Terms held by one article only are left out (absent means 0).
 * The clustering evaluation sets (BASIL, DUC 2004) are not read. Deterministic.
 *
 *   node --import tsx scripts/build-background.ts [--out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { termCounts } from '../src/cluster/features.js';
import { readConll } from '../src/eval/ner-conll.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--out');
const OUT = at >= 0 ? args[at + 1]! : `${ROOT}models/news-document-frequencies.json.gz`;
/** A term in fewer articles than this says nothing a collection's own counts would not. */
const MIN_DF = 2;

const texts: string[] = [];
for (const doc of readConll(`${ROOT}../shared/data/ner/conll2003/eng.train`)) texts.push(doc.text);
for (const line of readFileSync(`${ROOT}../shared/data/quotes/polnear-dev.jsonl`, 'utf8').split('\n')) {
  if (line.trim() !== '') texts.push((JSON.parse(line) as { text: string }).text);
}
const df = new Map<string, number>();
for (const text of texts) {
  for (const term of termCounts({ id: 'background', title: null, text, published: null, outlet: null }).keys()) df.set(term, (df.get(term) ?? 0) + 1);
}
const kept = [...df].filter(([, n]) => n >= MIN_DF).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
writeFileSync(OUT, gzipSync(JSON.stringify({ docs: texts.length, df: Object.fromEntries(kept) }), { level: 9 }));
console.log(`${texts.length} articles, ${df.size} terms, ${kept.length} kept (in ${MIN_DF}+ articles) -> ${OUT}`);
