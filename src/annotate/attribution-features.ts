/**
 * Features of the attribution tagger (attribution-model.ts): one sequence of tokens per paragraph,
 * tagged with BIO labels for the attributed CONTENT, its SOURCE and its CUE. A token is described by
 * its word and shape, its neighbours, whether it sits inside quote marks, how far the nearest cue word
 * is on either side in its sentence, the entity it belongs to, and what the rule-based quote
 * annotator made of it (a stacked feature: the tagger learns where the rules are right). Training
 * (scripts/train-attribution.ts) and tagging build the same feature names, hashed with `featureKey`.
 */
import type { QuoteKind, QuoteStance } from '../types.js';
import { ACT_CUES, BELIEF_CUES } from './quotes-attitude.js';
import type { QuoteContext } from './quotes-context.js';
import { FINITE_CUES, PARTICIPLE_CUES, VIEW_CUES } from './quotes-lexicon.js';
import { featureKey, fnv } from './ner-features.js';
import { nerTokens, type Lexeme } from './ner-perceptron.js';

/** The tagger's labels: content, source and cue spans (BIO). */
export const ATTRIBUTION_CLASSES = ['O', 'B-C', 'I-C', 'B-S', 'I-S', 'B-Q', 'I-Q'] as const;
export type AttributionClass = (typeof ATTRIBUTION_CLASSES)[number];

/**
 * Words that often carry an attribution in news, beyond the rules' verbs: nouns, adjectives and
 * the commonest holders' verbs ("in an interview", "was clear that", "seemed"). Only a hint: the
 * tagger weighs every word on its own too.
 */
const EXTRA_CUE_WORDS = [
  'according', 'say', 'call', 'calls', 'statement', 'interview', 'criticism', 'talking', 'spoke', 'speech',
  'question', 'questions', 'attacks', 'referring', 'mentioned', 'message', 'seemed', 'seems', 'appears',
  'appeared', 'appear', 'seem', 'known', 'clear', 'view', 'views', 'belief', 'argument', 'claim', 'comments',
  'remarks', 'told', 'responded', 'pointed', 'released', 'offered', 'talked', 'discussed', 'suggesting',
  'asking', 'looking', 'considered', 'decided', 'concern', 'concerns', 'worried', 'convinced', 'sure',
  'skeptical', 'confident', 'aware', 'likely', 'promise', 'pledge', 'plan', 'goal', 'hopes', 'fears', 'poll',
  'polls', 'survey', 'report', 'reports', 'study', 'tweet', 'tweets', 'letter', 'memo', ':',
] as const;

/** Every cue word, lower case (first words of multi-word cues). */
export const CUE_WORDS: ReadonlySet<string> = new Set(
  [...FINITE_CUES, ...PARTICIPLE_CUES, ...VIEW_CUES, ...BELIEF_CUES, ...ACT_CUES, ...EXTRA_CUE_WORDS].map((c) => c.split(' ')[0]!),
);

/** One token of a paragraph, with what its features look up. */
export interface AttributionToken {
  readonly word: string;
  readonly lower: string;
  readonly shape: string;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence holding the token. */
  readonly sentence: number;
  /** Inside a pair of quote marks (the marks themselves included). */
  readonly inMarks: boolean;
  /** The token is an opening or closing quote mark. */
  readonly mark: 'open' | 'close' | null;
  readonly cue: boolean;
  /** The rule annotator's label: `b`/`i` then D (direct), P (partial), I (indirect speech), B (belief), S (speaker); or O. */
  readonly rule: string;
  /** Entity type of the mention covering the token (B-/I- prefixed), or O. */
  readonly entity: string;
  /** `rule` and `entity` as their indices in `RULE_LABELS` and `ENTITY_LABEL_LIST`. */
  readonly ruleCode: number;
  readonly entityCode: number;
  /** The word's hash states for the word-pair features (see `WordForm`). */
  readonly asLeftOfPair: number;
  readonly asRightOfPair: number;
  /** A number for the word as written, the same for every token of it (the tagger's per-word cache key). */
  readonly wordId: number;
  /** The word as written, where the taggers keep what they compute from its spelling. */
  readonly lexeme: Lexeme;
}

