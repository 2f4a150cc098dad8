/**
 * `crosscheck eval quotes <file>`: quote attribution against PolNeAR-style JSONL (one article per
 * line: `{id, text, quotes: [{quote, speaker, speakerIsName, verb, start, end}]}`).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createEntityAnnotator } from '../annotate/entities.js';
import { createQuoteAnnotator } from '../annotate/quotes.js';
import { MAX_ATTRIBUTION_CHARS } from '../annotate/quotes-direct.js';
import { splitSentences } from '../annotate/sentences.js';
import { asArticleId, type Article, type Quote } from '../types.js';
import { f1Of, isSpeechGold, isSpeechPrediction, matchSpans, prf, samePerson, share } from './quotes-metrics.js';
import { isTuneArticle, splitOf, type QuoteSplit } from './quotes-split.js';

export { matchSpans, prf, samePerson, spansMatch, overlapChars, nameTokens, MIN_OVERLAP_SHARE, isSpeechCue, isSpeechGold, isSpeechPrediction } from './quotes-metrics.js';

/** One gold attribution of the dataset. */
export interface GoldQuote {
  readonly quote: string;
  readonly speaker: string | null;
  readonly speakerIsName: boolean;
  readonly verb: string | null;
  readonly start: number;
  readonly end: number;
}

/** One article of the dataset. */
export interface GoldArticle {
  readonly id: string;
  readonly outlet?: string;
  readonly text: string;
  readonly quotes: readonly GoldQuote[];
}

/** The figures of one set of articles (fractions in [0, 1]). */
export interface QuoteScores {
  readonly quoteF1: number;
  readonly quotePrecision: number;
  readonly quoteRecall: number;
  /** Among matched gold quotes whose speaker is a name: the share given the same person. */
  readonly speakerAccuracy: number;
  /** Articles scored. */
  readonly n: number;
  readonly goldQuotes: number;
  readonly predictedQuotes: number;
  readonly matchedQuotes: number;
  /** Matched gold quotes with a named speaker (the denominator of `speakerAccuracy`). */
  readonly speakerN: number;
  /** The same figures over attributions of speech only (quotes-metrics.ts, `isSpeechGold`). */
  readonly speech: SpeechScores;
}

/**
 * Figures over attributions of speech: recall over the gold items of speech (matched to any
 * prediction), precision over the predictions of speech (matched to any gold item), speaker
 * accuracy over the matched gold items of speech with a named speaker.
 */
export interface SpeechScores {
  readonly quoteF1: number;
  readonly quotePrecision: number;
  readonly quoteRecall: number;
  readonly speakerAccuracy: number;
  readonly goldQuotes: number;
  readonly predictedQuotes: number;
  /** Gold items of speech matched. */
  readonly matchedGold: number;
  /** Predictions of speech matched. */
  readonly matchedPredicted: number;
  readonly speakerN: number;
}

/**
 * The figures `crosscheck eval quotes` prints. The top-level scores are over the articles chosen by
 * `split` (default all of the file); `heldout` and `train` are always the two parts of the fixed
 * split (quotes-split.ts): the attribution tagger is trained on `train` only, so `heldout` is the
 * figure for news it never saw.
 */
export interface QuoteEvalResult extends QuoteScores {
  readonly split: QuoteSplitChoice;
  readonly heldout: QuoteScores;
  readonly train: QuoteScores;
  readonly seconds: number;
  readonly articlesPerSecond: number;
}

/** Which articles the top-level figures cover; `tune` is the part of `train` set apart to choose how the tagger and rules combine. */
export type QuoteSplitChoice = 'all' | QuoteSplit | 'tune';

/** Per-article detail, for error analysis. */
export interface QuoteArticleResult {
  readonly article: GoldArticle;
  readonly predicted: readonly Quote[];
  /** `[goldIndex, predictedIndex]` pairs. */
  readonly matches: readonly [number, number][];
}

