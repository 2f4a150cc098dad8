/**
 * The quote ledger: the same words quoted by several articles become one entry, whatever the quote
 * marks and punctuation, and even when one outlet joins two quotes into one. An entry whose
 * attributions name different people or bodies of the story is a conflict.
 */
import type { AnnotatedArticle, ArticleId, Attribution, Discrepancy, LedgerQuote, Quote } from '../types.js';
import { nameTokens, sameNamedPerson, surnameAndGiven, TITLE_WORDS } from '../annotate/person-names.js';
import type { EntityIndex } from './merge-entities.js';
import { normWords, type NormWord } from './text-norm.js';

/** Shared runs shorter than this many words are coincidence ("the United States"), not the same quote. */
const MIN_SHARED_WORDS = 6;
/**
 * Words a quote needs before two speakers of it are a conflict: a phrase as short as "sexist",
 * "radical Islam" or "without merit" is said by many people, and two outlets quoting it from two
 * of them are both right.
 */
export const MIN_CONFLICT_WORDS = 5;
/** A shared run shorter than this that covers neither quote must reach the edges of the quotes (`reachesEdge`). */
const ANCHORED_RUN_WORDS = 10;
/** Words two reports of one quote may write differently on each side of their shared run. */
const MAX_VARIANT_EDITS = 3;
/** A quote this short ("important efforts") matches another only when the words are identical. */
const MIN_COVER_WORDS = 5;

interface Item {
  readonly article: AnnotatedArticle;
  readonly quote: Quote;
  readonly words: NormWord[];
}

interface Entry {
  readonly words: string[];
  readonly text: string;
  readonly kind: Quote['kind'];
  readonly attributions: Attribution[];
}

export function buildQuoteLedger(
  articles: readonly AnnotatedArticle[],
  entities: EntityIndex,
): { quotes: LedgerQuote[]; discrepancies: Discrepancy[] } {
  const items: Item[] = [];
  for (const a of articles) {
    for (const q of a.quotes) {
      if (q.kind === 'indirect') continue;
      items.push({ article: a, quote: q, words: normWords(q.text) });
    }
  }
  // Shortest first: single quotes become entries, a joined quote then attaches to each of them.
  items.sort((x, y) => x.words.length - y.words.length || x.quote.start - y.quote.start);
  const entries: Entry[] = [];
  const namedInText = new WeakSet<Attribution>();
  for (const item of items) {
    const speaker = item.quote.speaker === null ? null : speakerOf(entities, item.article.article.id, item.quote.speaker);
    const article = item.article.article.id;
    // Words of one article that differ from an entry it is already in are another quote of it ("We’ve got a real
    // challenge" beside "We’ve got a big challenge"), not the same one again.
    const matches = entries
      .map((e) => ({ e, at: locate(e.words, item.words) }))
      .filter((m) => m.at !== null && !(m.at.edits > 0 && m.e.attributions.some((a) => a.article === article)));
    const same = entries.find((e) => sameWords(e.words, item.words));
    const targets = same ? [{ e: same, at: { from: 0, to: item.words.length, edits: 0 } }] : matches;
    const names = namesSpeaker(item.quote) || carriesNamedSpeaker(item.article, item.quote);
    const add = (a: Attribution): Attribution => {
      if (names) namedInText.add(a);
      return a;
    };
    if (targets.length === 0) {
      entries.push({
        words: item.words.map((w) => w.word),
        text: item.quote.text,
        kind: item.quote.kind,
        attributions: [add(attribution(item, speaker, 0, item.words.length))],
      });
      continue;
    }
    for (const t of targets) {
      const at = t.at!;
      if (t.e.attributions.some((a) => a.article === article)) continue;
      t.e.attributions.push(add(attribution(item, speaker, at.from, at.to)));
    }
  }
  // Only named people and bodies can contradict each other: "congressional Democrats" or "officials"
  // against a named person is a vaguer account of the same words, not another speaker.
  const named = new Map(entities.entities.filter((x) => x.type === 'person' || x.type === 'organization').map((x) => [x.name, x.type]));
  const quotes: LedgerQuote[] = [];
  const discrepancies: Discrepancy[] = [];
  entries
    .sort((a, b) => firstPlace(a) - firstPlace(b))
    .forEach((e, i) => {
      const conflict = e.words.length >= MIN_CONFLICT_WORDS && speakersDiffer(e.attributions, named, namedInText);
      const q: LedgerQuote = { id: `q${i + 1}`, text: e.text, kind: e.kind, attributions: e.attributions, conflict };
      quotes.push(q);
      if (conflict) {
        discrepancies.push({ kind: 'attribution', quote: q.id, note: conflictNote(e, articles), attributions: e.attributions });
      }
    });
  return { quotes, discrepancies };
}