/** One paragraph's tokens. */
export interface AttributionSequence {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly AttributionToken[];
}

const QUOTE_MARK = /^["“”„«»]$/;
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);

/** What the features read of a rule-based quote (a `QuoteDraft` fits). */
export interface RuleSpan {
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly stance?: QuoteStance;
  readonly speaker: { readonly start: number; readonly end: number } | null;
}

/** The rule labels a token may carry: O, then `b`/`i` before each span label (`RULE_SPAN_LABELS`). */
const RULE_SPAN_LABELS = ['D', 'P', 'I', 'B', 'S'] as const;
const RULE_LABELS: readonly string[] = ['O', ...RULE_SPAN_LABELS.flatMap((l) => [`b${l}`, `i${l}`])];
/** How many rule labels a token may carry (`AttributionToken.ruleCode` is below it). */
export const RULE_LABEL_COUNT = RULE_LABELS.length;
/** A speaker span's label, as its index in `RULE_SPAN_LABELS`. */
const SPEAKER_LABEL = 4;

function ruleLabel(q: RuleSpan): number {
  if (q.kind === 'direct') return 0;
  if (q.kind === 'partial') return 1;
  return q.stance === 'belief' ? 3 : 2;
}

/** Entity labels: O, then `B-person`, `I-person`, … (`ENTITY_CODES` numbers them by B/I and type). */
const ENTITY_TYPES = ['person', 'organization', 'place', 'other'] as const;
const ENTITY_LABEL_LIST: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
const ENTITY_CODES = ([0, 1] as const).map((bio) => ({
  person: 1 + bio, organization: 3 + bio, place: 5 + bio, other: 7 + bio,
}));

/** What a word's features read of its spelling, computed once per word (kept on its lexeme). */
export interface WordForm {
  readonly cue: boolean;
  /** FNV states of `pw|w=LOWER|` and `w|nw=LOWER|`: the word pairs hash on from them. */
  readonly asLeftOfPair: number;
  readonly asRightOfPair: number;
}

function formOf(lexeme: Lexeme): WordForm {
  let form = lexeme.attributionForm;
  if (form === null) {
    const lower = lexeme.lower;
    form = { cue: CUE_WORDS.has(lower), asLeftOfPair: fnv(fnv(F['pw|w']!, lower), '|'), asRightOfPair: fnv(fnv(F['w|nw']!, lower), '|') };
    lexeme.attributionForm = form;
  }
  return form;
}

/** Splits the article into paragraph sequences and marks each token; `rules` are the rule annotator's quotes. */
export function attributionSequences(ctx: QuoteContext, rules: readonly RuleSpan[]): AttributionSequence[] {
  const out: AttributionSequence[] = [];
  let sentence = 0;
  let mention = 0;
  let markAt = 0;
  // Rule spans: speakers first so a speaker inside another's content keeps its own label.
  const ruleSpans = [
    ...rules.flatMap((q) => (q.speaker === null ? [] : [{ start: q.speaker.start, end: q.speaker.end, label: SPEAKER_LABEL }])),
    ...rules.map((q) => ({ start: q.start, end: q.end, label: ruleLabel(q) })),
  ];
  for (const p of ctx.paragraphs) {
    const raw = nerTokens(ctx.text, p.start, p.end);
    if (raw.length === 0) continue;
    const here = ruleSpans.filter((r) => r.start < p.end && p.start < r.end);
    const tokens: AttributionToken[] = [];
    for (const t of raw) {
      while (sentence + 1 < ctx.sentences.length && ctx.sentences[sentence + 1]!.start <= t.start) sentence += 1;
      while (markAt < ctx.marks.length && ctx.marks[markAt]!.close < t.start) markAt += 1;
      const m = ctx.marks[markAt];
      const inMarks = m !== undefined && m.open <= t.start && t.start <= m.close;
      const isMark = inMarks && t.word.length === 1 && QUOTE_MARK.test(t.word);
      while (mention < ctx.mentions.length && ctx.mentions[mention]!.end <= t.start) mention += 1;
      const ent = ctx.mentions[mention];
      const entityCode = ent !== undefined && ent.start <= t.start && t.end <= ent.end ? ENTITY_CODES[ent.start === t.start ? 0 : 1]![ent.type] : 0;
      // The first rule span over the token (a loop: no callback made per token).
      let span: (typeof here)[number] | undefined;
      for (let r = 0; r < here.length && span === undefined; r += 1) if (here[r]!.start < t.end && t.start < here[r]!.end) span = here[r];
      const ruleCode = span === undefined ? 0 : 1 + 2 * span.label + (span.start >= t.start ? 0 : 1);
      const lexeme = t.lexeme;
      const form = formOf(lexeme);
      tokens.push({
        word: t.word, lower: lexeme.lower, shape: lexeme.shape, start: t.start, end: t.end, sentence, inMarks,
        mark: isMark && inMarks ? (m.open === t.start ? 'open' : 'close') : null,
        cue: form.cue, rule: RULE_LABELS[ruleCode]!, entity: ENTITY_LABEL_LIST[entityCode]!, ruleCode, entityCode,
        asLeftOfPair: form.asLeftOfPair, asRightOfPair: form.asRightOfPair, wordId: lexeme.id, lexeme,
      });
    }
    out.push({ start: p.start, end: p.end, tokens });
  }
  return out;
}

