/**
 * The genre rules: each finds one kind of evidence that an article is news, analysis or opinion
 * and reports it with its place (offsets into the text, or null for removed boilerplate). Rules
 * that judge the author's voice read the text with quoted speech blanked out, so a news report
 * quoting someone's "idiotic" or "outrageous" does not read as the reporter's opinion.
 */
import type { Article, GenreEvidence, GenreLabel, Sentence } from '../types.js';

/** Evidence plus how much it counts; weights are tuned so one strong signal beats several weak ones. */
export interface WeightedEvidence extends GenreEvidence {
  readonly weight: number;
}

/** What every rule reads: the article, its sentences, and its text with quotes blanked out. */
export interface GenreInput {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly voice: string;
}

export type GenreRule = (input: GenreInput) => WeightedEvidence[];

/** A column disclaimer or an "Opinion" label is how outlets themselves mark opinion. */
const OPINION_DISCLAIMER = /\b(?:views?|opinions?)\b[^.]{0,60}\bexpressed\b|\b(?:this|the) (?:column|op-?ed|commentary)\b|\bopinion piece\b/i;
const OPINION_TITLE = /^\s*(?:opinion|commentary|column|editorial|op-?ed)\s*[:|\-–—]/i;
const DISCLAIMER_WEIGHT = 3;
/** Comment prompts invite debate; news sites have them too, so they count less than a disclaimer. */
const COMMENT_PROMPT = /\bwhat do you think\b|\btell us what you think\b|\bshare your (?:views|thoughts|opinion)\b/i;
const COMMENT_PROMPT_WEIGHT = 1;
/** Words a reporter does not use in their own voice. */
const LOADED_WORDS =
  /\b(?:idiotic|dubious|harsh|absurd|outrageous|disgraceful|shameful|ridiculous|stupid|hypocritical|reckless|pathetic|laughable|ludicrous|disastrous|despicable|insane|moronic|so-called|farcical|deranged)\b/gi;
const LOADED_WEIGHT = 0.5;
const FIRST_PERSON_OPINION =
  /\b(?:I|I'm|I am)\s+(?:think|believe|feel|argue|would argue|contend|suspect|am convinced|convinced)\b|\bin my (?:view|opinion)\b|\bif you ask me\b/g;
const FIRST_PERSON_WEIGHT = 1;
/** Evaluative framing in the author's voice ("It makes sense that China ..."). */
const EVALUATIVE =
  /\b(?:it makes sense that|it is clear that|obviously|of course|needless to say|make no mistake|let'?s be honest)\b/gi;
const EVALUATIVE_WEIGHT = 0.5;
const SWEEPING_CLAIM =
  /\b(?:everyone knows|everybody knows|nobody|no one can|just about every|every single|on planet earth|the whole world|without exception|all the time)\b/gi;
const SWEEPING_WEIGHT = 0.5;
const QUESTION_WEIGHT = 0.5;
const EXCLAMATION_WEIGHT = 0.5;

/** The analyst's own voice: an outlet stating its assessment or forecast. */
const ASSESSMENT_VOICE =
  /\b(?:our assessment is|we assess|we judge|we estimate|in our (?:view|assessment)|our analysis|our view is|we expect)\b/gi;
const ASSESSMENT_WEIGHT = 2;
const ANALYSIS_TITLE = /^\s*(?:analysis|news analysis|explainer)\b|\banalysis\s*[:|\-–—]/i;
const ANALYSIS_TITLE_WEIGHT = 3;
const FORECAST = /\b(?:points to|is likely to|are likely to|will likely|is poised to|are poised to|is set to reshape|signals a)\b/gi;
const FORECAST_WEIGHT = 0.5;
/** An analysis ends on its forecast; news ends on the last fact or quote. */
const CLOSING_FORECAST_WEIGHT = 1.5;

/** "BEIJING/MOSCOW --", "WASHINGTON (Reuters) -", "LONDON, June 3 (AP) —" opening the body. */
const DATELINE = /^\s*[A-Z]{2}[A-Z.'’]*(?:[ /][A-Z][A-Z.'’]*)*(?:,[^\n()—–-]{1,40})?\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|—|–|-)\s+/;
const DATELINE_WEIGHT = 3;
const BUREAU_BYLINE = /\bbureau\b|\bcorrespondent\b|\bstaff (?:writer|reporter)\b|\b(?:reporting|writing|editing) by\b|\boriginal by\b/i;
const BYLINE_WEIGHT = 2;
const ATTRIBUTION = /\b(?:said|says|told|according to|stated|noted|announced|reported|added|confirmed)\b/i;
/** At this share of attributed sentences the article reads as reporting; below it counts less. */
const ATTRIBUTION_FULL_SHARE = 0.3;
const ATTRIBUTION_WEIGHT = 2;

/** Quoted speech: curly quotes may run to the end of a paragraph when the quote continues. */
const QUOTED = /“[^”]*(?:”|(?=\n\n)|$)|"[^"\n]*"/g;

/** Blanks out quoted speech, keeping offsets, so voice rules see only the author's words. */
export function authorVoice(text: string): string {
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}

function inText(rule: string, label: GenreLabel, weight: number, text: string, start: number): WeightedEvidence {
  return { rule, label, weight, text, start, end: start + text.length };
}

function inRemoved(rule: string, label: GenreLabel, weight: number, text: string): WeightedEvidence {
  return { rule, label, weight, text, start: null, end: null };
}

function matchesInVoice(input: GenreInput, pattern: RegExp, rule: string, label: GenreLabel, weight: number): WeightedEvidence[] {
  return [...input.voice.matchAll(pattern)].map((m) => inText(rule, label, weight, input.article.text.slice(m.index, m.index + m[0].length), m.index));
}