/**
 * Whether two of the attributions give the words to different people, or to different bodies, of
 * the story, one of them at least by name in its own attribution ("said Dr. Pang", "Mr. Goelman
 * added") or by a "he added" carrying on the quote just before, which names the speaker
 * (`carriesNamedSpeaker`). Two speakers the brief only inferred (through "he" read across the
 * article, "the spokesman", or a quote paragraph taking the previous speaker) are the brief's
 * readings, not what either outlet wrote, and a wrong reading on both sides would show as a
 * conflict between outlets that agree. A person against a body is no conflict either: a spokesman
 * or a member speaks for the body ("Jim Manley" / "Reid's office", a committee's letter read out by
 * one of its signers). A person written two ways ("Tim Murray", "Timothy Murray"; "Dick Durbin",
 * "Richard J. Durbin") is one.
 */
function speakersDiffer(
  attributions: readonly Attribution[],
  named: ReadonlyMap<string, string>,
  namedInText: WeakSet<Attribution>,
): boolean {
  const kept = attributions.filter((a) => a.speaker !== null && named.has(a.speaker));
  const differ = (a: Attribution, b: Attribution): boolean => {
    if (!namedInText.has(a) && !namedInText.has(b)) return false;
    const kind = named.get(a.speaker!);
    if (kind !== named.get(b.speaker!) || a.speaker === b.speaker) return false;
    return !(kind === 'person' && sameNamedPerson(a.speaker!, b.speaker!));
  };
  return kept.some((a, i) => kept.some((b, j) => j > i && differ(a, b)));
}

/** A subject pronoun as speaker words. */
const PRONOUN_WORDS = /^(?:he|she)$/i;

/**
 * Whether a quote attributed to "he" or "she" carries on the quote just before it in the same or the
 * previous paragraph, which names the same speaker ("“…,” Smith said. … “…,” he added."): the
 * outlet's own chain, not a reading across the article.
 */
function carriesNamedSpeaker(article: AnnotatedArticle, q: Quote): boolean {
  if (!q.explicit || q.speaker === null || q.speakerText === null || !PRONOUN_WORDS.test(q.speakerText)) return false;
  let before: Quote | undefined;
  for (const o of article.quotes) if (o !== q && o.start < q.start && o.kind !== 'indirect' && (before === undefined || o.start > before.start)) before = o;
  if (before === undefined || before.speaker !== q.speaker || !namesSpeaker(before)) return false;
  const paragraphOf = (at: number) => article.sentences.find((s) => s.start <= at && at < s.end)?.paragraph ?? -1;
  return paragraphOf(q.start) - paragraphOf(before.start) <= 1;
}

/**
 * Whether the quote's own attribution writes the speaker's name: a word of the resolved name, not a
 * title, among the speaker words ("Mr. Goelman" for Aitan Goelman), as opposed to a pronoun, a
 * description or no speaker words at all.
 */
function namesSpeaker(q: Quote): boolean {
  if (!q.explicit || q.speaker === null || q.speakerText === null) return false;
  const written = new Set(nameTokens(q.speakerText));
  return nameTokens(q.speaker).some((t) => t.length > 1 && !TITLE_WORDS.has(t) && written.has(t));
}

/**
 * The story's name for a quote's speaker. A lone word the article's entities typed as a place
 * ("Holbrooke said", in an article that never writes the full name) is the story's one person of
 * that surname when there is exactly one: a place speaks no quotes.
 */
function speakerOf(entities: EntityIndex, article: ArticleId, local: string): string {
  const name = entities.resolve(article, local);
  const entity = entities.entities.find((e) => e.name === name);
  if (entity === undefined || entity.type === 'person' || entity.type === 'organization' || /\s/.test(name)) return name;
  const key = nameTokens(name).pop();
  const people = entities.entities.filter((e) => e.type === 'person' && surnameAndGiven(nameTokens(e.name)).surname === key);
  return people.length === 1 ? people[0]!.name : name;
}

function attribution(item: Item, speaker: string | null, from: number, to: number): Attribution {
  const base = item.quote.start;
  const start = from < item.words.length ? base + item.words[from]!.start : item.quote.start;
  const end = to > 0 ? base + item.words[to - 1]!.end : item.quote.end;
  return { speaker, speakerWords: item.quote.speakerText, article: item.article.article.id, start, end, explicit: item.quote.explicit, cue: item.quote.cue };
}

function sameWords(a: readonly string[], b: readonly NormWord[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]!.word);
}

/**
 * Where the entry's words sit inside the longer quote (or the longer quote inside the entry): the
 * longest common run, carried outward across a few words written differently (`extend`), accepted
 * when it covers the shorter text or shares at least MIN_SHARED_WORDS words. A word one outlet
 * changed ("cut 40 percent" / "cut 14 percent", a typo) breaks the run but not the quote. `edits`:
 * the words the two write differently within the match.
 */