/** Token distance buckets: the exact small ones matter, far ones alike. */
const BUCKETS = ['none', '0', '1', '2', '3', '4-6', '7-12', 'far'] as const;
function bucket(d: number): number {
  if (d < 0) return 0;
  if (d <= 3) return 1 + d;
  if (d <= 6) return 5;
  if (d <= 12) return 6;
  return 7;
}

/** Per token of a sequence: distance to the nearest cue word before and after it in its sentence (-1 for none). */
function cueDistances(tokens: readonly AttributionToken[]): { left: Int32Array; right: Int32Array } {
  const n = tokens.length;
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  let last = -1;
  for (let i = 0; i < n; i += 1) {
    const t = tokens[i]!;
    if (last >= 0 && tokens[last]!.sentence !== t.sentence) last = -1;
    if (last >= 0) left[i] = i - last;
    if (t.cue && !t.inMarks) last = i;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i -= 1) {
    const t = tokens[i]!;
    if (last >= 0 && tokens[last]!.sentence !== t.sentence) last = -1;
    if (last >= 0) right[i] = last - i;
    if (t.cue && !t.inMarks) last = i;
  }
  return { left, right };
}

/** Sentence flags as the features name them, by `4 * mark + 2 * rule + cue` (see `sentenceFlags`). */
const SENTENCE_FLAGS = ['---', '--c', '-r-', '-rc', 'm--', 'm-c', 'mr-', 'mrc'] as const;

/**
 * Per sentence of the sequence (index minus the first token's sentence): whether it holds a quote
 * mark (4), a rule quote (2) and a cue word outside marks (1).
 */
function sentenceFlags(tokens: readonly AttributionToken[]): Uint8Array {
  const first = tokens[0]?.sentence ?? 0;
  const flags = new Uint8Array(tokens.length === 0 ? 0 : tokens[tokens.length - 1]!.sentence - first + 1);
  for (const t of tokens) {
    let f = 0;
    if (t.mark !== null) f |= 4;
    if (t.ruleCode !== 0 && (t.ruleCode - 1) >> 1 !== SPEAKER_LABEL) f |= 2;
    if (t.cue && !t.inMarks) f |= 1;
    flags[t.sentence - first]! |= f;
  }
  return flags;
}

