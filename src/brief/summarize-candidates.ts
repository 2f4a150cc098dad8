/**
 * Summary candidates: the sentences of a story's articles that can stand alone in a summary, each
 * cut to the part that carries the news. Every cut keeps a contiguous piece of the sentence, so a
 * candidate is always an exact span of its article and stays checkable.
 *
 * Two cleaning levels:
 * - `strict` (the brief): a sentence is cut only where the rest still reads as a sentence (a wire
 *   dateline); one that opens with a dangling connective or pronoun ("But", "He also said") is
 *   rejected rather than rewritten, since rewriting would change the source's words.
 * - `compress` (a word budget, as in DUC): attribution ("X said that …", "…, officials said"),
 *   connectives and datelines are also cut, which spends the budget on what happened.
 */
import type { AnnotatedArticle, Sentence } from '../types.js';

export type Cleaning = 'strict' | 'compress';

export interface Candidate {
  readonly article: AnnotatedArticle;
  readonly sentence: Sentence;
  /** Index of the sentence in its article. */
  readonly index: number;
  /** Offsets of the kept text in the article. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Whitespace-separated words, as word budgets (and ROUGE's `-l`) count them. */
  readonly words: number;
}

/** Shorter sentences are headlines, bylines or fragments. */
const MIN_WORDS = 8;
/** Longer sentences read badly in a summary and spend the budget on one claim. */
const MAX_WORDS = 60;
/** A wire dateline opening the article's first sentence: "BEIJING/MOSCOW -- ", "WASHINGTON (AP) _ ". */
const DATELINE = /^[A-Z][A-Z/ .,'-]{2,40}(?:\([A-Za-z .]+\))?\s*(?:--|—|–|-|_)\s+/;
/** Openers that need the previous sentence to make sense. */
const DANGLING = /^(?:but|and|or|so|yet|also|he|she|they|it|its|this|that|these|those|his|her|their|we|i|meanwhile|however|still|then|instead|there|here|such|both|another|the other)\b/i;
/** Connectives that can be dropped without losing the claim (compress only). */
const CONNECTIVE = /^(?:but|and|yet|so|also|meanwhile|however|still|moreover|furthermore|in addition|in the meantime|instead),?\s+/i;
/** "Officials said (that) …", "The report says …": the claim follows the attribution. */
const LEAD_ATTRIBUTION = /^(?:[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,6}?)\s+(?:said|says|told reporters|added|noted|stated)(?:\s+on\s+\w+day)?(?:\s+that)?,?\s+/;
/** "…, officials said." / "…, according to police." : a trailing attribution after the claim. */
const TRAIL_ATTRIBUTION = /,\s*(?:according to\s[^,]{2,60}|[^,]{2,60}?\s(?:said|says|told\s[^,]{1,40}|reported|added|announced|noted)(?:\s[^,]{0,40})?)\s*\.?\s*$/;
/** A question or exclamation is not a reported fact. */
const NOT_A_STATEMENT = /[?!]["”’']?$/;
/** Sentence ends that show the splitter found a full sentence. */
const TERMINAL = /[.!?]["”’']?$/;
/** The compressed part must keep at least this share of the sentence's words to still say something. */
const MIN_KEPT_WORDS = 6;

/** Counts whitespace-separated words. */
export function countWords(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

/** True when the sentence is mostly a direct quote: it reports what someone said, not what happened. */
function quoteOnly(a: AnnotatedArticle, s: Sentence): boolean {
  return a.quotes.some((q) => q.kind !== 'indirect' && q.end > s.start && q.start < s.end && (q.end - q.start) > (s.end - s.start) * 0.5);
}

/** Candidate sentences of a story's articles at the given cleaning level. */
export function collectCandidates(articles: readonly AnnotatedArticle[], cleaning: Cleaning): Candidate[] {
  const out: Candidate[] = [];
  for (const a of articles) {
    a.sentences.forEach((s, index) => {
      const c = clean(a, s, index, cleaning);
      if (c === null) return;
      out.push(c);
      if (cleaning === 'compress') out.push(...clausePrefixes(c));
    });
  }
  return out;
}

/** Where a trailing clause may be dropped: before a comma, semicolon or dash that follows a word. */
const CLAUSE_BREAK = /(?<=\w)(?:,|;|\s--|\s—|\s–)\s/g;

/**
 * The candidate cut before each clause break, keeping at least MIN_WORDS words: a trailing clause
 * ("…, which it said would take years") often spends words on background.
 */
function clausePrefixes(c: Candidate): Candidate[] {
  const out: Candidate[] = [];
  for (const m of c.text.matchAll(CLAUSE_BREAK)) {
    const text = c.text.slice(0, m.index);
    const words = countWords(text);
    if (words < MIN_WORDS) continue;
    out.push({ ...c, end: c.start + text.length, text, words });
  }
  return out;
}

function clean(a: AnnotatedArticle, s: Sentence, index: number, cleaning: Cleaning): Candidate | null {
  if (NOT_A_STATEMENT.test(s.text) || !TERMINAL.test(s.text)) return null;
  if (quoteOnly(a, s)) return null;
  let from = 0;
  let to = s.text.length;
  const cut = (re: RegExp, whole: string): number => re.exec(whole)?.[0].length ?? 0;
  from += cut(DATELINE, s.text);
  if (cleaning === 'compress') {
    from += cut(CONNECTIVE, s.text.slice(from));
    const lead = cut(LEAD_ATTRIBUTION, s.text.slice(from));
    if (lead > 0 && countWords(s.text.slice(from + lead, to)) >= MIN_KEPT_WORDS) from += lead;
    const trail = TRAIL_ATTRIBUTION.exec(s.text.slice(from, to));
    if (trail && countWords(s.text.slice(from, from + trail.index)) >= MIN_KEPT_WORDS) to = from + trail.index;
  }
  const text = s.text.slice(from, to);
  if (DANGLING.test(text)) return null;
  const words = countWords(text);
  if (words < MIN_WORDS || words > MAX_WORDS) return null;
  return { article: a, sentence: s, index, start: s.start + from, end: s.start + to, text, words };
}
