/**
 * Finds the speaker of a cue: the subject before it (`quotes-subjects.ts`, `quotes-appositives.ts`)
 * or the words after it, among the candidates `quotes-candidates.ts` finds; and, for a quote with no
 * cue of its own, where it is introduced (a transcript label, a sentence ending with a colon, a dash
 * signature, the sentence reporting someone just before a quote paragraph).
 */
import { describedPerson, namedInApposition, quotedAs } from './quotes-appositives.js';
import { findCandidates, OWNED_LEAD, TITLE_LEAD, writtenLower, type CueForm, type SpeakerCandidate } from './quotes-candidates.js';
import { insideMarks, sentenceIndexAt, type QuoteContext } from './quotes-context.js';
import { findCues } from './quotes-cues.js';
import { alternation, AUXILIARIES, INVERTED_ASIDE_CUE, NON_NAME_WORDS, ROLE_NOUNS } from './quotes-lexicon.js';
import { subjectBefore } from './quotes-subjects.js';

/**
 * The speaker of a cue from the words before it, `[clauseStart, cueStart)`. `lenient` also accepts
 * the nearest person anywhere in the clause (for a cue that frames a quote in its own sentence).
 * An organisation or place that only describes a person named before it stands for that person.
 */
export function speakerBefore(ctx: QuoteContext, clauseStart: number, cueStart: number, form: CueForm, lenient: boolean): SpeakerCandidate | null {
  const quoted = form === 'participle' ? quotedAs(ctx, clauseStart, cueStart) : null;
  if (quoted !== null) return quoted;
  const found = subjectBefore(ctx, clauseStart, cueStart, form, lenient);
  return found === null ? null : describedPerson(ctx, clauseStart, found) ?? namedInApposition(ctx, found, cueStart) ?? found;
}

/** A sentence opening with a time clause on a participle ("A day after telling reporters that", "While campaigning in Ohio,"). */
const OPENING_TIME_CLAUSE = /^(?:(?:[\p{L}\d-]+\s+){0,3}(?:after|before|while|since|upon|when)|after|before|while|since|upon|when)\s+$/iu;

/**
 * The subject of the main clause after what a participle in an opening time clause reports: "A day
 * after telling reporters that he's “not going to talk about this anymore,” Congressman Anthony Weiner
 * broke his silence". `sentenceStart` opens the sentence; `after` is where the reported words end.
 */