/** FNV states of the feature names before their value: hashing the value on continues the name ("pw=" then "the"). */
const F = Object.fromEntries(
  ['w', 'sh', 's3', 'p3', 's2', 'pw', 'nw', 'ppw', 'nnw', 'pw|w', 'w|nw', 'psh|sh', 'q', 'q|w', 'cl', 'cr', 'cl|cr', 'cl|q', 'cr|q', 'r', 'r|q', 'pr', 'nr', 'r|w', 'e', 'e|nw', 'sf', 'sf|q', 'mk', 'lcue', 'rcue', 'pt', 'pt|w', 'pt|r', 'pt|q']
    .map((name) => [name, featureKey(`${name}=`)]),
) as Readonly<Record<string, number>>;
const BIAS = featureKey('b');
const CUE = featureKey('cue');
const PRON = featureKey('pron');
const FIRST = featureKey('first');
const SENT_START = featureKey('sentstart');
const SENT_END = featureKey('sentend');

const AFTER_TAG_STATES = new Map<string, number>();
/** The FNV state of `pt|w=TAG|`, kept per tag: the word after a tag hashes on from it. */
function afterTagState(tag: string): number {
  let state = AFTER_TAG_STATES.get(tag);
  if (state === undefined) AFTER_TAG_STATES.set(tag, (state = fnv(fnv(F['pt|w']!, tag), '|')));
  return state;
}

/** Hash of `name=a|b` (or `name=a|b|c`) from the name's state. */
function pair(state: number, a: string, b: string, c?: string): number {
  const h = fnv(fnv(fnv(state, a), '|'), b);
  return c === undefined ? h : fnv(fnv(h, '|'), c);
}

/** Keys of the word-only features: the word, its shape and affixes, cue word, pronoun. The tagger sums them once per word type. */
export function attributionWordKeys(t: AttributionToken): number[] {
  const f = [BIAS, fnv(F.w!, t.lower), fnv(F.sh!, t.shape)];
  if (t.lower.length > 3) f.push(fnv(F.s3!, t.lower.slice(-3)), fnv(F.p3!, t.lower.slice(0, 3)));
  if (t.lower.length > 2) f.push(fnv(F.s2!, t.lower.slice(-2)));
  if (t.cue) f.push(CUE);
  if (PRONOUNS.has(t.lower)) f.push(PRON);
  return f;
}

/**
 * Features that name one other token's word (or the token's own word with a common label): the
 * tagger looks their weights up once per word type. Each takes the word in lower case.
 */
export const TYPE_KEYS = {
  /** `pw=`: the word before, read from the word's own type. */
  prev: (lower: string) => fnv(F.pw!, lower),
  /** `nw=`: the word after. */
  next: (lower: string) => fnv(F.nw!, lower),
  /** `lcue=` / `rcue=`: the nearest cue word before / after in the sentence. */
  leftCue: (lower: string) => fnv(F.lcue!, lower),
  rightCue: (lower: string) => fnv(F.rcue!, lower),
  /** `ppw=` / `nnw=`: the word two before / two after. */
  prev2: (lower: string) => fnv(F.ppw!, lower),
  next2: (lower: string) => fnv(F.nnw!, lower),
  /** `q|w=`: the word inside or outside quote marks. */
  quoted: (inMarks: boolean, lower: string) => pair(F['q|w']!, inMarks ? 'q' : '-', lower),
  /** `r|w=O|word`: the word outside every rule span (most words). */
  ruleOutside: (lower: string) => pair(F['r|w']!, 'O', lower),
  /** `pt|w=tag|word`: the word after a given tag. */
  afterTag: (tag: string, lower: string) => fnv(afterTagState(tag), lower),
} as const;

/** Per token: the other tokens whose words its features name (-1 for none: the sequence edge, no cue). */
export interface TokenRefs {
  readonly leftCue: Int32Array;
  readonly rightCue: Int32Array;
}

/**
 * The context of a token the word types do not cache: its `signature` packs the features with
 * few values (quote marks, distance to the nearest cue word either side, the rules' labels, the
 * entity, what the sentence holds, sentence edges), whose keys `signatureKeys` lists; `keys` are the
 * word-pair features and the neighbour words at the sequence edges.
 */
export interface LocalContext {
  readonly signatures: Int32Array;
  /** All tokens' keys in one array (as signed 32-bit integers): token `i`'s are `[keyStart[i], keyStart[i + 1])`. */
  readonly keys: Int32Array;
  readonly keyStart: Int32Array;
  readonly refs: TokenRefs;
}