export interface QuoteEvalOptions {
  /** Only the first `limit` articles (quick runs). */
  readonly limit?: number;
  /** Annotates one article; default the pipeline's sentences, entities and quotes. */
  readonly annotate?: (article: Article) => readonly Quote[];
  /** Which articles the top-level figures cover (default `all`). */
  readonly split?: QuoteSplitChoice;
  /** Called after each article (progress, error analysis). */
  readonly onArticle?: (result: QuoteArticleResult, done: number) => void;
}

/** Sentences, entities and quotes exactly as `createAnnotator` runs them; dates and genre are not scored. */
export function createQuoteOnlyAnnotator(): (article: Article) => Quote[] {
  const entities = createEntityAnnotator();
  const quotes = createQuoteAnnotator();
  return (article) => {
    const sentences = splitSentences(article.text);
    return quotes(article, sentences, entities(article, sentences));
  };
}

/** How far apart two pieces of one speaker's quote may sit to be one content span (the attribution between them). */
const MAX_JOIN_GAP = MAX_ATTRIBUTION_CHARS;

/**
 * PolNeAR's content span of a direct quote runs over the attribution that interrupts it
 * ("“…,” Rubio said. “…”" is one attribution), where the annotator reports each quoted piece with
 * its speaker. This joins a continuation piece to the quote before it (same paragraph, same
 * speaker) so one attribution is scored once.
 */
export function toContentSpans(text: string, quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  // A partial quote inside a reported clause is a mixed quote: PolNeAR's content is the whole clause.
  const clauses = quotes.filter((q) => q.kind === 'indirect');
  const mixed = (q: Quote): boolean => q.kind === 'partial' && clauses.some((c) => c.start <= q.start && q.end <= c.end && c.speaker === q.speaker);
  for (const q of [...quotes].filter((x) => !mixed(x)).sort((a, b) => a.start - b.start)) {
    // The quote before it, past any attribution nested in the words between them ("…,'' said King, who endorsed Rubio. ''…''").
    let at = out.length - 1;
    while (at >= 0 && out[at]!.kind !== 'direct' && out[at - 1] !== undefined && out[at - 1]!.end <= out[at]!.start) at -= 1;
    const last = out[at];
    const gap = last === undefined ? '' : text.slice(last.end, q.start);
    if (last !== undefined && !q.explicit && q.kind === 'direct' && last.kind === 'direct' && q.speaker === last.speaker
      && q.start >= last.end && gap.length <= MAX_JOIN_GAP && !/\n\s*\n/.test(gap)) {
      out[at] = { ...last, end: q.end, text: text.slice(last.start, q.end) };
    } else out.push(q);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One article's counts over attributions of speech. */
export interface SpeechCounts { gold: number; predicted: number; matchedGold: number; matchedPredicted: number; speakerN: number; speakerRight: number }

/** Scores one article's predictions against its gold attributions, over all of them and over those of speech. */
export function scoreArticle(gold: readonly GoldQuote[], predicted: readonly Quote[]): { matches: [number, number][]; speakerN: number; speakerRight: number; speech: SpeechCounts } {
  const matches = matchSpans(gold, predicted);
  const speech: SpeechCounts = {
    gold: gold.filter(isSpeechGold).length, predicted: predicted.filter(isSpeechPrediction).length,
    matchedGold: 0, matchedPredicted: 0, speakerN: 0, speakerRight: 0,
  };
  let speakerN = 0;
  let speakerRight = 0;
  for (const [g, p] of matches) {
    const want = gold[g]!;
    const spoken = isSpeechGold(want);
    if (spoken) speech.matchedGold += 1;
    if (isSpeechPrediction(predicted[p]!)) speech.matchedPredicted += 1;
    if (!want.speakerIsName || want.speaker === null) continue;
    const right = samePerson(want.speaker, predicted[p]!.speaker);
    speakerN += 1;
    if (right) speakerRight += 1;
    if (spoken) {
      speech.speakerN += 1;
      if (right) speech.speakerRight += 1;
    }
  }
  return { matches, speakerN, speakerRight, speech };
}

/** Reads the JSONL dataset lazily, one article per non-empty line. */
export async function* readGoldArticles(file: string): AsyncGenerator<GoldArticle> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo += 1;
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as Partial<GoldArticle>;
    if (typeof row.text !== 'string' || !Array.isArray(row.quotes)) {
      throw new TypeError(`${file} line ${lineNo}: expected {"id","text","quotes":[…]} (the quotes/polnear-dev.jsonl format)`);
    }
    yield { id: row.id ?? `line-${lineNo}`, text: row.text, quotes: row.quotes };
  }
}

