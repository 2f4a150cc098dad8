/**
 * Builds the list of common words the entity rules read (src/annotate/common-words.ts): words that
 * news writes in lower case, and capitalised almost only where every word is (opening a sentence, a
 * quote or a line). "Normally", "Greetings" or "Poor" opening a sentence is then no name, though the
 * article never writes the word in lower case; "Brown" or "Bush" stays one, since news capitalises
 * them inside sentences too. Counted over CoNLL-2003's `eng.train` (946 Reuters documents, 1996)
 * and the train part of PolNeAR (the quote evaluation's held-out articles are not read), words of
 * letters only, all-capitals lines (headlines) left out. Deterministic.
 *
 *   node --import tsx scripts/build-common-words.ts [--out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readConll } from '../src/eval/ner-conll.js';
import { splitOf } from '../src/eval/quotes-split.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--out');
const OUT = at >= 0 ? args[at + 1]! : `${ROOT}models/common-words.json.gz`;
/** A word seen in lower case fewer times than this is too rare to judge. */
const MIN_LOWER = 5;
/** A common word is capitalised inside a sentence at most this share of the times it is written in lower case. */
const MAX_CAPITALISED_SHARE = 0.1;
/** Shorter words are left out: initials and particles ("de", "al") say too little. */
const MIN_LENGTH = 3;
/** Where any word is capitalised: a text's or line's start, after a sentence's end, a quote mark, a bracket, a colon or a dash. */
const OPENING_BEFORE = /(?:^|\n\s*|[.!?]["”’']?\s+|[“"‘`(:]\s*|\s[—–-]+\s+)$/;
const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;

const texts: string[] = [];
for (const doc of readConll(`${ROOT}../shared/data/ner/conll2003/eng.train`)) texts.push(doc.text);
for (const line of readFileSync(`${ROOT}../shared/data/quotes/polnear-dev.jsonl`, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const row = JSON.parse(line) as { id: string; text: string };
  if (splitOf(row.id) === 'train') texts.push(row.text);
}

const lower = new Map<string, number>();
const capitalised = new Map<string, number>();
for (const text of texts) {
  for (const lineMatch of text.matchAll(/[^\n]+/g)) {
    const line = lineMatch[0];
    // A headline in capitals tells nothing of how a word is written.
    if (!/\p{Ll}/u.test(line)) continue;
    for (const m of line.matchAll(WORD)) {
      const word = m[0];
      if (word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word)) continue;
      const key = word.toLowerCase();
      if (word === key) lower.set(key, (lower.get(key) ?? 0) + 1);
      else if (/^\p{Lu}\p{Ll}+$/u.test(word) && !OPENING_BEFORE.test(line.slice(Math.max(0, m.index! - 6), m.index))) {
        capitalised.set(key, (capitalised.get(key) ?? 0) + 1);
      }
    }
  }
}
const words = [...lower]
  .filter(([w, n]) => n >= MIN_LOWER && (capitalised.get(w) ?? 0) <= n * MAX_CAPITALISED_SHARE)
  .map(([w]) => w)
  .sort();
writeFileSync(OUT, gzipSync(JSON.stringify(words), { level: 9 }));
console.log(`${texts.length} articles, ${lower.size} words seen in lower case, ${words.length} common -> ${OUT}`);