/** Most keys a token's local context adds (two word pairs, four edge neighbours, the rule label with the word). */
const MAX_LOCAL_KEYS = 7;

/**
 * The labels each part of a signature may take, in packing order: marks, cue distance left and
 * right, rule label of the token and its neighbours, entity, sentence flags, quote mark, sentence
 * start, sentence end. A signature numbers one label per part in mixed radix (below 2^30).
 */
const PART_LABELS: readonly (readonly string[])[] = [
  ['-', 'q'], BUCKETS, BUCKETS, RULE_LABELS, [...RULE_LABELS, '<s>'], [...RULE_LABELS, '</s>'], ENTITY_LABEL_LIST,
  SENTENCE_FLAGS, ['', 'open', 'close'], ['', 'first', 'start'], ['', 'end'],
];
const [, , , RULES, PREV_RULES, NEXT_RULES, ENTITIES, FLAGS, MARKS, EDGES, ENDS] = PART_LABELS.map((l) => l.length) as [number, number, number, number, number, number, number, number, number, number, number];
/** The neighbour rule label at the sequence's edges. */
const NO_PREV_RULE = RULE_LABELS.length;
const NO_NEXT_RULE = RULE_LABELS.length;

function unpack(signature: number): string[] {
  const parts: string[] = [];
  let n = signature;
  for (let part = PART_LABELS.length - 1; part >= 0; part -= 1) {
    const labels = PART_LABELS[part]!;
    parts[part] = labels[n % labels.length]!;
    n = Math.floor(n / labels.length);
  }
  return parts;
}

/** The keys a token's signature stands for. */
export function signatureKeys(signature: number): number[] {
  const [q = '', l = '', r = '', rule = '', pr = '', nr = '', entity = '', sf = '', mark = '', edge = '', end = ''] = unpack(signature);
  const f = [
    fnv(F.q!, q), fnv(F.cl!, l), fnv(F.cr!, r), pair(F['cl|cr']!, l, r),
    fnv(F.r!, rule), fnv(F.pr!, pr), fnv(F.nr!, nr), fnv(F.e!, entity), fnv(F.sf!, sf),
    pair(F['cl|q']!, l, q), pair(F['cr|q']!, r, q), pair(F['r|q']!, rule, q), pair(F['sf|q']!, sf, q),
  ];
  if (mark !== '') f.push(fnv(F.mk!, mark));
  if (edge === 'first') f.push(FIRST);
  else if (edge === 'start') f.push(SENT_START);
  if (end === 'end') f.push(SENT_END);
  return f;
}

/** Each token's local context (see `LocalContext`). */
export function attributionLocalKeys(seq: AttributionSequence): LocalContext {
  const { tokens } = seq;
  const { left, right } = cueDistances(tokens);
  const flags = sentenceFlags(tokens);
  const firstSentence = tokens[0]?.sentence ?? 0;
  const n = tokens.length;
  const keys = new Int32Array(n * MAX_LOCAL_KEYS);
  const keyStart = new Int32Array(n + 1);
  const signatures = new Int32Array(n);
  const leftCue = new Int32Array(n).fill(-1);
  const rightCue = new Int32Array(n).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i += 1) {
    const t = tokens[i]!;
    const p = tokens[i - 1];
    const nx = tokens[i + 1];
    const pw = p?.lower ?? '<s>';
    const nw = nx?.lower ?? '</s>';
    const edge = p === undefined ? 1 : p.sentence !== t.sentence ? 2 : 0;
    const end = nx !== undefined && nx.sentence !== t.sentence ? 1 : 0;
    const mark = t.mark === null ? 0 : t.mark === 'open' ? 1 : 2;
    let sig = (t.inMarks ? 1 : 0) * BUCKETS.length + bucket(left[i]!);
    sig = sig * BUCKETS.length + bucket(right[i]!);
    sig = sig * RULES + t.ruleCode;
    sig = sig * PREV_RULES + (p === undefined ? NO_PREV_RULE : p.ruleCode);
    sig = sig * NEXT_RULES + (nx === undefined ? NO_NEXT_RULE : nx.ruleCode);
    sig = sig * ENTITIES + t.entityCode;
    sig = sig * FLAGS + flags[t.sentence - firstSentence]!;
    sig = ((sig * MARKS + mark) * EDGES + edge) * ENDS + end;
    signatures[i] = sig;
    keyStart[i] = k;
    keys[k++] = p === undefined ? pair(F['pw|w']!, pw, t.lower) : fnv(p.asLeftOfPair, t.lower);
    keys[k++] = fnv(t.asRightOfPair, nw);
    if (p === undefined) keys[k++] = TYPE_KEYS.prev(pw);
    if (nx === undefined) keys[k++] = TYPE_KEYS.next(nw);
    if (i < 2) keys[k++] = TYPE_KEYS.prev2(tokens[i - 2]?.lower ?? '<s>');
    if (i + 2 >= n) keys[k++] = TYPE_KEYS.next2(tokens[i + 2]?.lower ?? '</s>');
    if (t.rule !== 'O') keys[k++] = pair(F['r|w']!, t.rule, t.lower);
    if (left[i]! >= 0) leftCue[i] = i - left[i]!;
    if (right[i]! >= 0) rightCue[i] = i + right[i]!;
  }
  keyStart[n] = k;
  return { signatures, keys, keyStart, refs: { leftCue, rightCue } };
}