function locate(entry: readonly string[], quote: readonly NormWord[]): { from: number; to: number; edits: number } | null {
  const q = quote.map((w) => w.word);
  let best = { len: 0, qEnd: 0, eEnd: 0 };
  // Longest common substring over words; quotes are short, so O(n*m) is fine.
  let prev = new Array<number>(q.length + 1).fill(0);
  for (let i = 1; i <= entry.length; i++) {
    const cur = new Array<number>(q.length + 1).fill(0);
    for (let j = 1; j <= q.length; j++) {
      if (entry[i - 1] === q[j - 1]) {
        cur[j] = prev[j - 1]! + 1;
        if (cur[j]! > best.len) best = { len: cur[j]!, qEnd: j, eEnd: i };
      }
    }
    prev = cur;
  }
  if (best.len === 0) return null;
  const back = extend(entry, q, best.eEnd - best.len - 1, best.qEnd - best.len - 1, -1);
  const ahead = extend(entry, q, best.eEnd, best.qEnd, 1);
  const shared = best.len + back.matched + ahead.matched;
  const shorter = Math.min(entry.length, q.length);
  // A short quote is covered by its words alike but one, left out or changed: "We will not give up" and "We
  // are not going to give up" share four of five words, but two people may say them.
  const coversShorter = shorter >= MIN_COVER_WORDS && (best.len >= shorter - 1 || (shared >= shorter - 1 && back.edits + ahead.edits <= 1));
  if (!coversShorter && shared < MIN_SHARED_WORDS) return null;
  if (!coversShorter && shared < shorter * 0.5) return null;
  // A short shared run must reach, on each side, the edge of one of the two quotes, across a few words
  // written differently ("I have a problem" / "I got a problem"). Two quotes that go on past it
  // with other words share a phrase, not a quote ("they are on the wrong side of history" / "These
  // guys are on the wrong side of history").
  if (!coversShorter && shared < ANCHORED_RUN_WORDS && !(back.reachesEdge && ahead.reachesEdge)) return null;
  return { from: back.j + 1, to: ahead.j, edits: back.edits + ahead.edits };
}

/**
 * Matching words outward from `i` in `a` and `j` in `b` (step `dir`), allowing `MAX_VARIANT_EDITS`
 * words that differ, are added or are left out: how many words matched, the first position of `b`
 * past the match (past its edge when both lists end within the edits left), whether the walk reached the edge of either list (words left over at an
 * edge differ as an outlet's cut does, and count as reaching it when they fit in the edits left),
 * and the edits it spent.
 */
function extend(a: readonly string[], b: readonly string[], i: number, j: number, dir: 1 | -1): { matched: number; j: number; reachesEdge: boolean; edits: number } {
  let edits = 0;
  let matched = 0;
  // Where the walk stands after its last matched word: a skipped word that no match follows is no part of the quote.
  let lastJ = j;
  const inside = (k: number, list: readonly string[]) => k >= 0 && k < list.length;
  while (inside(i, a) && inside(j, b)) {
    if (a[i] === b[j]) {
      i += dir;
      j += dir;
      matched += 1;
      lastJ = j;
      continue;
    }
    // The nearest resumption of equal words, skipping up to `cost` words in each list ("he is" / "he's").
    let resumed = false;
    for (let cost = 1; cost <= MAX_VARIANT_EDITS - edits && !resumed; cost += 1) {
      for (let si = 0; si <= cost && !resumed; si += 1) {
        for (let sj = 0; sj <= cost && !resumed; sj += 1) {
          const ni = i + dir * si;
          const nj = j + dir * sj;
          if (Math.max(si, sj) !== cost || !inside(ni, a) || !inside(nj, b) || a[ni] !== b[nj]) continue;
          i = ni;
          j = nj;
          edits += cost;
          resumed = true;
        }
      }
    }
    if (!resumed) {
      const leftA = dir === 1 ? a.length - i : i + 1;
      const leftB = dir === 1 ? b.length - j : j + 1;
      const spare = MAX_VARIANT_EDITS - edits;
      // Both quotes end within the edits left ("we are patient" / "we are patiant"): the rest of `b` is its
      // account of the same words; words only `b` goes on with are its own.
      const end = leftA <= spare && leftB <= spare ? (dir === 1 ? b.length : -1) : lastJ;
      return { matched, j: end, reachesEdge: Math.min(leftA, leftB) <= spare, edits };
    }
  }
  return { matched, j: lastJ, reachesEdge: true, edits };
}

function firstPlace(e: Entry): number {
  return Math.min(...e.attributions.map((a) => a.start));
}

function conflictNote(e: Entry, articles: readonly AnnotatedArticle[]): string {
  const label = (id: string) => articles.find((a) => a.article.id === id)?.article.outlet ?? id;
  return e.attributions
    .map((a) => `${label(a.article)} gives it to ${a.speaker ?? 'no one'}${a.explicit ? '' : ' (implied)'}`)
    .join('; ');
}
