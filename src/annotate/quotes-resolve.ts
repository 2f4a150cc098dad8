/**
 * Turns the words naming a speaker into a full name: a mention's entity, a surname looked up in the
 * entities, a pronoun's antecedent, or the person introduced earlier with a role word.
 */
import { type QuoteContext, entityByWords, insideMarks, sentenceIndexAt } from './quotes-context.js';
import { type Gender, genderEvidence } from './quotes-gender.js';
import { findCandidates, type SpeakerCandidate } from './quotes-speakers.js';
import { ROLE_NOUNS, escapeRegExp } from './quotes-lexicon.js';

const PERSON_ROLES = new Set<string>(ROLE_NOUNS.map((r) => r.split(' ').pop() ?? r));

/** Resolves speaker words in reading order; remembers who spoke for later pronouns. */
export interface SpeakerResolver {
  resolve(cand: SpeakerCandidate): string | null;
  /** Records a resolved speaker at an offset: the "most recent speaker" for later pronouns. */
  noteSpeaker(name: string, at: number): void;
}

/** An honorific is not part of the name a speaker resolves to ("Mr. Rhodes" is Rhodes). */
const HONORIFIC = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.?\s+)+/;
/** How many sentences back a pronoun may find its antecedent. */
const PRONOUN_SENTENCE_WINDOW = 4;
/** How far back (characters) the most recent speaker still counts for a pronoun. */
const RECENT_SPEAKER_WINDOW = 1500;
/** How far back a pronoun's chain of pronoun subjects is followed. */
const MAX_PRONOUN_DEPTH = 4;
/** How far after a name its appositive may carry the role word (", a Beijing-based … expert"). */
const APPOSITIVE_WINDOW = 90;
/** How far before a name a title may carry the role word ("Foreign Ministry spokesman Lu Kang"). */
const TITLE_WINDOW = 50;

/** Creates a resolver for one article's context. */
export function createSpeakerResolver(ctx: QuoteContext): SpeakerResolver {
  const genders = genderEvidence(ctx);
  const spoken: { name: string; at: number }[] = [];
  const subjects = new Map<number, string | null>();
  const personNames = new Set(ctx.entities.filter((e) => e.type === 'person').map((e) => e.name));

  const isPerson = (name: string): boolean => personNames.has(name) || !ctx.entities.some((e) => e.name === name);
  const fits = (name: string, gender: Gender | undefined): boolean =>
    isPerson(name) && (gender === undefined || (genders.get(name) ?? gender) === gender);

  const nameOf = (cand: SpeakerCandidate, depth: number): string | null => {
    switch (cand.kind) {
      case 'pronoun':
        return pronoun(cand, depth);
      case 'description':
        return description(cand);
      case 'group':
        // A group names no one person: only the attribution tagger's groups carry their words as the name.
        return cand.name;
      case 'name':
        return entityByWords(ctx, cand.text)?.name ?? cand.text.replace(/^the\s+/i, '').replace(HONORIFIC, '');
      default:
        return cand.name;
    }
  };

  /** The resolved grammatical subject of a sentence: its first speaker-like words outside quotes. */
  const subjectOf = (index: number, depth: number): string | null => {
    const cached = subjects.get(index);
    if (cached !== undefined) return cached;
    const s = ctx.sentences[index];
    if (s === undefined) return null;
    const first = findCandidates(ctx, s.start, s.end).find((c) => c.kind === 'person' || c.kind === 'pronoun' || (c.kind === 'name' && entityByWords(ctx, c.text)?.type === 'person'));
    const name = first === undefined ? null : nameOf(first, depth + 1);
    subjects.set(index, name);
    return name;
  };

  const pronoun = (cand: SpeakerCandidate, depth: number): string | null => {
    const word = cand.text.toLowerCase();
    if ((word !== 'he' && word !== 'she') || depth > MAX_PRONOUN_DEPTH) return null;
    const gender: Gender = word === 'he' ? 'm' : 'f';
    const index = sentenceIndexAt(ctx, cand.start);
    const here = ctx.sentences[index];
    if (here !== undefined) {
      const earlier = findCandidates(ctx, here.start, cand.start).find((c) => c.kind === 'person' && c.name !== null && fits(c.name, gender));
      if (earlier?.name != null) return earlier.name;
    }
    const previous = subjectOf(index - 1, depth);
    if (previous !== null && fits(previous, gender)) return previous;
    const recent = [...spoken].reverse().find((s) => s.at < cand.start && cand.start - s.at <= RECENT_SPEAKER_WINDOW && fits(s.name, gender));
    if (recent !== undefined) return recent.name;
    for (let i = index - 2; i >= Math.max(0, index - PRONOUN_SENTENCE_WINDOW); i -= 1) {
      const subject = subjectOf(i, depth);
      if (subject !== null && fits(subject, gender)) return subject;
    }
    const windowStart = ctx.sentences[Math.max(0, index - PRONOUN_SENTENCE_WINDOW)]?.start ?? 0;
    const nearest = [...ctx.mentions]
      .reverse()
      .find((m) => m.type === 'person' && m.end <= cand.start && m.start >= windowStart && !insideMarks(ctx, m.start) && fits(m.name, gender));
    return nearest?.name ?? null;
  };

  const description = (cand: SpeakerCandidate): string | null => {
    // An organisation named inside the description ("Xinhua news agency") is the speaker.
    const inner = ctx.mentions.find((m) => m.start >= cand.start && m.end <= cand.end && m.type === 'organization');
    if (inner !== undefined) return inner.name;
    const role = (cand.text.toLowerCase().match(/[\p{L}-]+$/u) ?? [''])[0];
    if (role === '') return null;
    // A body ("the campaign", "the report") is not a person introduced with a role.
    if (!PERSON_ROLES.has(role)) return ctx.entities.find((e) => e.type === 'organization' && new RegExp(`\\b${escapeRegExp(role)}\\b`, 'i').test(e.name))?.name ?? null;
    const roleRe = new RegExp(`\\b${escapeRegExp(role)}\\b`, 'i');
    const titled = [...ctx.mentions].reverse().find((m) => {
      if (m.end > cand.start || m.type !== 'person') return false;
      const before = ctx.text.slice(Math.max(0, m.start - TITLE_WINDOW), m.start);
      const after = ctx.text.slice(m.end, m.end + APPOSITIVE_WINDOW);
      const titleHit = new RegExp(`\\b${escapeRegExp(role)}\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)*$`, 'iu').test(before);
      const appositive = /^,\s+(?:a|an|the)\s+[^.,;]*/.exec(after)?.[0] ?? '';
      return titleHit || roleRe.test(appositive);
    });
    if (titled !== undefined) return titled.name;
    const org = ctx.entities.find((e) => e.type === 'organization' && roleRe.test(e.name));
    return org?.name ?? null;
  };

  return {
    resolve: (cand) => nameOf(cand, 0),
    noteSpeaker: (name, at) => {
      spoken.push({ name, at });
    },
  };
}