/** Every context key of every token: the local ones and those the tagger caches per word type. */
export function attributionContextKeys(seq: AttributionSequence): number[][] {
  const { tokens } = seq;
  const { signatures, keys, keyStart, refs } = attributionLocalKeys(seq);
  return tokens.map((t, i) => {
    const f = [...signatureKeys(signatures[i]!), ...Array.from(keys.subarray(keyStart[i]!, keyStart[i + 1]!), (key) => key >>> 0)];
    const p = tokens[i - 1];
    const n = tokens[i + 1];
    if (p !== undefined) f.push(TYPE_KEYS.prev(p.lower));
    if (n !== undefined) f.push(TYPE_KEYS.next(n.lower));
    if (t.rule === 'O') f.push(TYPE_KEYS.ruleOutside(t.lower));
    if (i >= 2) f.push(TYPE_KEYS.prev2(tokens[i - 2]!.lower));
    if (i + 2 < tokens.length) f.push(TYPE_KEYS.next2(tokens[i + 2]!.lower));
    f.push(TYPE_KEYS.quoted(t.inMarks, t.lower));
    const lc = refs.leftCue[i]!;
    const rc = refs.rightCue[i]!;
    if (lc >= 0) f.push(TYPE_KEYS.leftCue(tokens[lc]!.lower));
    if (rc >= 0) f.push(TYPE_KEYS.rightCue(tokens[rc]!.lower));
    return f;
  });
}

/** Every static key of every token (word then context features), as training reads them. */
export function attributionStaticKeys(seq: AttributionSequence): Uint32Array[] {
  const context = attributionContextKeys(seq);
  return seq.tokens.map((t, i) => Uint32Array.from([...attributionWordKeys(t), ...context[i]!]));
}

/**
 * The tag feature that does not read the token: `pt=prev`. The tag features name the tag before
 * only, not the two before: the tagger is first-order, so its search for the best tag sequence
 * (Viterbi) stays cheap.
 */
export function attributionPrevTagKey(prev: string): number {
  return fnv(F.pt!, prev);
}

/** The tag features' keys that read the token, but not its word: the previous tag with its rule label, and with its marks and cue flags. */
export function attributionTagLocalKeys(t: AttributionToken, prev: string): [number, number] {
  return [pair(F['pt|r']!, prev, t.rule), pair(F['pt|q']!, prev, t.inMarks ? 'q' : '-', t.cue ? 'c' : '-')];
}

/** Every tag feature key of a token given the tag before it. */
export function attributionTagKeys(t: AttributionToken, prev: string): number[] {
  return [attributionPrevTagKey(prev), TYPE_KEYS.afterTag(prev, t.lower), ...attributionTagLocalKeys(t, prev)];
}
