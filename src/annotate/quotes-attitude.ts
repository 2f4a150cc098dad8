/**
 * Attributions that are not reported speech of a clause: beliefs, wants and feelings ("he thinks
 * …", "she wants to …", "you don't like it") and speech acts with an object ("accused X of …",
 * "endorsed Cruz", "a poll shows …"). They are indirect, with `stance` telling belief from speech;
 * the quote ledger shows only direct and partial quotes, so these never clutter a brief.
 */
import type { QuoteStance, Sentence } from '../types.js';
import { type QuoteContext, insideMarks } from './quotes-context.js';
import type { QuoteDraft } from './quotes-direct.js';
import { alternation } from './quotes-lexicon.js';
import { speakerBefore } from './quotes-speakers.js';

/** Verbs of belief, want, intention and feeling: the holder is the subject, the content the complement. */
export const BELIEF_CUES = [
  'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'feel', 'feels', 'felt', 'knows',
  'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'worry', 'worries', 'worried', 'expect', 'expects', 'expected',
  'doubt', 'doubts', 'doubted', 'want', 'wants', 'wanted', 'wish', 'wishes', 'wished', 'suspect', 'suspects',
  'suspected', 'realize', 'realizes', 'realized', 'dislike', 'dislikes', 'love', 'loves', 'hate', 'hates', 'prefer',
  'prefers', 'preferred', 'plans', 'planned', 'intend', 'intends', 'intended', 'seek', 'seeks', 'sought',
  'support', 'supports', 'supported', 'oppose', 'opposes', 'opposed', 'favor', 'favors', 'favored', 'trust',
  'trusts', 'blame', 'blames', 'blamed', 'see', 'sees', 'saw', 'agree', 'agrees',
  'disagree', 'disagrees', 'disagreed', 'remember', 'remembers', 'imagine', 'imagines', 'backed', 'backs', 'endorses',
] as const;

/** Speech acts whose content is an object or an infinitive, not a reported clause ("accused X of …", "vowed to …"). */
export const ACT_CUES = [
  'accused', 'accuses', 'criticized', 'criticised', 'criticizes', 'praised', 'praises', 'endorsed', 'proposed',
  'proposes', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'urged', 'urges', 'asked', 'asks',
  'called for', 'calls for', 'called on', 'calls on', 'defended', 'defends', 'cited', 'cites', 'dismissed',
  'dismisses', 'rejected', 'rejects', 'questioned', 'questions', 'declined', 'refused', 'threatened', 'threatens',
  'demanded', 'demands', 'described', 'describes', 'mocked', 'mocks', 'attacked', 'blasted', 'slammed',
  'touted', 'touts', 'revealed', 'reveals', 'conceded', 'concedes', 'complained', 'complains', 'joked', 'boasted',
  'bragged', 'lamented', 'estimated', 'estimates', 'projected', 'shows', 'show', 'showed', 'found', 'finds',
  'indicated', 'indicates', 'alleged', 'alleges', 'countered', 'disputed', 'echoed', 'reiterated', 'repeated',
  'expressed', 'expresses', 'signaled', 'signalled', 'hinted', 'implied', 'testified', 'announced', 'announces',
  'explained', 'recalled', 'predicted', 'reported', 'acknowledged', 'admitted', 'denied', 'denies', 'confirmed',
  'argued', 'argues', 'argue', 'suggested', 'suggests', 'suggest', 'claimed', 'claim', 'insisted', 'warned',
  'noted', 'wrote', 'tweeted', 'wondered', 'announce', 'promise', 'vow', 'urge', 'ask', 'called', 'calls',
] as const;

