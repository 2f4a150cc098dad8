/**
 * Turns the attribution tagger's spans into quote drafts: each CONTENT span takes the nearest CUE
 * and the SOURCE nearest that cue in its paragraph (same sentence first), and the source words
 * become a speaker candidate for the resolver (pronouns, surnames, titles, "the spokesman").
 */
import type { QuoteStance } from '../types.js';
import { attributionSequences, type AttributionSequence, type RuleSpan } from './attribution-features.js';
import { tagSequence, taggedSpans, type TaggedSpan } from './attribution-model.js';
import { ACT_CUES } from './quotes-attitude.js';
import { FINITE_CUES, PARTICIPLE_CUES, VIEW_CUES } from './quotes-lexicon.js';
import { type QuoteContext, sentenceIndexAt } from './quotes-context.js';
import type { QuoteDraft } from './quotes-direct.js';
import { findCandidates, speakerAfter, speakerBefore, type SpeakerCandidate } from './quotes-speakers.js';
import type { NerModel } from './ner-model.js';

/** Words of a cue that make it speech (the rules' verbs of saying and speech acts, and nouns of saying). */
const SPEECH = new Set<string>([
  ...[...FINITE_CUES, ...PARTICIPLE_CUES, ...VIEW_CUES, ...ACT_CUES].flatMap((c) => c.split(' ')),
  'according', ':', 'statement', 'interview', 'speech', 'remarks', 'comments', 'tweet', 'letter', 'memo', 'told', 'say',
]);
/**
 * The score margin (best tag over the next, in hundredths of one training update) the tagger needs at a content span's
 * first token for the span to be reported: on the tuning articles the additions below it were
 * right less often than half the F1, so they cost F1. Chosen there (F1 flat from 800 to 1,600).
 */
const MIN_CONFIDENCE = 1000;
/** A determiner-led source is a description ("the campaign"), else a name as written. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|one|some|many|most|several)\s/i;
/** Content shorter than this many characters is a pronoun or a stray word, not an attribution worth reporting. */
const MIN_CONTENT_CHARS = 2;

/** A content span with its source and cue, as character offsets. */
export interface ModelAttribution {
  readonly start: number;
  readonly end: number;
  readonly source: { readonly start: number; readonly end: number } | null;
  readonly cue: { readonly start: number; readonly end: number } | null;
  /** How sure the tagger was to open the content: its score margin at the first token. */
  readonly confidence: number;
}

function distance(a: TaggedSpan, b: TaggedSpan): number {
  return a.to <= b.from ? b.from - a.to : b.to <= a.from ? a.from - b.to : 0;
}

/** The span of `kind` nearest to `to`, same sentence first. */
function nearest(seq: AttributionSequence, spans: readonly TaggedSpan[], to: TaggedSpan): TaggedSpan | null {
  const sentenceOf = (s: TaggedSpan) => seq.tokens[s.from]!.sentence;
  const near = (s: TaggedSpan) => sentenceOf(s) === sentenceOf(to) || sentenceOf(s) === seq.tokens[to.to - 1]!.sentence;
  let best: TaggedSpan | null = null;
  for (const s of spans) {
    if (best === null || Number(near(s)) > Number(near(best)) || (near(s) === near(best) && distance(s, to) < distance(best, to))) best = s;
  }
  return best;
}

/** Attributions the tagger finds in one sequence. */
export function assembleAttributions(seq: AttributionSequence, tags: readonly string[], margins?: Float64Array): ModelAttribution[] {
  const spans = taggedSpans(tags);
  const cues = spans.filter((s) => s.kind === 'Q');
  const sources = spans.filter((s) => s.kind === 'S');
  const chars = (s: TaggedSpan | null) => (s === null ? null : { start: seq.tokens[s.from]!.start, end: seq.tokens[s.to - 1]!.end });
  const out: ModelAttribution[] = [];
  for (const c of spans.filter((s) => s.kind === 'C')) {
    const cue = nearest(seq, cues, c);
    const source = nearest(seq, sources, cue ?? c);
    const span = chars(c)!;
    // A lone cue word tagged as content is the tagger misreading the attribution itself.
    if (span.end - span.start < MIN_CONTENT_CHARS || (c.to - c.from === 1 && seq.tokens[c.from]!.cue)) continue;
    out.push({ ...span, source: chars(source), cue: chars(cue), confidence: margins?.[c.from] ?? Infinity });
  }
  return out;
}

