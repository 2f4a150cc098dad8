/** Speakers written beside their description: heads of appositives, objects of prepositions, opening clauses and bodies apposed to a name. */
import { APPOSITIVE_OPENER, findCandidates, ORG_NOUNS, PERSONLIKE, type CandidateKind, type SpeakerCandidate } from './quotes-candidates.js';
import { sentenceIndexAt, type QuoteContext } from './quotes-context.js';
import { alternation } from './quotes-lexicon.js';

/** What may follow a name before its appositive's comma: a suffix, a party tag, an "of" place ("John Kasich of Ohio"). */
const HEAD_TAIL = /^(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?|\s*\([^()]*\)|\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)*\s*$/u;

/** The speaker-like candidate whose name (and tail) ends right before the comma at `at`. */
export function headBefore(ctx: QuoteContext, cands: readonly SpeakerCandidate[], at: number): SpeakerCandidate | undefined {
  // A name ending an opening prepositional phrase heads no appositive ("At a press conference in Chelsea, the mayor said").
  return cands.find((c) => c.end <= at && PERSONLIKE.has(c.kind) && HEAD_TAIL.test(ctx.text.slice(c.end, at))
    && !endsOpeningPhrase(ctx, c.start)
    && !cands.some((d) => d !== c && d.start >= c.end && d.end <= at && PERSONLIKE.has(d.kind)));
}