const BELIEF = new Set<string>(BELIEF_CUES);
const CUE_RE = new RegExp(`\\b(?:${alternation([...BELIEF_CUES, ...ACT_CUES])})\\b`, 'g');
/** After these words the verb is a noun or an adjective ("a call for", "the views", "felt-tip"), not the cue. */
const NOT_A_VERB_BEFORE = /(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|of|to|for|in|as|with|and|or)\s+|[-'’])$/i;
/** A determiner and an adjective before the cue make it a noun ("his biggest worry", "the main hope"). */
const NOUN_PHRASE_BEFORE = /\b(?:the|a|an|his|her|their|its|our|my|your)\s+(?:\p{Ll}+est|main|chief|only|real|big|first|latest|new|own|top|key|major|primary|greatest|public|private|political)\s+$/iu;
/** A noun making "show" one ("talk show host Glenn Beck", "the game shows"). */
const SHOW_NOUN_BEFORE = /\b(?:talk|game|radio|tv|television|news|chat|reality|morning|late-night|road|quiz|cooking|cable|variety|award|awards|trade|air|auto|fashion)\s+$/i;
/** A passive or a participle as adjective reports no holder ("is expected", "was found", "well known"). */
const PASSIVE_BEFORE = /\b(?:is|was|are|were|be|been|being|it's|it’s|well|widely|long)\s+(?:\w+ly\s+|not\s+|also\s+)*$/i;
/** Where the attributed content stops: a new clause of the writer or of another speaker. */
const CONTENT_END = /;|\s[—–]\s|\s--\s|,\s+(?:but|while|whereas|although|though|saying|adding|noting|arguing|according\s+to|which|who|as\s+well\s+as)\b/u;
/** A time phrase between cue and "that" ("reported Saturday that"): the content starts after "that". */
const TIME_THEN_THAT = /^\s+(?:(?:on|last|this|early|earlier|late|later)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|afternoon|evening|week|month|year|today|yesterday|tonight)\b[^,.;]{0,30}?\s+that\b/i;
/** A bare time word after the cue is not its content ("announced Monday"). */
const TIME_START = /^\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|last|this|earlier|later)\b/i;
/** The words right after the cue that show it is not attributing content ("saw him off", "agreed with"). */
const NOT_CONTENT_START = /^\s*(?:[,.;:!?)]|$|up\b|off\b|out\b|in\b|on\b|at\b|during\b|after\b|before\b|since\b|by\b|so\b|too\b|it\s*[.,])/i;
/** A holder's content shorter than this many characters is a fragment. */
const MIN_CONTENT_CHARS = 2;
/** A comma then a lower-case verb phrase between holder and cue: the cue is one of a list of the writer's ("…, ignored X, threatened"). */
const LIST_BETWEEN = /,\s+\p{Ll}+(?:ed|s)\b[^,]*,\s*$/u;
/** Subjects that hold no belief of their own ("it seems", "there are"). */
const NON_HOLDER = /^(?:it|there|this|that|what|which)$/i;

/** The stance of a cue: a belief or feeling, else an act of speech. */
export function stanceOf(cue: string): QuoteStance {
  return BELIEF.has(cue) ? 'belief' : 'speech';
}

/** The content after a cue: optional "that", then up to the clause end. */
function contentAfter(ctx: QuoteContext, from: number, sentence: Sentence): { start: number; end: number } | null {
  let start = from;
  const time = TIME_THEN_THAT.exec(ctx.text.slice(from, sentence.end));
  if (time !== null) start += time[0].length;
  const rest = ctx.text.slice(start, sentence.end);
  if (NOT_CONTENT_START.test(rest) || (time === null && TIME_START.test(rest))) return null;
  while (start < sentence.end && /\s/.test(ctx.text[start] ?? '')) start += 1;
  const stop = CONTENT_END.exec(ctx.text.slice(start, sentence.end));
  let end = stop === null ? sentence.end : start + stop.index;
  while (end > start && /[\s.!?;,:]/.test(ctx.text[end - 1] ?? '')) end -= 1;
  if (end - start < MIN_CONTENT_CHARS) return null;
  return { start, end };
}

/**
 * Drafts belief and speech-act attributions of one sentence whose holder is named right before
 * the cue. `taken` lists spans already attributed by speech cues: a draft equal to one is left out.
 */
export function findAttitudes(ctx: QuoteContext, sentence: Sentence, taken: readonly { start: number; end: number }[]): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  const region = ctx.text.slice(sentence.start, sentence.end);
  // `exec` on the shared global pattern (it never matches empty, and nothing below reads it): the same matches as `matchAll`, without its copy of the pattern and iterator.
  CUE_RE.lastIndex = 0;
  for (let match = CUE_RE.exec(region); match !== null; match = CUE_RE.exec(region)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    if (insideMarks(ctx, start)) continue;
    const before = ctx.text.slice(Math.max(sentence.start, start - 40), start);
    if (NOT_A_VERB_BEFORE.test(before) || NOUN_PHRASE_BEFORE.test(before) || PASSIVE_BEFORE.test(before)) continue;
    if (/^shows?$/.test(match[0]) && SHOW_NOUN_BEFORE.test(before)) continue;
    const content = contentAfter(ctx, end, sentence);
    if (content === null || insideMarks(ctx, content.start)) continue;
    // A cue inside reported content ("told the crowd that he expects …") takes its holder from that content.
    const clauseStart = Math.max(sentence.start, ...[...taken, ...out].filter((t) => t.start <= start && start < t.end).map((t) => t.start));
    const speaker = speakerBefore(ctx, clauseStart, start, 'finite', false);
    if (speaker === null || NON_HOLDER.test(speaker.text) || LIST_BETWEEN.test(ctx.text.slice(speaker.end, start))) continue;
    if (taken.some((t) => t.start === content.start && t.end === content.end) || out.some((d) => d.start === content.start)) continue;
    const cue = match[0].replace(/\s+/g, ' ');
    out.push({ kind: 'indirect', start: content.start, end: content.end, speaker, cue, explicit: true, implied: null, mark: null, stance: stanceOf(cue) });
  }
  return out;
}
