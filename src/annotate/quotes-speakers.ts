/**
 * Finds the words that name a speaker around a cue: entity mentions, pronouns, role descriptions
 * ("the spokesman"), groups ("Experts") and capitalised names the entity list missed.
 */
import type { EntityType } from '../types.js';
import { type QuoteContext, insideMarks } from './quotes-context.js';
import { ADVERBS_RE, GROUP_NOUNS, NON_NAME_WORDS, ROLE_NOUNS, alternation } from './quotes-lexicon.js';

export type CandidateKind = EntityType | 'pronoun' | 'description' | 'group' | 'name';

/** Words in the text that may name a speaker. */
export interface SpeakerCandidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: CandidateKind;
  /** The entity name when the words are an entity mention; for a group the attribution tagger gives as a source, its words. */
  readonly name: string | null;
}

/** How a cue links to its speaker: a finite verb follows its subject, a participle hangs on the clause. */
export type CueForm = 'finite' | 'participle' | 'view' | 'according';

/** Organisation nouns that describe a speaker ("the ministry said", "Xinhua news agency reported"). */
const ORG_NOUNS = ['ministry', 'agency', 'government', 'office', 'council', 'committee', 'newspaper', 'embassy', 'department', 'commission', 'bureau', 'company', 'spokesman’s office',
  'campaign', 'report', 'poll', 'survey', 'study', 'statement', 'group', 'party', 'organization', 'organisation', 'firm', 'institute', 'foundation', 'administration', 'union', 'court', 'magazine', 'network', 'website', 'memo', 'lawsuit', 'complaint', 'release'];