/** A sentence opening with a prepositional phrase, up to a name inside it ("At a press conference in |Chelsea"). */
const OPENING_PHRASE = /^[\s"“]*(?:at|in|on|during|after|before|from|with|inside|outside|near|across|throughout|within)\s[^,;:.!?]*$/iu;

/** Whether the name at `pos` lies in the prepositional phrase that opens its sentence: what follows its comma is the clause, no appositive. */
export function endsOpeningPhrase(ctx: QuoteContext, pos: number): boolean {
  const sentence = ctx.sentences[sentenceIndexAt(ctx, pos)];
  return sentence !== undefined && sentence.start <= pos && OPENING_PHRASE.test(ctx.text.slice(sentence.start, pos));
}

/** The candidate ending just before the comma that opens an appositive holding `pos`, if any. */
export function appositiveHead(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number, pos: number, cueStart: number): SpeakerCandidate | undefined {
  const before = ctx.text.slice(clauseStart, pos);
  const closedByComma = /,\s*$/.test(ctx.text.slice(pos, cueStart).replace(/\s*(?:also|later|then)\s*$/, ''));
  // An appositive may hold commas of its own ("Paul Porter, a truck driver from Ava, Mo., who …, said"):
  // when the comma nearest the words has no person before it, the ones before it are tried.
  let comma = before.lastIndexOf(',');
  for (let tries = 0; comma >= 0 && tries < MAX_APPOSITIVE_COMMAS; tries += 1, comma = comma > 0 ? before.lastIndexOf(',', comma - 1) : -1) {
    const at = clauseStart + comma;
    const region = ctx.text.slice(at + 1, cueStart);
    if (!APPOSITIVE_OPENER.test(region) && !closedByComma) return undefined;
    // A titled name right before the cue is the subject, not an appositive ("about Trump, President Barack Obama said").
    if (!closedByComma && TITLED_SUBJECT.test(ctx.text.slice(at + 1, pos)) && cands.some((c) => c.start === pos && c.kind === 'person')) return undefined;
    const head = headBefore(ctx, cands, at);
    if (head !== undefined || tries === 0 && !closedByComma) return head;
  }
  return undefined;
}

/** Capitalised title words alone between a comma and a name ("President", "Former Gov."). */
const TITLED_SUBJECT = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u;

/** How many commas back an appositive's head is looked for. */
const MAX_APPOSITIVE_COMMAS = 4;

/**
 * The clause's subject when an appositive's head sits in an appositive itself ("Evan Wolfson, the
 * founder of Freedom to Marry, a gay rights organization, said": "Marry" heads the last appositive,
 * Evan Wolfson the one holding it). Every appositive between subject and cue describes the subject.
 */
export function outermostHead(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number, head: SpeakerCandidate, cueStart: number): SpeakerCandidate {
  let outer = head;
  for (let depth = 0; depth < MAX_APPOSITIVE_COMMAS; depth += 1) {
    const next = appositiveHead(ctx, cands, clauseStart, outer.start, cueStart);
    if (next === undefined || next.start >= outer.start) break;
    outer = next;
  }
  // Only a person opening the clause is its subject ("Of Carson, Levine, who …, said"; "aides to Gov. Chris Christie …, and Gov. John R. Kasich …, said").
  return outer !== head && outer.kind === 'person' && CLAUSE_OPENING.test(ctx.text.slice(clauseStart, outer.start)) ? outer : head;
}

export function inAppositive(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number, cand: SpeakerCandidate, cueStart: number): boolean {
  return appositiveHead(ctx, cands, clauseStart, cand.start, cueStart) !== undefined;
}

/** Kinds that may sit in a person's appositive or title tail without being the speaker. */
const OWNED_KINDS = new Set<CandidateKind>(['organization', 'place', 'name', 'description']);
/**
 * What may lie between a person and an organisation, place or stray name that only describes them:
 * a suffix, a party tag, then an appositive (", founder of the "), an "of"/"at" phrase or an opening
 * parenthesis ("Gov. John Kasich (R-OH)", "Senator John Cornyn of Texas, the No. 2 Republican in the Senate").
 */
const DESCRIBES_PERSON = /^(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?(?:\s*\([^()]*\))?(?:,\s+|\s+(?:of|at|from)\s+|\s*\(\s*)[^,;:()"\u201c\u201d]{0,90}(?:,\s[^,;:()"\u201c\u201d]{0,60})?$/u;

/** A title between a preposition and the name it governs ("at President Obama"), as a pattern's source. */
export const TITLE_BEFORE_OBJECT = String.raw`(?:(?:President|Vice President|Sen|Senator|Rep|Gov|Governor|Mr|Mrs|Ms|Dr|Gen)\.?\s+)?`;
/** A preposition (and determiner, a country's initials and a title) right before a name: the name is an object, not a subject ("by the U.S. Embassy"). */
const OBJECT_BEFORE = new RegExp(String.raw`\b(?:to|in|on|at|with|for|about|from|by|against|over|of|into|after|before)\s+(?:the\s+)?(?:\p{Lu}\.(?:\p{Lu}\.)+\s+)?${TITLE_BEFORE_OBJECT}$`, 'iu');

/** Candidates a preposition governs ("at President Obama"), and those joined to one by "and" or "or" ("… and the first lady"). */
export function prepositionObjects(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number): Set<SpeakerCandidate> {
  const objects = new Set<SpeakerCandidate>();
  cands.forEach((c, i) => {
    const previous = cands[i - 1];
    if (OBJECT_BEFORE.test(ctx.text.slice(clauseStart, c.start))
      || (previous !== undefined && objects.has(previous) && /^\s+(?:and|or)\s+$/.test(ctx.text.slice(previous.end, c.start)))) objects.add(c);
  });
  return objects;
}

/** A comma, then a title at most, right before a name ("…, Mr. |Santorum"). */
const COMMA_THEN_TITLE = new RegExp(String.raw`,\s*${TITLE_BEFORE_OBJECT}$`, 'iu');

/** A clause opening with a participle or a subordinator, which ends at a comma before the main clause's subject. */
const OPENING_CLAUSE = /^[\s"“]*(?:Asked|Pressed|Questioned|Told|Speaking|Responding|Reacting|Referring|Appearing|Challenged|Confronted|When|While|Although|Though|Because|If|Since|Unless|Whereas)\s/u;

/**
 * The candidates of an opening participle or subordinate clause ("Asked whether Mr. Obama lacked
 * sympathy, | Mr. Santorum …"): everything before the first comma that a person-like candidate
 * follows as the main clause's subject (then a word, not another comma).
 */
export function openingClauseCandidates(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number): SpeakerCandidate[] {
  if (!OPENING_CLAUSE.test(ctx.text.slice(clauseStart, clauseStart + 40))) return [];
  for (const subject of cands) {
    if (!PERSONLIKE.has(subject.kind) || !COMMA_THEN_TITLE.test(ctx.text.slice(clauseStart, subject.start)) || !/^\s+\p{Ll}/u.test(ctx.text.slice(subject.end, subject.end + 3))) continue;
    return cands.filter((c) => c.end <= subject.start && c !== subject);
  }
  return [];
}

/**
 * The person whose appositive, title tail or party tag holds a non-person candidate (the "Media
 * Research Center" of "Brent Bozell III, founder of the Media Research Center, said"), if any: the last
 * person named in the clause before it, with no other "and"-joined subject between.
 */
export function describedPerson(ctx: QuoteContext, clauseStart: number, cand: SpeakerCandidate): SpeakerCandidate | null {
  if (!OWNED_KINDS.has(cand.kind)) return null;
  const before = findCandidates(ctx, clauseStart, cand.start);
  // A description also describes an organisation or a name the entity list missed ("America Rising, a conservative political action committee,").
  const owner = [...before].reverse().find((c) => c.kind === 'person' || (cand.kind === 'description' && (c.kind === 'organization' || c.kind === 'name')));
  // A person after a preposition is an object ("When talk turned to Compaq, Fiorina declared").
  // Nor does a name ending an opening phrase own what follows its comma ("Before approaching Mac and Cheese, the president remarked").
  if (owner === undefined || OBJECT_BEFORE.test(ctx.text.slice(clauseStart, owner.start)) || endsOpeningPhrase(ctx, owner.start)) return null;
  const between = ctx.text.slice(owner.end, cand.start);
  return DESCRIBES_PERSON.test(between) && !/\s(?:and|or)\s/.test(between) ? owner : null;
}

/** "quoted X as" right before a participle cue ("The agency quoted Foreign Minister Farouq al-Sharaa as saying"). */
const QUOTED_AS = /\bquot(?:ed|es|ing)\s+([^.;:"“”]{2,160}?)\s+as\s*$/;

/**
 * The one "quoted … as saying" names: the person quoted, not the agency quoting ("The agency also
 * quoted Syrian Foreign Minister Farouq al-Sharaa as saying", "quoted an unnamed official in the
 * Foreign Liaison Secretariat as saying").
 */
export function quotedAs(ctx: QuoteContext, clauseStart: number, cueStart: number): SpeakerCandidate | null {
  const before = ctx.text.slice(clauseStart, cueStart);
  const m = QUOTED_AS.exec(before);
  if (m === null) return null;
  const from = clauseStart + m.index + m[0].indexOf(m[1]!);
  const cands = findCandidates(ctx, from, from + m[1]!.length).filter((c) => PERSONLIKE.has(c.kind) || c.kind === 'organization');
  return cands.find((c) => c.kind === 'person') ?? cands[0] ?? null;
}

/**
 * A person named in apposition after speaker words that only describe (", said the spokesman,
 * Peter Carr.", "said the statement from Grimm's attorney, William McGinley."): the person speaks.
 */
export function apposedPerson(ctx: QuoteContext, cand: SpeakerCandidate, limit: number): SpeakerCandidate | null {
  if (cand.kind === 'person' || cand.kind === 'pronoun') return null;
  const m = ctx.mentions.find((x) => x.type === 'person' && x.start > cand.end && x.start <= cand.end + APPOSED_CHARS && x.end <= limit
    && APPOSED_GAP.test(ctx.text.slice(cand.end, x.start)));
  if (m === undefined || !/^\s*(?:[.,;]|$)/.test(ctx.text.slice(m.end, m.end + 3))) return null;
  return { start: m.start, end: m.end, text: m.text, kind: 'person', name: m.name };
}
/** Between described speaker words and the name apposed to them: a comma, after an optional "from …" ("the statement from Grimm's attorney, "). */
const APPOSED_GAP = /^(?:\s+(?:from|of|for|at)\s+[^,.;]{1,60})?,\s+$/;
const APPOSED_CHARS = 80;

/** What joins a person to the next one of a list: a tail ("(Vt.)", "of Texas"), a comma or "and", then up to three words of title ("former Maryland governor"). */
const LIST_JOINT = /^(?:\s*\([^()]*\)|\s+of\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)?(?:\s*,\s*|\s*,?\s+and\s+)(?:[\p{L}.’'-]+\s+){0,3}$/u;

/**
 * The first person of a list ending with the person found ("Carson, Fiorina and Huckabee have all
 * characterized", "Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez argued"): the list speaks,
 * and it is named by its first member. Null when the person does not close such a list of three or more.
 */
export function listOpener(ctx: QuoteContext, clauseStart: number, found: SpeakerCandidate): SpeakerCandidate | null {
  if (found.kind !== 'person' || !/\sand\s/.test(ctx.text.slice(Math.max(clauseStart, found.start - 40), found.start))) return null;
  const before = findCandidates(ctx, clauseStart, found.start);
  let first: SpeakerCandidate | null = null;
  let next = found;
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const c = before[i]!;
    const joint = ctx.text.slice(c.end, next.start);
    if (c.kind !== 'person' || !LIST_JOINT.test(joint) || (next === found) !== /\sand\s/.test(joint)) break;
    first = c;
    next = c;
  }
  // "Xi and Putin" is named by either; only a longer list is named by its first member alone.
  return first !== null && /,/.test(ctx.text.slice(first.end, found.start)) ? first : null;
}

/** A description's head noun, then the comma opening a name in apposition ("… party leader, Marine Le Pen,"). */
const BEFORE_APPOSED_NAME = /^(?:(?:\s+\p{Ll}[\p{L}-]*){0,2}|\s+and\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+),\s+$/u;

/**
 * The person a description names in apposition ("France’s far-right National Front party leader,
 * Marine Le Pen, voiced support …, saying"): the description's words are the role, the name the speaker.
 */
export function namedInApposition(ctx: QuoteContext, found: SpeakerCandidate, cueStart: number): SpeakerCandidate | null {
  if (found.kind !== 'description') return null;
  const after = findCandidates(ctx, found.end, cueStart);
  // A second role joined by "and" may name a body first ("the president and Communist Party chief, Jiang Zemin,").
  const person = after.find((c) => c.kind === 'person');
  if (person === undefined || after.some((c) => c.start < person.start && PERSONLIKE.has(c.kind))) return null;
  return BEFORE_APPOSED_NAME.test(ctx.text.slice(found.end, person.start)) && /^,/.test(ctx.text.slice(person.end, person.end + 1)) ? person : null;
}

/** After the commas closing an aside: at most a few words (adverbs, an auxiliary) before the cue. */
const AFTER_ASIDE = /^,\s+(?:[\p{Ll}]+\s+){0,2}$/u;

/**
 * A person opening the clause, then an aside between commas, then the cue ("Mary Cheney, openly
 * lesbian and married to Heather Poe since 2012, reportedly posted"): the person opening it speaks,
 * not a name inside the aside.
 */
/** Who may open a clause before an aside set off by commas ("The Palestinian cabinet, in a statement issued …, accused"). */
const ASIDE_SUBJECT_KINDS: ReadonlySet<CandidateKind> = new Set(['person', 'description', 'organization']);

export function openingSubject(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number, cueStart: number): SpeakerCandidate | null {
  const first = cands[0];
  if (first === undefined || !ASIDE_SUBJECT_KINDS.has(first.kind) || !/^[\s"“]*$/.test(ctx.text.slice(clauseStart, first.start)) || ctx.text[first.end] !== ',') return null;
  const close = ctx.text.lastIndexOf(',', cueStart - 1);
  return close > first.end && AFTER_ASIDE.test(ctx.text.slice(close, cueStart)) ? first : null;
}

/** Between a body's name in apposition and the cue: its closing comma and at most two adverbs. */
const APPOSED_BODY_TO_CUE = /^,\s+(?:\p{Ll}+ly\s+){0,2}$/u;

/**
 * A body's name in apposition to a description of it, right before the cue ("Libya's official news
 * agency, JANA, initially reported"): the body speaks, not a person named earlier in the clause.
 */
export function apposedBody(ctx: QuoteContext, cands: readonly SpeakerCandidate[], cueStart: number): SpeakerCandidate | null {
  const name = cands[cands.length - 1];
  const head = cands[cands.length - 2];
  if (name === undefined || head === undefined || head.kind !== 'description' || !BODY_KINDS.has(name.kind)) return null;
  // The description may stop at a role noun its body's noun follows ("Libya's official| news agency").
  const described = /^((?:\s+\p{Ll}+){0,2}),\s+$/u.exec(ctx.text.slice(head.end, name.start));
  if (described === null || !ORG_NOUN_END.test(head.text + described[1]!) || !APPOSED_BODY_TO_CUE.test(ctx.text.slice(name.end, cueStart))) return null;
  return { ...name, kind: 'organization' };
}
const BODY_KINDS = new Set<CandidateKind>(['organization', 'place', 'name']);
/** A description ending with a body's noun ("Libya's official news agency"). */
const ORG_NOUN_END = new RegExp(`(?:${alternation(ORG_NOUNS)})$`, 'iu');

/** Before a clause's subject: at most a conjunction or an adverb ("and the", "But"). */
export const CLAUSE_OPENING = /^[\s"“]*(?:(?:and|but|then|so|yet|later|however|still|\p{L}+ly)\s+)?$/iu;
