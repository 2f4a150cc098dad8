/**
 * Scoring helpers for quote attribution: one-to-one span matching, precision/recall/F1 and the
 * "same person" test used for speaker accuracy.
 */
import { TITLE_WORDS, givenCompatible, nameTokens, surnameAndGiven } from '../annotate/person-names.js';

export { nameTokens };

/** A character span `[start, end)`. */
export interface CharSpan {
  readonly start: number;
  readonly end: number;
}

/** Spans match when they share at least this share of the longer one: boundaries differ by convention (marks, "that"). */
export const MIN_OVERLAP_SHARE = 0.3;

/** Characters two spans share. */
export function overlapChars(a: CharSpan, b: CharSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when the overlap is at least `share` of the longer span. */
export function spansMatch(a: CharSpan, b: CharSpan, share = MIN_OVERLAP_SHARE): boolean {
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return longer > 0 && overlapChars(a, b) >= share * longer;
}

/**
 * One-to-one matching of predicted to gold spans: candidate pairs are taken greedily by overlap
 * share (ties by gold then predicted order), so the result is deterministic.
 * Returns pairs `[goldIndex, predictedIndex]` sorted by gold index.
 */
export function matchSpans(gold: readonly CharSpan[], predicted: readonly CharSpan[], share = MIN_OVERLAP_SHARE): [number, number][] {
  const pairs: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (!spansMatch(g, p, share)) return;
      const longer = Math.max(g.end - g.start, p.end - p.start);
      pairs.push({ g: gi, p: pi, score: overlapChars(g, p) / longer });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const out: [number, number][] = [];
  for (const { g, p } of pairs) {
    if (usedGold.has(g) || usedPred.has(p)) continue;
    usedGold.add(g);
    usedPred.add(p);
    out.push([g, p]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** A part's share of a whole; an empty whole gives 0, not NaN. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** The harmonic mean of precision and recall; 0 when both are. */
export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Precision, recall and F1 from counts; an empty side scores 0, not NaN. */
export function prf(matched: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = share(matched, predicted);
  const recall = share(matched, gold);
  return { precision, recall, f1: f1Of(precision, recall) };
}

/** Where a speaker description stops naming its head ("X, a former governor", "X who …"). */
const HEAD_END = /,|\s\(|\swho\s|\swhose\s|\swhich\s/;

/**
 * Whether a predicted resolved speaker names the same person as a gold speaker span: the predicted
 * surname occurs in the head of the gold span (before an appositive or relative clause; or in an
 * appositive that is a bare name, "Dow's chief executive, Andrew Liveris"), and the capitalised
 * words right before it there, if any and not titles, hold no given name at odds with the
 * predicted ones: one of them agrees with a predicted given name or initial, so a middle name or
 * initial on either side is no conflict ("Donald J. Trump" = "Donald Trump"). Case and accents are
 * ignored.
 */
export function samePerson(goldSpeaker: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  const { surname, given } = surnameAndGiven(nameTokens(predicted));
  if (surname === null) return false;
  const [head = goldSpeaker, ...rest] = goldSpeaker.split(HEAD_END);
  const bareName = rest[0] !== undefined && BARE_NAME.test(rest[0].trim()) ? rest[0] : null;
  return [head, bareName].some((part) => part !== null && namedIn(part, surname, given))
    || honorificSurnameIn(head, nameTokens(predicted));
}

/** The honorifics that stand before a surname alone ("Mr. Lou", "Ms. Acosta"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

/**
 * A gold head that is an honorific and one word names that word as the surname, whatever its place
 * in the predicted full name: first in a name written surname first ("Mr. Lou" = "Lou Jiwei"),
 * before a second surname ("Ms. Acosta" = "Melba Acosta Febo").
 */
function honorificSurnameIn(head: string, predicted: readonly string[]): boolean {
  const tokens = nameTokens(head);
  if (tokens.length !== 2 || !HONORIFICS.has(tokens[0]!) || predicted.length < 2) return false;
  return predicted.includes(tokens[1]!);
}

/** An appositive of capitalised words only, at most five: a name standing beside a description. */
const BARE_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u;

function namedIn(part: string, surname: string, given: readonly string[]): boolean {
  const words = part.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’-]*/gu) ?? [];
  const tokens = words.map((w) => nameTokens(w).join(''));
  const at = tokens.lastIndexOf(surname);
  if (at < 0) return false;
  if (given.length === 0) return true;
  // The given names written before the surname: the capitalised words right before it, titles excluded.
  const written: string[] = [];
  for (let i = at - 1; i >= 0 && /^\p{Lu}/u.test(words[i]!) && !TITLE_WORDS.has(tokens[i]!); i--) written.push(tokens[i]!);
  return written.length === 0 || written.some((w) => given.some((g) => givenCompatible(w, g)));
}

/**
 * The verbs and nouns of saying that make an attribution one of speech: the quotes a reader of a
 * brief checks, and what quote extractors such as the Gender Gap Tracker are measured on. PolNeAR
 * annotates every attribution, beliefs and acts included ("he mocked …", "would let businesses …"),
 * so its figures are reported over all of them and, separately, over these. The list is of verbs of
 * communication in their common forms, chosen without regard to what the annotator finds; the same
 * list decides for gold items (by their cue) and predictions (by theirs), so neither side is judged
 * by the other's words.
 */
const SPEECH_WORDS = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'ask', 'asks', 'asked', 'asking', 'add', 'adds',
  'added', 'adding', 'according', 'state', 'states', 'stated', 'stating', 'announce', 'announces', 'announced',
  'announcing', 'claim', 'claims', 'claimed', 'claiming', 'write', 'writes', 'wrote', 'writing', 'written', 'tweet',
  'tweets', 'tweeted', 'tweeting', 'explain', 'explains', 'explained', 'explaining', 'note', 'notes', 'noted', 'noting',
  'argue', 'argues', 'argued', 'arguing', 'insist', 'insists', 'insisted', 'insisting', 'reply', 'replies', 'replied',
  'replying', 'respond', 'responds', 'responded', 'responding', 'answer', 'answered', 'declare', 'declares', 'declared',
  'declaring', 'warn', 'warns', 'warned', 'warning', 'comment', 'comments', 'commented', 'recall', 'recalls', 'recalled',
  'testify', 'testifies', 'testified', 'quipped', 'joked', 'acknowledge', 'acknowledges', 'acknowledged', 'admit',
  'admits', 'admitted', 'concede', 'concedes', 'conceded', 'predict', 'predicts', 'predicted', 'promise', 'promises',
  'promised', 'vow', 'vows', 'vowed', 'boast', 'boasts', 'boasted', 'complain', 'complains', 'complained', 'report',
  'reports', 'reported', 'stress', 'stresses', 'stressed', 'emphasize', 'emphasized', 'remark', 'remarks', 'remarked',
  'describe', 'describes', 'described', 'urge', 'urges', 'urged', 'shouted', 'exclaimed', 'observed', 'recounted',
  'deny', 'denies', 'denied', 'confirm', 'confirms', 'confirmed', 'disclose', 'disclosed', 'reveal', 'reveals',
  'revealed', 'mention', 'mentions', 'mentioned', 'allege', 'alleges', 'alleged', 'assert', 'asserts', 'asserted',
  'contend', 'contends', 'contended', 'caution', 'cautioned', 'counter', 'countered', 'retorted', 'accuse', 'accuses',
  'accused', 'statement', 'statements', 'interview', 'speech', 'quoted', 'quote',
]);

/** Content that opens with a quote mark is quoted words, whatever its cue. */
const OPENS_QUOTED = /^\s*["“'‘`]/;

/** Whether a cue holds a word of saying ("said", "according to", "in a statement"). */
export function isSpeechCue(cue: string | null | undefined): boolean {
  return (cue ?? '').toLowerCase().split(/[^a-z]+/).some((w) => SPEECH_WORDS.has(w));
}

/** A gold attribution of speech: its content is quoted words or its cue is a word of saying. */
export function isSpeechGold(gold: { readonly quote: string; readonly verb: string | null }): boolean {
  return OPENS_QUOTED.test(gold.quote) || isSpeechCue(gold.verb);
}

/** A predicted attribution of speech: a direct or partial quote, or a cue that is a word of saying. */
export function isSpeechPrediction(quote: { readonly kind: string; readonly cue: string | null }): boolean {
  return quote.kind === 'direct' || quote.kind === 'partial' || isSpeechCue(quote.cue);
}