/** An organisation name followed by the noun saying what it is ("Xinhua news agency"). */
const ORG_HEAD_AFTER = new RegExp(`^\\s+(?:news\\s+|state\\s+)?(?:${ORG_NOUNS.join('|')})\\b`, 'i');
/** A role description needs a determiner or possessive, else "spokesman Lu Kang" is a title. */
const DESCRIPTION_RE = new RegExp(
  `(?:\\b(?:the|a|an|its|his|her|their)\\s+|[\\p{L}]+['’]s\\s+)(?:(?!(?:the|a|an|of|for|in|at|to|on|and|with|by|who|said)\\b)[\\p{L}\\d-]+\\s+){0,4}?(?:${alternation([...ROLE_NOUNS, ...ORG_NOUNS])})\\b`,
  'giu',
);
/** Plural groups speak without a determiner ("Experts stated", "observers also cautioned"). */
const GROUP_RE = new RegExp(`\\b(?:(?:the|some|many|several|other|most|western|foreign|chinese|local)\\s+)?(?:\\p{Ll}[\\p{L}-]+\\s+)?(?:${alternation(GROUP_NOUNS)})\\b`, 'giu');
const PRONOUN_RE = /\b(?:he|she|they|we|you|He|She|They|We|You|I)\b/g;
/** Capitalised words, joined by the particles names carry ("Ministry of Foreign Affairs", "al-Assad"). */
const NAME_RE = /\b[A-Z][\p{L}\d-]*(?:[’'][A-Z][\p{L}-]*)?(?:\s+(?:(?:of|for|and|de|van|von|da|bin|al-)\s+)?[A-Z][\p{L}\d-]*)*/gu;
/** A role word followed by a capitalised name is a title ("spokesman Lu Kang"), not a speaker. */
const TITLE_AFTER = /^\s+\p{Lu}/u;
/** A capitalised "description" is a proper name ("the Chinese Foreign Ministry"): the name scan takes it. */
const PROPER_DESCRIPTION = /^(?:the\s+|[\p{L}]+['’]s\s+)?(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*$/u;
/** A possessive names an owner, not a speaker ("Trump’s threats"). */
const POSSESSIVE_AFTER = /^['’]s?\b/;
/** Words opening an appositive or relative clause after a comma ("Li Xing, a Russia expert, said"). */
const APPOSITIVE_OPENER = new RegExp(`^\\s*(?:a|an|the|who|whose|which|formerly|himself|herself|speaking|one of|also|like|former|\\d+|${alternation(ROLE_NOUNS)})\\b`, 'i');

/** A lower-case word that is not a preposition, right before a name: "relationship Xi". */
const RELATIVE_BEFORE = /\b(?!(?:of|at|for|from|with|in|on|to|by|and|or|the|a|an|against|about|over|under|after|before|like|than|into|behind|toward|towards)\b)\p{Ll}[\p{L}-]*\s+$/u;
/** A relative clause without commas between subject and cue ("officials who spoke with The Post said"). */
const RELATIVE_GAP = /^\s+(?:who|that)\s/i;
/** Titles written before a name after an inverted cue ("said Sen. Chris Murphy", "said Democratic pollster Geoff Garin"). */
const TITLE_LEAD = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev)\.\s+|(?:former|then-|top|senior|\p{Lu}[\p{L}-]*)\s+)*(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u;

/** Words that end a subject noun phrase: a verb, a relative or a conjunction ("the report that …"). */
const NOT_IN_SUBJECT = '(?!(?:is|was|are|were|be|has|have|had|that|which|who|whom|whose|to|will|would|did|does|do|not|if|when|because|said|says)\\b)';
/**
 * A determiner-led noun phrase opening the clause right before a cue, when no name, pronoun or known
 * role is found ("the letter says", "That person said", "One protest organizer says").
 */
const SUBJECT_PHRASE = new RegExp(
  `^\\s*(?:(?:But|And|Yet|So|Still|Now|Instead|Meanwhile),?\\s+)?((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|${NOT_IN_SUBJECT}[\\p{L}]+['’]s)\\s+(?:${NOT_IN_SUBJECT}[\\p{L}\\d’'&.-]+\\s+){0,5}?${NOT_IN_SUBJECT}\\p{Ll}[\\p{L}\\d-]+)`,
  'u',
);

/** The subject phrase of `[clauseStart, cueStart)` when only adverbs follow it, as a description. */
export function subjectPhrase(ctx: QuoteContext, clauseStart: number, cueStart: number): SpeakerCandidate | null {
  const match = SUBJECT_PHRASE.exec(ctx.text.slice(clauseStart, cueStart));
  const words = match?.[1];
  if (match === null || words === undefined) return null;
  const end = clauseStart + match[0].length;
  if (!ADVERBS_RE.test(ctx.text.slice(end, cueStart)) || insideMarks(ctx, end - 1)) return null;
  return { start: end - words.length, end, text: words, kind: 'description', name: null };
}

function overlaps(a: { start: number; end: number }, list: readonly { start: number; end: number }[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

/** Candidates already found per context and range: the steps of quote annotation ask for the same ranges again. */
const candidateCache = new WeakMap<QuoteContext, Map<string, readonly SpeakerCandidate[]>>();

/** Speaker candidates inside `[from, to)`, outside quote marks, possessives left out (a fresh array the caller may reorder). */
export function findCandidates(ctx: QuoteContext, from: number, to: number): SpeakerCandidate[] {
  let byRange = candidateCache.get(ctx);
  if (byRange === undefined) candidateCache.set(ctx, (byRange = new Map()));
  const key = `${from},${to}`;
  let found = byRange.get(key);
  if (found === undefined) byRange.set(key, (found = scanCandidates(ctx, from, to)));
  return found.slice();
}

function scanCandidates(ctx: QuoteContext, from: number, to: number): SpeakerCandidate[] {
  const out: SpeakerCandidate[] = [];
  const region = ctx.text.slice(from, to);
  const push = (cand: SpeakerCandidate): void => {
    if (cand.end > to || insideMarks(ctx, cand.start)) return;
    if (POSSESSIVE_AFTER.test(ctx.text.slice(cand.end, cand.end + 2)) && cand.kind !== 'description') return;
    if (overlaps(cand, out)) return;
    out.push(cand);
  };
  for (const m of ctx.mentions) {
    // "Xinhua news agency": the description around the name is the speaker phrase.
    if (m.type === 'organization' && ORG_HEAD_AFTER.test(ctx.text.slice(m.end, m.end + 30))) continue;
    if (m.start >= from && m.end <= to) push({ start: m.start, end: m.end, text: m.text, kind: m.type, name: m.name });
  }
  const scan = (re: RegExp, kind: CandidateKind): void => {
    // `exec` on the shared global pattern (none matches empty): the same matches as `matchAll`, without its iterator.
    re.lastIndex = 0;
    for (let match = re.exec(region); match !== null; match = re.exec(region)) {
      const base = from + match.index;
      const end = base + match[0].length;
      let start = base;
      if (kind === 'name' || kind === 'group') {
        // Sentence-opening words ("But Pang") are not part of the name.
        for (const token of match[0].matchAll(/\S+/g)) {
          if (!NON_NAME_WORDS.has(token[0])) break;
          start = base + token.index + token[0].length;
        }
        while (start < end && /\s/.test(ctx.text[start] ?? '')) start += 1;
        if (start >= end) continue;
      }
      if (kind === 'description' && (TITLE_AFTER.test(ctx.text.slice(end, end + 3)) || PROPER_DESCRIPTION.test(match[0]))) continue;
      push({ start, end, text: ctx.text.slice(start, end), kind, name: null });
    }
  };
  scan(DESCRIPTION_RE, 'description');
  scan(GROUP_RE, 'group');
  scan(PRONOUN_RE, 'pronoun');
  scan(NAME_RE, 'name');
  return out.sort((a, b) => a.start - b.start);
}

const PERSONLIKE = new Set<CandidateKind>(['person', 'pronoun', 'description', 'group', 'name']);

/** The candidate ending just before the comma that opens an appositive holding `pos`, if any. */
function appositiveHead(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number, pos: number, cueStart: number): SpeakerCandidate | undefined {
  const before = ctx.text.slice(clauseStart, pos);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return undefined;
  const at = clauseStart + comma;
  const region = ctx.text.slice(at + 1, cueStart);
  const closedByComma = /,\s*$/.test(ctx.text.slice(pos, cueStart).replace(/\s*(?:also|later|then)\s*$/, ''));
  if (!APPOSITIVE_OPENER.test(region) && !(closedByComma && pos > at)) return undefined;
  return cands.find((c) => c.end <= at && /^\s*$/.test(ctx.text.slice(c.end, at)) && PERSONLIKE.has(c.kind));
}

function inAppositive(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number, cand: SpeakerCandidate, cueStart: number): boolean {
  return appositiveHead(ctx, cands, clauseStart, cand.start, cueStart) !== undefined;
}

/**
 * The speaker of a cue from the words before it, `[clauseStart, cueStart)`. `lenient` also accepts
 * the nearest person anywhere in the clause (for a cue that frames a quote in its own sentence).
 */
export function speakerBefore(ctx: QuoteContext, clauseStart: number, cueStart: number, form: CueForm, lenient: boolean): SpeakerCandidate | null {
  const cands = findCandidates(ctx, clauseStart, cueStart);
  if (cands.length === 0) return lenient ? null : subjectPhrase(ctx, clauseStart, cueStart);
  let adjacent = [...cands].reverse().find((c) => ADVERBS_RE.test(ctx.text.slice(c.end, cueStart)));
  if (adjacent !== undefined) {
    const at = cands.indexOf(adjacent);
    const subject = cands.slice(0, at).reverse().find((c) => PERSONLIKE.has(c.kind) && RELATIVE_GAP.test(ctx.text.slice(c.end, c.end + 6))
      && !/[,;:\u2014\u2013]|--/.test(ctx.text.slice(c.end, adjacent?.start ?? c.end)));
    if (subject !== undefined) adjacent = subject;
  }
  // A participle hangs on the clause's subject, not on the object right before it ("attacked Rubio, saying").
  if (form === 'participle') {
    const subject = cands.find((c) => PERSONLIKE.has(c.kind) && !inAppositive(ctx, cands, clauseStart, c, cueStart));
    if (subject !== undefined) return subject;
  }
  if (adjacent !== undefined) {
    // "a relationship Xi views as": a name after a plain noun starts a relative clause, not an appositive tail.
    const relative = RELATIVE_BEFORE.test(ctx.text.slice(clauseStart, adjacent.start));
    const head = relative ? undefined : appositiveHead(ctx, cands, clauseStart, adjacent.start, cueStart);
    if (head !== undefined) return head;
    if (PERSONLIKE.has(adjacent.kind)) return adjacent;
  }
  // An appositive or relative clause between subject and cue: "Xi, who met Putin, said".
  const text = ctx.text.slice(clauseStart, cueStart);
  for (let i = text.lastIndexOf(','); i >= 0; i = i > 0 ? text.lastIndexOf(',', i - 1) : -1) {
    if (!APPOSITIVE_OPENER.test(text.slice(i + 1))) continue;
    const at = clauseStart + i;
    const head = cands.find((c) => c.end <= at && /^\s*$/.test(ctx.text.slice(c.end, at)) && PERSONLIKE.has(c.kind));
    if (head !== undefined) return head;
  }
  const free = cands.filter((c) => PERSONLIKE.has(c.kind) && !inAppositive(ctx, cands, clauseStart, c, cueStart));
  // A participle hangs on the clause's subject: "Li agreed, saying …", "He spoke about … stating".
  if (form === 'participle' && free[0] !== undefined) return free[0];
  if (lenient) {
    const nearest = [...free].reverse().find((c) => c.kind === 'person' || c.kind === 'pronoun' || c.kind === 'name');
    if (nearest !== undefined) return nearest;
  }
  return adjacent ?? (lenient ? null : subjectPhrase(ctx, clauseStart, cueStart));
}

/** The speaker named right after a cue ("said Pang", "according to the ministry"), within `limit`. */
export function speakerAfter(ctx: QuoteContext, from: number, limit: number): SpeakerCandidate | null {
  const lead = /^\s*/.exec(ctx.text.slice(from, limit))?.[0].length ?? 0;
  const article = /^the\s+/i.exec(ctx.text.slice(from + lead, limit))?.[0].length ?? 0;
  const cands = findCandidates(ctx, from, limit);
  const first = cands[0];
  if (first === undefined) return null;
  // A person named after a title or description is the speaker, not the title's first word.
  const titled = [...cands].reverse().find((c) => (c.kind === 'person' || (c.kind === 'name' && c.text.includes(' '))) && TITLE_LEAD.test(ctx.text.slice(from + lead + article, c.start)));
  if (titled !== undefined && titled !== first && first.kind !== 'pronoun') return titled;
  return first.start === from + lead || first.start === from + lead + article ? first : null;
}
