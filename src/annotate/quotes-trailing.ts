/**
 * Reported speech whose attribution comes after or inside the clause, without quote marks:
 * "The talks failed, Lu said." / "The talks failed, said Lu Kang, a spokesman." /
 * "But to prevent problems, he said, officials should act." The quote span is the sentence
 * without its trailing attribution (the parenthetical one stays inside, as PolNeAR marks it).
 */
import type { Sentence } from '../types.js';
import { type QuoteContext, trimClause } from './quotes-context.js';
import { findCues } from './quotes-cues.js';
import type { QuoteDraft } from './quotes-direct.js';
import { HONORIFICS, INDIRECT_CUES, PARTICIPLE_CUES } from './quotes-lexicon.js';
import { findCandidates, type SpeakerCandidate } from './quotes-candidates.js';
import { closesInverted, speakerAfter, speakerBefore } from './quotes-speakers.js';

/** A reported clause shorter than this is a fragment ("So, he said."). */
const MIN_CLAUSE_WORDS = 4;
/** What may follow the cue before the sentence ends: a time, place or manner phrase ("said Friday", "said in a statement"). */
const TAIL_AFTER_CUE = /^(?:\s+(?:on|in|at|during|after|before|last|this|late|early|earlier|later|recently|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in\s+an?\s+\w+|to\s+\w+|the\s+\w+)\b[^,.;!?]{0,60})?\s*[.!?]?["”’]?\s*$/iu;
/** Cues that attribute a trailing clause: the plain verbs of saying ("…, he argued" reads as a view). */
const TRAILING_CUES = new Set(['said', 'says', 'say', 'added', 'adds', 'argued', 'argues', 'noted', 'notes', 'explained', 'wrote', 'writes', 'insisted', 'warned', 'stressed', 'told', 'continued', 'claimed', 'acknowledged', 'predicted', 'suggested', 'declared', 'recalled', 'maintained', 'cautioned', 'contended']);
/** Between the clause's comma and the attribution: space, or the closing mark of a partial quote ("approach,” said X"). */
const CLOSING_ONLY = /^[\s”"’']*$/;
/** Before a subject right after a comma: space, a determiner or an honorific. */
const CLOSING_THEN_DETERMINER = new RegExp(`^\\s*(?:(?:the|a|an|The|A|An)\\s+|(?:${HONORIFICS})\\.?\\s+)?$`);
/** The same, then an honorific the speaker's name follows (", Mr. Abboud said, …"). */
const CLOSING_THEN_TITLE = new RegExp(`^[\\s”"’']*(?:(?:${HONORIFICS})\\.?\\s+)?$`);
/** The inverted order: ", said X" at the clause end. */
const INVERTED = /,\s+(said|says|added|adds|noted|wrote|argued|explained|continued|insisted|warned|told|according\s+to)\s+$/i;

/** After the cue, a participle of saying opening the speaker's next point (", adding, “…”", ", noting that"). */
const PARTICIPLE_NEXT = new RegExp(`^\\s*,\\s+(?:${PARTICIPLE_CUES.join('|')})\\b`, 'i');
/** A speaker and an appositive between two commas before a cue ("a spokeswoman, Anna Richardson White,", "John Smith, the chief executive,"): a few words each. */
const SPEAKER_AND_APPOSITIVE = /^\s*[^,;:.!?]{2,60},\s*[^,;:!?]{2,80}$/;

/**
 * The speaker of a trailing attribution whose subject has an appositive: the comma before the cue
 * (`closing`) ends the appositive, the one before it opens the appositive, and the one before that
 * ends the clause; the subject opens right after it.
 */
function apposedSubject(ctx: QuoteContext, sentenceStart: number, closing: number, cueStart: number): { speaker: SpeakerCandidate; comma: number } | null {
  const inner = ctx.text.lastIndexOf(',', closing - 1);
  const comma = inner > sentenceStart ? ctx.text.lastIndexOf(',', inner - 1) : -1;
  if (comma <= sentenceStart || !SPEAKER_AND_APPOSITIVE.test(ctx.text.slice(comma + 1, closing)) || !/^\s*$/.test(ctx.text.slice(closing + 1, cueStart))) return null;
  const first = findCandidates(ctx, comma + 1, closing)[0];
  if (first === undefined || !CLOSING_THEN_DETERMINER.test(ctx.text.slice(comma + 1, first.start))) return null;
  const speaker = speakerBefore(ctx, comma + 1, cueStart, 'finite', false);
  return speaker === null ? null : { speaker, comma };
}

/** "…, said he fully supports …": a pronoun after the cue is the subject of the clause it reports unless punctuation closes it ("said he."). */
function pronounOpensClause(ctx: QuoteContext, speaker: SpeakerCandidate): boolean {
  return speaker.kind === 'pronoun' && !/^\s*[,.;:!?]/.test(ctx.text.slice(speaker.end, speaker.end + 3));
}

/** The words of a group speaker set off inside a clause: a few words with no clause of their own ("people close to the vice president", "participants", "the Texas senator’s allies"). */
const ASIDE_GROUP = /^\s*((?:(?:the|some|many|most|several|other|\p{Ll}+[’']s?)\s+)?(?:[\p{L}’'.-]+\s+){0,6}?\p{Ll}+s)(?:\s+(?:close\s+to|familiar\s+with|of|in|at|for|from)\s+[^,;:!?]{1,50}?)?\s*$/u;
/** The verbs such a group aside has ("states" or "reports" there would be nouns: "…, especially in caucus states, …"). */
const ASIDE_GROUP_CUES = new Set(['said', 'say', 'says', 'added', 'argue', 'argued', 'contend', 'contended', 'warned', 'warn', 'noted']);
/** Words that give the aside a clause of its own. */
const ASIDE_GROUP_VERB = /\b(?:who|which|that|and|is|are|was|were|has|have|had|will|would)\b/;

/** The group named between the clause's comma and the cue, or null when those words are not a group's. */
function asideGroup(ctx: QuoteContext, commaAt: number, cueStart: number): SpeakerCandidate | null {
  const words = ctx.text.slice(commaAt + 1, cueStart);
  const m = ASIDE_GROUP.exec(words);
  if (m === null || ASIDE_GROUP_VERB.test(words)) return null;
  const start = commaAt + 1 + words.search(/\S/);
  const end = commaAt + 1 + words.trimEnd().length;
  const text = ctx.text.slice(start, end);
  return { start, end, text, kind: 'group', name: text };
}

/** One draft for a sentence attributed after (or inside) its clause, else null. */
export function trailingAttribution(ctx: QuoteContext, sentence: Sentence): QuoteDraft | null {
  const cues = findCues(ctx, sentence.start, sentence.end).filter((c) => c.form === 'finite' && (TRAILING_CUES.has(c.text) || INDIRECT_CUES.has(c.text)));
  for (const cue of cues.reverse()) {
    const before = ctx.text.slice(sentence.start, cue.start);
    const comma = before.lastIndexOf(',');
    if (comma <= 0) continue;
    const commaAt = sentence.start + comma;
    const after = ctx.text.slice(cue.end, sentence.end);
    // "…, said Lu Kang, a spokesman." — the speaker follows the cue.
    if (CLOSING_ONLY.test(ctx.text.slice(commaAt + 1, cue.start)) && TRAILING_CUES.has(cue.text)) {
      const speaker = speakerAfter(ctx, cue.end, sentence.end);
      if (speaker !== null && closesInverted(ctx, speaker.end) && !pronounOpensClause(ctx, speaker)) {
        const draft = clauseDraft(ctx, sentence.start, commaAt, speaker, cue.text);
        if (draft !== null) return draft;
      }
      if (speaker !== null) continue;
    }
    // The attribution set off by commas inside the clause ("…, he said, …"): the whole sentence is reported.
    const aside = /^\s*,/.test(after) && !INVERTED.test(before.slice(0, comma + 1));
    // "…, Lu said." or "…, he said, …": the speaker sits between the comma and the cue.
    const speaker = speakerBefore(ctx, commaAt + 1, cue.start, 'finite', false);
    if (speaker === null || !CLOSING_THEN_TITLE.test(ctx.text.slice(commaAt + 1, speaker.start))) {
      // "…, a spokeswoman, Anna Richardson White, said": the comma before the cue closes the speaker's
      // appositive, and the clause ends at the comma before them.
      const apposed = apposedSubject(ctx, sentence.start, commaAt, cue.start);
      if (apposed === null) {
        // "At times last year, people close to the vice president said, the mere mention …": a group set off with its verb inside the clause.
        const group = ASIDE_GROUP_CUES.has(cue.text) ? asideGroup(ctx, commaAt, cue.start) : null;
        const draft = group !== null && aside ? clauseDraft(ctx, sentence.start, sentence.end, group, cue.text) : null;
        if (draft !== null) return draft;
        continue;
      }
      const draft = TAIL_AFTER_CUE.test(after) ? clauseDraft(ctx, sentence.start, apposed.comma, apposed.speaker, cue.text) : null;
      if (draft !== null) return draft;
      continue;
    }
    // "…, Spicer said, adding, “…”": a participle goes on with the speaker's next point; the clause ends at the comma.
    const draft = TAIL_AFTER_CUE.test(after) || PARTICIPLE_NEXT.test(after) ? clauseDraft(ctx, sentence.start, commaAt, speaker, cue.text)
      : aside ? clauseDraft(ctx, sentence.start, sentence.end, speaker, cue.text) : null;
    if (draft !== null) return draft;
  }
  return null;
}

/** The indirect draft of the clause in `[from, to)`, given to `speaker` with `cue`; null when too short to be a clause. */
function clauseDraft(ctx: QuoteContext, from: number, to: number, speaker: SpeakerCandidate, cue: string): QuoteDraft | null {
  const clause = trimClause(ctx, from, to, MIN_CLAUSE_WORDS, true);
  return clause === null ? null : { kind: 'indirect', start: clause.start, end: clause.end, speaker, cue, explicit: true, implied: null, mark: null };
}