/** The speaker candidate the source words name: a person mention first, else the first candidate, else the words. */
function candidateOf(ctx: QuoteContext, source: { start: number; end: number }): SpeakerCandidate {
  const cands = findCandidates(ctx, source.start, source.end);
  const person = cands.find((c) => c.kind === 'person');
  const found = person ?? cands[0];
  if (found !== undefined) return found;
  const text = ctx.text.slice(source.start, source.end);
  return { ...source, text, kind: DETERMINER.test(text) ? 'description' : 'name', name: null };
}

/** Speech when the cue holds a verb or noun of saying or a speech act; anything else is a held view ("was skeptical that"). */
function stanceOf(cue: string | null): QuoteStance {
  return cue?.split(/\s+/).some((w) => SPEECH.has(w)) === true ? 'speech' : 'belief';
}

/** A relative pronoun as source stands for the words before it ("Sarandon, who said …"). */
const RELATIVE = /^(?:who|which|that)$/i;
/** Source words that are only a title stop before the name. */
const HONORIFIC_ONLY = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.?$/;
/** How far after a lone title its name is looked for. */
const NAME_AFTER_TITLE = 40;
/** Candidates that can be the subject speaking when the tagger found no source. */
const SUBJECT_KINDS = new Set<SpeakerCandidate['kind']>(['person', 'pronoun', 'name']);
/** Source words must hold a word of two letters: a stray mark or "’s" names nobody. */
const WORDS = /\p{L}{2}/u;

/** The sentence around an offset, or the whole text. */
function sentenceAround(ctx: QuoteContext, pos: number): { start: number; end: number } {
  const s = ctx.sentences[sentenceIndexAt(ctx, pos)];
  return s === undefined ? { start: 0, end: ctx.text.length } : s;
}

/**
 * The speaker of a tagged attribution: its source words (a relative pronoun's antecedent), else the
 * words the rules would take as the speaker of its cue.
 */
function speakerOf(ctx: QuoteContext, a: ModelAttribution): SpeakerCandidate | null {
  if (a.source !== null) {
    const text = ctx.text.slice(a.source.start, a.source.end);
    if (RELATIVE.test(text)) {
      const before = findCandidates(ctx, sentenceAround(ctx, a.source.start).start, a.source.start);
      const antecedent = before[before.length - 1];
      if (antecedent !== undefined) return antecedent;
    } else if (HONORIFIC_ONLY.test(text)) {
      // The tagger stopped at the title ("Mr."): the name follows it.
      const named = findCandidates(ctx, a.source.start, Math.min(ctx.text.length, a.source.end + NAME_AFTER_TITLE))[0];
      if (named !== undefined) return named;
    } else if (WORDS.test(text)) return candidateOf(ctx, a.source);
  }
  const sentence = sentenceAround(ctx, a.cue?.start ?? a.start);
  if (a.cue !== null) {
    const after = a.cue.start >= a.end ? speakerAfter(ctx, a.cue.end, sentence.end) : null;
    const found = after ?? speakerBefore(ctx, sentence.start, a.cue.start, 'finite', a.cue.start >= a.end);
    if (found !== null) return found;
  }
  // No source words: the sentence's subject before the content, else the speaker named after it ("…, he said").
  const isSpeaker = (c: SpeakerCandidate) => SUBJECT_KINDS.has(c.kind);
  return findCandidates(ctx, sentence.start, a.start).find(isSpeaker) ?? findCandidates(ctx, a.end, sentence.end).find(isSpeaker) ?? null;
}

/** Runs the tagger over the article and returns its attributions as indirect quote drafts (with a stance, so the quote ledger leaves them out). */
export function findModelDrafts(ctx: QuoteContext, rules: readonly RuleSpan[], model: NerModel): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const seq of attributionSequences(ctx, rules)) {
    const margins = new Float64Array(seq.tokens.length);
    const tags = tagSequence(model, seq, margins);
    for (const a of assembleAttributions(seq, tags, margins)) {
      if (a.confidence < MIN_CONFIDENCE) continue;
      const cue = a.cue === null ? null : ctx.text.slice(a.cue.start, a.cue.end).toLowerCase().replace(/\s+/g, ' ');
      const speaker = speakerOf(ctx, a);
      out.push({ kind: 'indirect', start: a.start, end: a.end, speaker, cue, explicit: speaker !== null, implied: null, mark: null, stance: stanceOf(cue) });
    }
  }
  return out;
}
