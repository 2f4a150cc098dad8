/**
 * `crosscheck eval ner <eng.testa>`: named entities against CoNLL-2003 (exact span and type, micro
 * F1, the conlleval convention). The recogniser reads each document's detokenised text; its
 * person/organization/place map to PER/ORG/LOC and `other` to MISC.
 */
import { createEntityAnnotator, type EntityAnnotatorOptions } from '../annotate/entities.js';
import { splitSentences } from '../annotate/sentences.js';
import { asArticleId, type Article, type EntityType, type Sentence } from '../types.js';
import { goldSpans, readConll, type ConllDocument, type TypedSpan } from './ner-conll.js';
import { prf } from './quotes-metrics.js';

/** The types the main F1 is computed over; MISC is reported on its own (the recogniser has no such type). */
export const MAIN_TYPES = ['PER', 'ORG', 'LOC'] as const;
const TYPE_OF: Readonly<Record<EntityType, string>> = { person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC' };

export interface TypeScore {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly gold: number;
  readonly predicted: number;
}

/** The figures `crosscheck eval ner` prints. */
export interface NerEvalResult {
  /** Micro F1 over PER, ORG and LOC. */
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly perF1: number;
  readonly orgF1: number;
  readonly locF1: number;
  readonly miscF1: number;
  readonly byType: Readonly<Record<string, TypeScore>>;
  /** Documents scored. */
  readonly n: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
}

export interface NerEvalOptions {
  /** Finds entities in a document's text; default the pipeline's entity annotator. */
  readonly recognise?: (text: string, sentences: readonly Sentence[]) => readonly TypedSpan[];
  readonly entities?: EntityAnnotatorOptions;
  readonly limit?: number;
}

/** Sentences of a CoNLL document: one per line, as the file gives them. */
export function conllSentences(doc: ConllDocument): Sentence[] {
  return doc.sentences.map((s) => {
    const start = s[0]!.start;
    const end = s[s.length - 1]!.end;
    return { start, end, text: doc.text.slice(start, end), paragraph: 0 };
  });
}

/** The pipeline's recogniser as a span finder, every mention with its CoNLL type. */
export function createPipelineRecogniser(options: EntityAnnotatorOptions = {}): (text: string, sentences: readonly Sentence[]) => TypedSpan[] {
  const annotate = createEntityAnnotator(options);
  return (text, sentences) => {
    const article: Article = { id: asArticleId('conll'), source: 'conll', title: '', outlet: null, published: null, text, standfirst: null, removed: [], diagnostics: [] };
    return annotate(article, sentences.length > 0 ? sentences : splitSentences(text))
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: TYPE_OF[m.type] })));
  };
}

/** Counts exact span-and-type matches per type. */
export function countMatches(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): Map<string, { gold: number; predicted: number; matched: number }> {
  const counts = new Map<string, { gold: number; predicted: number; matched: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (c === undefined) counts.set(t, (c = { gold: 0, predicted: 0, matched: 0 }));
    return c;
  };
  const key = (s: TypedSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  for (const g of gold) get(g.type).gold += 1;
  const seen = new Set<string>();
  for (const p of predicted) {
    const k = key(p);
    if (seen.has(k)) continue;
    seen.add(k);
    const c = get(p.type);
    c.predicted += 1;
    if (goldKeys.has(k)) c.matched += 1;
  }
  return counts;
}

/** Scores entity recognition on a CoNLL-2003 file; only recognition is timed. */
export async function evalNer(conllFile: string, options: NerEvalOptions = {}): Promise<NerEvalResult> {
  const recognise = options.recognise ?? createPipelineRecogniser(options.entities);
  const docs = readConll(conllFile).slice(0, options.limit);
  const totals = new Map<string, { gold: number; predicted: number; matched: number }>();
  let nanos = 0n;
  for (const doc of docs) {
    const sentences = conllSentences(doc);
    const t0 = process.hrtime.bigint();
    const predicted = recognise(doc.text, sentences);
    nanos += process.hrtime.bigint() - t0;
    for (const [type, c] of countMatches(goldSpans(doc), predicted)) {
      const t = totals.get(type) ?? { gold: 0, predicted: 0, matched: 0 };
      totals.set(type, { gold: t.gold + c.gold, predicted: t.predicted + c.predicted, matched: t.matched + c.matched });
    }
  }
  const byType: Record<string, TypeScore> = {};
  for (const [type, c] of totals) byType[type] = { ...prf(c.matched, c.predicted, c.gold), gold: c.gold, predicted: c.predicted };
  const main = MAIN_TYPES.map((t) => totals.get(t) ?? { gold: 0, predicted: 0, matched: 0 });
  const overall = prf(
    main.reduce((n, c) => n + c.matched, 0),
    main.reduce((n, c) => n + c.predicted, 0),
    main.reduce((n, c) => n + c.gold, 0),
  );
  const seconds = Number(nanos) / 1e9;
  return {
    ...overall,
    perF1: byType.PER?.f1 ?? 0,
    orgF1: byType.ORG?.f1 ?? 0,
    locF1: byType.LOC?.f1 ?? 0,
    miscF1: byType.MISC?.f1 ?? 0,
    byType,
    n: docs.length,
    seconds,
    articlesPerSecond: seconds === 0 ? 0 : docs.length / seconds,
  };
}
