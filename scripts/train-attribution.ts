/**
 * Trains the attribution tagger (src/annotate/attribution-model.ts; training in
 * src/annotate/attribution-train.ts) on the TRAIN part only of PolNeAR (src/eval/quotes-split.ts),
 * so `crosscheck eval quotes` can report articles it never saw. Gold CONTENT spans come from the
 * dataset; SOURCE and CUE spans are the dataset's speaker and cue strings found nearest their
 * content. Sentences and entities are the pipeline's own. Deterministic: two runs write the same
 * bytes. Writes models/attribution-perceptron.bin.gz.
 *
 *   node --import tsx scripts/train-attribution.ts [polnear-dev.jsonl] [--epochs N] [--out FILE] [--without-tune] [--limit N] [--seed N]
 *
 * `--without-tune` also leaves out the train articles set apart for tuning (`isTuneArticle`), to
 * choose how the tagger and the rules combine on articles neither saw.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { trainAttribution, type GoldAttribution, type TrainingArticle } from '../src/annotate/attribution-train.js';
import { createEntityAnnotator } from '../src/annotate/entities.js';
import { splitSentences } from '../src/annotate/sentences.js';
import { isTuneArticle, splitOf } from '../src/eval/quotes-split.js';
import { asArticleId } from '../src/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const numeric = (name: string): number | undefined => (option(name) === undefined ? undefined : Number(option(name)));
const dataFile = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? `${ROOT}../shared/data/quotes/polnear-dev.jsonl`;
const OUT = option('--out') ?? `${ROOT}models/attribution-perceptron.bin.gz`;
const WITHOUT_TUNE = args.includes('--without-tune');
const LIMIT = numeric('--limit') ?? Infinity;

interface Row { id: string; text: string; quotes: GoldAttribution[] }

function* trainingArticles(): Generator<TrainingArticle> {
  const entities = createEntityAnnotator();
  let n = 0;
  for (const line of readFileSync(dataFile, 'utf8').split('\n')) {
    if (line.trim() === '' || n >= LIMIT) continue;
    const row = JSON.parse(line) as Row;
    if (splitOf(row.id) !== 'train' || (WITHOUT_TUNE && isTuneArticle(row.id))) continue;
    n += 1;
    const article = { id: asArticleId(row.id), source: row.id, title: '', outlet: null, published: null, text: row.text, standfirst: null, removed: [], diagnostics: [] };
    const sentences = splitSentences(row.text);
    yield { text: row.text, sentences, entities: entities(article, sentences), attributions: row.quotes };
  }
  process.stderr.write(`${n} train articles\n`);
}

const stored = trainAttribution(trainingArticles(), {
  ...(numeric('--epochs') !== undefined && { epochs: numeric('--epochs')! }),
  ...(numeric('--seed') !== undefined && { seed: numeric('--seed')! }),
  ...(numeric('--min-count') !== undefined && { minCount: numeric('--min-count')! }),
  ...(numeric('--save-min-count') !== undefined && { saveMinCount: numeric('--save-min-count')! }),
  ...(numeric('--min-weight') !== undefined && { minWeight: numeric('--min-weight')! }),
  ...(numeric('--decimals') !== undefined && { decimals: numeric('--decimals')! }),
  log: (line) => process.stderr.write(`${line}\n`),
});
const gz = gzipSync(stored, { level: 9 });
writeFileSync(OUT, gz);
process.stderr.write(`wrote ${OUT} (${(gz.length / 1e6).toFixed(2)} MB)\n`);