/** Sentences whose last author-voice character is `mark`, i.e. questions or exclamations the author asks. */
function sentencesEndingWith(input: GenreInput, mark: string, rule: string, weight: number): WeightedEvidence[] {
  return input.sentences
    .filter((s) => input.voice.slice(s.start, s.end).trimEnd().endsWith(mark))
    .map((s) => inText(rule, 'opinion', weight, s.text, s.start));
}

export const opinionDisclaimer: GenreRule = ({ article, voice }) => {
  const out: WeightedEvidence[] = [];
  if (OPINION_TITLE.test(article.title)) out.push(inRemoved('opinion-label', 'opinion', DISCLAIMER_WEIGHT, article.title));
  for (const block of article.removed) {
    if (block.reason === 'disclaimer' && OPINION_DISCLAIMER.test(block.text)) {
      out.push(inRemoved('opinion-disclaimer', 'opinion', DISCLAIMER_WEIGHT, block.text));
    }
  }
  const left = OPINION_DISCLAIMER.exec(voice);
  if (left) out.push(inText('opinion-disclaimer', 'opinion', DISCLAIMER_WEIGHT, article.text.slice(left.index, left.index + left[0].length), left.index));
  return out;
};

export const commentPrompt: GenreRule = ({ article }) =>
  article.removed
    .filter((b) => (b.reason === 'comment-widget' || b.reason === 'site-chrome') && COMMENT_PROMPT.test(b.text))
    .map((b) => inRemoved('comment-prompt', 'opinion', COMMENT_PROMPT_WEIGHT, b.text));

/** Loaded words in the author's voice, and in the outlet's own related headlines (removed links). */
export const loadedWording: GenreRule = (input) => [
  ...matchesInVoice(input, LOADED_WORDS, 'loaded-wording', 'opinion', LOADED_WEIGHT),
  ...input.article.removed
    .filter((b) => b.reason === 'related-link')
    .flatMap((b) => [...b.text.matchAll(LOADED_WORDS)].map(() => inRemoved('loaded-wording', 'opinion', LOADED_WEIGHT, b.text))),
];

export const firstPersonOpinion: GenreRule = (input) =>
  matchesInVoice(input, FIRST_PERSON_OPINION, 'first-person-opinion', 'opinion', FIRST_PERSON_WEIGHT);

export const evaluativeVoice: GenreRule = (input) => matchesInVoice(input, EVALUATIVE, 'evaluative-voice', 'opinion', EVALUATIVE_WEIGHT);

export const sweepingClaim: GenreRule = (input) => matchesInVoice(input, SWEEPING_CLAIM, 'sweeping-claim', 'opinion', SWEEPING_WEIGHT);

export const rhetoricalQuestion: GenreRule = (input) => sentencesEndingWith(input, '?', 'rhetorical-question', QUESTION_WEIGHT);

export const exclamation: GenreRule = (input) => sentencesEndingWith(input, '!', 'exclamation', EXCLAMATION_WEIGHT);

export const assessmentVoice: GenreRule = (input) => [
  ...(ANALYSIS_TITLE.test(input.article.title) ? [inRemoved('analysis-label', 'analysis', ANALYSIS_TITLE_WEIGHT, input.article.title)] : []),
  ...matchesInVoice(input, ASSESSMENT_VOICE, 'assessment-voice', 'analysis', ASSESSMENT_WEIGHT),
];

/** Forecast wording anywhere counts a little; in the closing paragraph it counts as the article's conclusion. */
export const forecastVoice: GenreRule = (input) => {
  const last = input.sentences[input.sentences.length - 1];
  const closingStart = input.sentences.find((s) => s.paragraph === last?.paragraph)?.start ?? Infinity;
  const found = matchesInVoice(input, FORECAST, 'forecast-wording', 'analysis', FORECAST_WEIGHT);
  const closing = found.find((e) => (e.start ?? -1) >= closingStart);
  return closing ? [...found, { ...closing, rule: 'closing-forecast', weight: CLOSING_FORECAST_WEIGHT }] : found;
};

export const dateline: GenreRule = ({ article }) => {
  const m = DATELINE.exec(article.text);
  if (!m) return [];
  const start = m[0].length - m[0].trimStart().length;
  return [inText('dateline', 'news', DATELINE_WEIGHT, m[0].trim(), start)];
};

export const bureauByline: GenreRule = ({ article }) =>
  article.removed
    .filter((b) => b.reason === 'byline' && BUREAU_BYLINE.test(b.text))
    .map((b) => inRemoved('bureau-byline', 'news', BYLINE_WEIGHT, b.text));

/** Reporting attributes what it says; the weight grows with the share of attributed sentences. */
export const attributedReporting: GenreRule = ({ sentences, voice }) => {
  if (sentences.length === 0) return [];
  const attributed = sentences.filter((s) => ATTRIBUTION.test(voice.slice(s.start, s.end)));
  const share = attributed.length / sentences.length;
  const total = ATTRIBUTION_WEIGHT * Math.min(1, share / ATTRIBUTION_FULL_SHARE);
  return attributed.map((s) => inText('attributed-reporting', 'news', total / attributed.length, s.text, s.start));
};

/** All rules, in the order their evidence is listed. */
export const GENRE_RULES: readonly GenreRule[] = [
  opinionDisclaimer,
  commentPrompt,
  loadedWording,
  firstPersonOpinion,
  evaluativeVoice,
  sweepingClaim,
  rhetoricalQuestion,
  exclamation,
  assessmentVoice,
  forecastVoice,
  dateline,
  bureauByline,
  attributedReporting,
];