export function openingClauseSubject(ctx: QuoteContext, sentenceStart: number, cueStart: number, after: number): SpeakerCandidate | null {
  const sentence = ctx.sentences[sentenceIndexAt(ctx, cueStart)];
  if (sentence === undefined || sentence.start !== sentenceStart || !OPENING_TIME_CLAUSE.test(ctx.text.slice(sentenceStart, cueStart))) return null;
  const from = after + (/^[\s,”"’']*/.exec(ctx.text.slice(after, sentence.end))?.[0].length ?? 0);
  const found = speakerAfter(ctx, from, sentence.end);
  return found !== null && (found.kind === 'person' || found.kind === 'description') ? found : null;
}

/**
 * The person an inverted cue set off by a comma names, with an appositive after the name ("Her
 * comments, said Josh Earnest, the White House press secretary, are …", "…, said Michael O'Hanlon,
 * a senior fellow at …"): a cue of saying right after a comma in `[clauseStart, cue)`, then a person
 * and the appositive's comma, within `limit`. Null otherwise.
 */
export function invertedAsideSpeaker(ctx: QuoteContext, clauseStart: number, cue: { readonly start: number; readonly end: number; readonly text: string }, limit: number): SpeakerCandidate | null {
  if (!INVERTED_ASIDE_CUE.test(cue.text) || !/,\s*$/.test(ctx.text.slice(clauseStart, cue.start))) return null;
  const speaker = speakerAfter(ctx, cue.end, limit);
  return speaker !== null && speaker.kind === 'person' && /^\s*,/.test(ctx.text.slice(speaker.end, speaker.end + 2)) ? speaker : null;
}

/** Capitalised words after a place naming an office of it ("U.S.| Attorney’s Office", "Iraqi| Foreign Ministry"). */
const PLACE_OFFICE = /^(?:\s+\p{Lu}[\p{L}-]*(?:['’]s)?){0,3}\s+(?:Office|Department|Ministry|Agency|Embassy|Commission|Bureau|Service|Administration)\b/u;

/**
 * A verb right after the words an inverted cue seems to name: they are the subject of a new clause
 * the cue reports ("…, however, said they believed …", "… said the candidate could be …"), not its
 * speaker. Words that describe the speaker may follow ("says a source involved in …", "said the base
 * chief known as …").
 */
const NEW_CLAUSE_AFTER = new RegExp(String.raw`^\s+(?:(?:also|still|just|now|already|reportedly|previously|fully|only)\s+)?(?:${AUXILIARIES.join('|')}|do|(?:do|does|did|is|are|was|were|has|have|had|would|could|should|wo|ca)n[’']t|cannot|never|believed|believe|believes|thought|think|thinks|felt|feel|feels|knew|know|knows|expected|expect|expects|hoped|hope|hopes|wanted|want|wants|planned|plan|plans|agreed|agree|agrees|\p{Ll}{3,}ed\s+(?:the|a|an|that|to|his|her|their|its|it|him|them|this|these|those)\b)\b`, 'u');

/** Whether the words an inverted attribution names end its clause, rather than open a new one (`NEW_CLAUSE_AFTER`). */
export function closesInverted(ctx: QuoteContext, speakerEnd: number): boolean {
  return !NEW_CLAUSE_AFTER.test(ctx.text.slice(speakerEnd, speakerEnd + 30));
}

/** A role word for a person: a known role, or a word naming one by what they do ("pollster", "consultant", "historian", "activist"). */
const PERSON_ROLE_WORD = new RegExp(`(?:^|\\s)(?:${alternation(ROLE_NOUNS)}|\\p{Ll}+(?:ster|ant|ent|ian|ist|or|er))\\s+$`, 'u');

/** Whether an organisation candidate of two or three capitalised words follows a person's role word, so names a person. */
function personAfterRole(ctx: QuoteContext, c: SpeakerCandidate): boolean {
  return c.kind === 'organization' && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(c.text) && PERSON_ROLE_WORD.test(ctx.text.slice(Math.max(0, c.start - 30), c.start));
}

/** The speaker named right after a cue ("said Pang", "according to the ministry"), within `limit`. */
export function speakerAfter(ctx: QuoteContext, from: number, limit: number): SpeakerCandidate | null {
  const lead = /^\s*/.exec(ctx.text.slice(from, limit))?.[0].length ?? 0;
  const article = /^the\s+/i.exec(ctx.text.slice(from + lead, limit))?.[0].length ?? 0;
  const cands = findCandidates(ctx, from, limit);
  const first = cands[0];
  if (first === undefined) return null;
  // A person named after a title or description is the speaker, not the title's first word.
  const titled = [...cands].reverse().find((c) => (c.kind === 'person' || (c.kind === 'name' && c.text.includes(' ')) || personAfterRole(ctx, c))
    && (TITLE_LEAD.test(ctx.text.slice(from + lead + article, c.start)) || (c.kind === 'person' && OWNED_LEAD.test(ctx.text.slice(from + lead, c.start)))));
  // A name the tagger typed an organisation, right after a person's role word, is that person ("said pollster Stan Greenberg").
  if (titled !== undefined && first.kind !== 'pronoun') return titled.kind === 'organization' ? { ...titled, kind: 'person' } : titled;
  // Else the first candidate speaks when it opens the words after the cue (after "the").
  if (first.start !== from + lead && first.start !== from + lead + article) return null;
  // "the Brooklyn, N.Y., chapter of Indivisible": the body a local part belongs to speaks through it.
  const part = first.kind === 'place' || first.kind === 'organization' ? BODY_PART_OF.exec(ctx.text.slice(first.end, limit)) : null;
  const owner = part === null ? undefined : cands.find((c) => c.start === first.end + part[0].length && c.kind !== 'pronoun');
  if (owner !== undefined) return { ...owner, kind: 'organization' };
  // A place heading an office's name is part of it: "the U.S. Attorney’s Office", "the Iraqi Foreign Ministry".
  const office = first.kind === 'place' ? PLACE_OFFICE.exec(ctx.text.slice(first.end, limit)) : null;
  if (office === null) return first;
  const text = ctx.text.slice(first.start, first.end + office[0].length);
  return { start: first.start, end: first.end + office[0].length, text, kind: 'organization', name: text };
}

/** A local part of a body after a place or a body's name, up to the body it belongs to. */
const BODY_PART_OF = /^(?:,\s[^,]{1,25},)?\s+(?:local\s+)?(?:chapter|branch|affiliate|wing|arm)\s+of\s+(?:the\s+)?/;

/** A transcript's speaker label opening a quoted paragraph ("PENCE: Well, …", "Chris Matthews: …"). */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}):\s/u;
/** Words before a colon that introduce what follows without naming a speaker ("as follows:", "Wait, it gets better:"). */
const NO_SPEAKER_INTRO = /\b(?:follows|following|better|worse|this|these|here|below)\s*:\s*$/i;

/**
 * The speaker of a quote opening its paragraph without attribution of its own, named where it is
 * introduced: a transcript label at its start ("PENCE: …"), or the sentence before it ending with a
 * colon ("Cruz continued:", "As Joel Pollak observed, …:", "Stated Stone:"). The cue is the
 * introducer's verb, or null for a label.
 */
export function introducedSpeaker(ctx: QuoteContext, open: number, start: number): { speaker: SpeakerCandidate; cue: string | null } | null {
  const label = TRANSCRIPT_LABEL.exec(ctx.text.slice(start, start + 50));
  // One capitalised word the article also writes in lower case is a heading ("NOTE:", "UPDATE:"), not a name.
  if (label?.[1] !== undefined && !NON_NAME_WORDS.has(label[1]) && (label[1].includes(' ') || !writtenLower(ctx, label[1].toLowerCase()))) {
    const words = label[1];
    const mention = ctx.mentions.find((m) => m.start === start && m.type === 'person');
    const speaker: SpeakerCandidate = mention !== undefined
      ? { start, end: mention.end, text: mention.text, kind: 'person', name: mention.name }
      : { start, end: start + words.length, text: words, kind: 'name', name: null };
    return { speaker, cue: null };
  }
  const previous = ctx.sentences[sentenceIndexAt(ctx, open - 1)];
  if (previous === undefined || previous.end > open) return null;
  const intro = ctx.text.slice(previous.start, open);
  const colon = intro.search(/:\s*$/);
  if (colon < 0 || NO_SPEAKER_INTRO.test(intro)) return null;
  const colonAt = previous.start + colon;
  const cue = findCues(ctx, previous.start, colonAt).pop();
  if (cue !== undefined) {
    const speaker = cue.form === 'according' ? speakerAfter(ctx, cue.end, colonAt) : speakerBefore(ctx, previous.start, cue.start, cue.form, false) ?? speakerAfter(ctx, cue.end, colonAt);
    return speaker === null ? null : { speaker, cue: cue.text };
  }
  // No verb of saying ("More from Jones:", "President Clinton released the following statement:"): the person named there.
  const named = findCandidates(ctx, previous.start, colonAt).filter((c) => c.kind === 'person' || c.kind === 'name');
  // Of several, the one in the main clause after an opening one ("When Wallace died in 1998, President Clinton released …:").
  const comma = ctx.text.lastIndexOf(',', colonAt);
  const main = named.length > 1 && comma > previous.start ? named.filter((c) => c.start > comma) : named;
  return main.length === 1 && main[0] !== undefined ? { speaker: main[0], cue: null } : null;
}

/** A dash and a name after a closing mark sign the quote ("…” ― Martha Aguilar", "…" - Sanders.). */
const SIGNATURE_DASH = /^[\s.,]*[-\u2010-\u2015]+\s*/;
/** How far after the dash the signing name may reach. */
const SIGNATURE_CHARS = 60;

/** The name signing a quote after its closing mark with a dash, if any. */
export function signedSpeaker(ctx: QuoteContext, close: number): SpeakerCandidate | null {
  const dash = SIGNATURE_DASH.exec(ctx.text.slice(close + 1, close + 1 + SIGNATURE_CHARS));
  if (dash === null) return null;
  const from = close + 1 + dash[0].length;
  const first = findCandidates(ctx, from, Math.min(ctx.text.length, from + SIGNATURE_CHARS))[0];
  return first !== undefined && (first.kind === 'person' || first.kind === 'name') && /^(?:(?:President|Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\.?\s+)?$/.test(ctx.text.slice(from, first.start)) ? first : null;
}

/** Verbs of saying whose sentence may introduce the quote paragraph after it ("Then, in 2017, Kerry said that …"). */
const REPORTING_FORMS = new Set<CueForm>(['finite', 'participle']);

/**
 * The speaker of a paragraph that is only a quote, from the sentence ending the paragraph before it
 * when that sentence reports someone's words ("Trump shot back in a statement, saying …"): the quote
 * goes on with the same speaker; with `sameParagraph`, of a quote opening a sentence right after such
 * a sentence of its own paragraph ("Kerry said that 100,000 would be accepted. “That adds up to …”").
 * Null when that sentence is itself quoted or reports no one.
 */
export function precedingSpeaker(ctx: QuoteContext, open: number, sameParagraph = false): SpeakerCandidate | null {
  const previous = ctx.sentences[sentenceIndexAt(ctx, open - 1)];
  const gap = previous === undefined ? '' : ctx.text.slice(previous.end, open);
  if (previous === undefined || previous.end > open || insideMarks(ctx, previous.start) || !(sameParagraph ? /^[ \t]*$/ : /\n\s*$/).test(gap)) return null;
  const cue = findCues(ctx, previous.start, previous.end).filter((c) => REPORTING_FORMS.has(c.form)).pop();
  if (cue === undefined) return null;
  const speaker = speakerBefore(ctx, previous.start, cue.start, cue.form, cue.form === 'participle') ?? speakerAfter(ctx, cue.end, previous.end);
  return speaker !== null && (speaker.kind === 'person' || speaker.kind === 'name' || speaker.kind === 'pronoun') ? speaker : null;
}

/** The end of a comma-closed interruption right before its cue ("…, who lives in Ohio, said"). */
const CLOSES_INTERRUPTION = /^[^,]*,\s*$/;
/** What may stand before the interrupted subject: a conjunction or the person's title ("But", "Former Democratic candidate"). */
const SUBJECT_LEAD = /^[\p{L}.\s'’-]*$/u;
const MAX_SUBJECT_LEAD_WORDS = 4;

/** An interruption naming members of the group before it ("…, including the Asbury Park Press, said"). */
const MEMBERS_OPENER = /^\s*(?:including|among them|such as)\b/i;
/** A group of speakers as a subject: counted or quantified, or ending in a plural noun, a few words long ("Six Gannett newspapers in New Jersey"). */
const GROUP_SUBJECT = /^(?:(?:[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|[Oo]ther|[Bb]oth|[Aa]ll|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Dd]ozens of|[Hh]undreds of|\d+)\s+[\p{L}\s'’.-]{2,80}|(?:[Tt]he\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,5}\s+\p{Ll}[\p{L}-]*[^s'’\s]s)$/u;

/** A clause or an opening phrase, not a subject: a verb in it, or a preposition or pronoun first ("There was a panoply of dignitaries", "On other measures"). */
const NOT_A_GROUP_SUBJECT = /\b(?:is|was|are|were|has|have|had|been|be|being|will|would|can|could)\b|^(?:There|It|He|She|They|We|I|On|In|At|For|With|From|By|After|Before|During|Of|To|Under|Over|About)\b/;

/**
 * A group subject whose members an interruption names ("Six Gannett newspapers in New Jersey,
 * including the Asbury Park Press, said"; "Several Republican leaders, including Sens. John McCain …,
 * have denounced"): the group speaks, as written, not the member the source words name.
 */
function includingGroup(ctx: QuoteContext, sentenceStart: number, comma: number): SpeakerCandidate | null {
  const raw = ctx.text.slice(sentenceStart, comma);
  const words = raw.trim().replace(/^(?:(?:But|And|Yet|So|Still|Now|Meanwhile),?|As|While|Although|Though|Because|Since|When)\s+/, '');
  if (!GROUP_SUBJECT.test(words) || NOT_A_GROUP_SUBJECT.test(words) || insideMarks(ctx, sentenceStart)) return null;
  const start = sentenceStart + raw.lastIndexOf(words);
  return { start, end: start + words.length, text: words, kind: 'group', name: null };
}

/**
 * The subject a comma-enclosed interruption hangs on, when source words lie inside it and it ends
 * right before the cue: in "Trump, who has a commanding lead in delegates, mocked …" or "Zimmerman,
 * who identifies as Hispanic, told …" the one speaking is the person before the first comma, not a
 * name inside the relative clause or appositive. A group whose members the interruption names
 * speaks as the group (`includingGroup`), wherever the source words lie in the clause.
 */
export function interruptedSubject(ctx: QuoteContext, named: { readonly start: number; readonly end: number }, cueStart: number): SpeakerCandidate | null {
  if (cueStart < named.end) return null;
  const sentenceStart = ctx.sentences[sentenceIndexAt(ctx, named.start)]?.start ?? 0;
  const comma = ctx.text.indexOf(',', sentenceStart);
  if (comma < 0 || comma >= cueStart) return null;
  // The subject is a group whose members the interruption names: the group speaks.
  if (MEMBERS_OPENER.test(ctx.text.slice(comma + 1, cueStart))) {
    const group = includingGroup(ctx, sentenceStart, comma);
    if (group !== null) return group;
  }
  if (comma >= named.start || !CLOSES_INTERRUPTION.test(ctx.text.slice(named.end, cueStart))) return null;
  return interruptedPerson(ctx, sentenceStart, comma, named) ?? laterSubjectBefore(ctx, sentenceStart, named);
}

/** The person right before an interruption's opening comma, led only by a conjunction or title from `from`. */
function interruptedPerson(ctx: QuoteContext, from: number, comma: number, named: { readonly start: number }): SpeakerCandidate | null {
  const subject = findCandidates(ctx, from, comma).filter((c) => c.kind === 'person').pop();
  if (subject === undefined || subject.start === named.start || !PARTY_TAG_ONLY.test(ctx.text.slice(subject.end, comma))) return null;
  const lead = ctx.text.slice(from, subject.start);
  return SUBJECT_LEAD.test(lead) && lead.split(/\s+/).filter(Boolean).length <= MAX_SUBJECT_LEAD_WORDS ? subject : null;
}

/** Nothing, or a party and state tag, between a subject and its comma ("Sen. Roy Blunt (R-Mo.),"). */
const PARTY_TAG_ONLY = /^\s*(?:\([^()]{1,12}\))?\s*$/;
/** A clause's boundary before its subject: a comma, semicolon or dash. */
const CLAUSE_BOUNDARY = /[,;—–]|\s--\s/g;

/**
 * The subject of a later clause of the sentence, interrupted the same way ("… airspace, as Peña
 * Nieto, contradicting Trump, said he had told …"): the interruption opens at the last comma before
 * the source words, and the subject stands between the clause boundary before it and that comma.
 */
function laterSubjectBefore(ctx: QuoteContext, sentenceStart: number, named: { readonly start: number }): SpeakerCandidate | null {
  const open = ctx.text.lastIndexOf(',', named.start);
  if (open <= sentenceStart) return null;
  let from = sentenceStart;
  CLAUSE_BOUNDARY.lastIndex = 0;
  const before = ctx.text.slice(sentenceStart, open);
  for (let m = CLAUSE_BOUNDARY.exec(before); m !== null; m = CLAUSE_BOUNDARY.exec(before)) from = sentenceStart + m.index + m[0].length;
  return from === sentenceStart ? null : interruptedPerson(ctx, from, open, named);
}
