/**
 * Words news writes in lower case and capitalises almost only where every word is capitalised
 * (opening a sentence, a quote or a line): 6,314 words counted over CoNLL-2003's training documents
 * and PolNeAR's train part by `scripts/build-common-words.ts`, shipped as gzipped JSON in
 * models/common-words.json.gz. The entity rules read them: "Normally" opening a sentence is no name.
 */
import { readShippedJson } from '../shipped-json.js';

/** Where the shipped list lives, relative to this file in src/ and in dist/ alike. */
export const COMMON_WORDS_URL = new URL('../../models/common-words.json.gz', import.meta.url);

let loaded: ReadonlySet<string> | undefined;

/** The shipped list, read once; a missing or unreadable file throws with its path and the script that builds it. */
export function commonWords(url: URL = COMMON_WORDS_URL): ReadonlySet<string> {
  if (url === COMMON_WORDS_URL && loaded !== undefined) return loaded;
  const words = readShippedJson(url, 'common words', 'scripts/build-common-words.ts');
  if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) throw new Error(`${url.pathname}: expected a JSON array of words`);
  const set = new Set(words);
  if (url === COMMON_WORDS_URL) loaded = set;
  return set;
}