interface Tally { n: number; gold: number; predicted: number; matched: number; speakerN: number; speakerRight: number; speech: SpeechCounts }

const emptyTally = (): Tally => ({
  n: 0, gold: 0, predicted: 0, matched: 0, speakerN: 0, speakerRight: 0,
  speech: { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0, speakerN: 0, speakerRight: 0 },
});

function scoresOf(t: Tally): QuoteScores {
  const { precision, recall, f1 } = prf(t.matched, t.predicted, t.gold);
  const s = t.speech;
  const speechPrecision = share(s.matchedPredicted, s.predicted);
  const speechRecall = share(s.matchedGold, s.gold);
  return {
    quoteF1: f1, quotePrecision: precision, quoteRecall: recall, speakerAccuracy: share(t.speakerRight, t.speakerN),
    n: t.n, goldQuotes: t.gold, predictedQuotes: t.predicted, matchedQuotes: t.matched, speakerN: t.speakerN,
    speech: {
      quoteF1: f1Of(speechPrecision, speechRecall),
      quotePrecision: speechPrecision, quoteRecall: speechRecall, speakerAccuracy: share(s.speakerRight, s.speakerN),
      goldQuotes: s.gold, predictedQuotes: s.predicted, matchedGold: s.matchedGold, matchedPredicted: s.matchedPredicted, speakerN: s.speakerN,
    },
  };
}

/** Whether an article id is among the articles a split choice covers. */
export function inSplit(id: string, split: QuoteSplitChoice): boolean {
  if (split === 'all') return true;
  if (split === 'tune') return isTuneArticle(id);
  return splitOf(id) === split;
}

/** Scores quote attribution on a JSONL file; only annotation is timed. */
export async function evalQuotes(file: string, options: QuoteEvalOptions = {}): Promise<QuoteEvalResult> {
  const annotate = options.annotate ?? createQuoteOnlyAnnotator();
  const split = options.split ?? 'all';
  const chosen = emptyTally();
  const parts: Record<QuoteSplit, Tally> = { train: emptyTally(), heldout: emptyTally() };
  let nanos = 0n;
  for await (const article of readGoldArticles(file)) {
    if (options.limit !== undefined && chosen.n >= options.limit) break;
    const part = splitOf(article.id);
    const wanted = inSplit(article.id, split);
    const input: Article = {
      id: asArticleId(article.id), source: article.id, title: '', outlet: article.outlet ?? null, published: null,
      text: article.text, standfirst: null, removed: [], diagnostics: [],
    };
    const t0 = process.hrtime.bigint();
    const quotes = toContentSpans(article.text, annotate(input));
    nanos += process.hrtime.bigint() - t0;
    const score = scoreArticle(article.quotes, quotes);
    for (const t of wanted ? [chosen, parts[part]] : [parts[part]]) {
      t.n += 1;
      t.gold += article.quotes.length;
      t.predicted += quotes.length;
      t.matched += score.matches.length;
      t.speakerN += score.speakerN;
      t.speakerRight += score.speakerRight;
      for (const k of Object.keys(t.speech) as (keyof SpeechCounts)[]) t.speech[k] += score.speech[k];
    }
    if (wanted) options.onArticle?.({ article, predicted: quotes, matches: score.matches }, chosen.n);
  }
  const seconds = Number(nanos) / 1e9;
  const annotated = parts.train.n + parts.heldout.n;
  return {
    ...scoresOf(chosen),
    split,
    heldout: scoresOf(parts.heldout),
    train: scoresOf(parts.train),
    seconds,
    articlesPerSecond: seconds === 0 ? 0 : annotated / seconds,
  };
}
