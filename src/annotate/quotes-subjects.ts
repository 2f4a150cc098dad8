/** The subject of a cue's clause: a relative's antecedent, a verb's subject before it, a coordinated verb's subject and a reporter before a quote. */
import { DEMONYMS } from './gazetteer/words.js';
import { apposedBody, appositiveHead, CLAUSE_OPENING, headBefore, inAppositive, openingClauseCandidates, openingSubject, outermostHead, prepositionObjects } from './quotes-appositives.js';
import { APPOSITIVE_OPENER, findCandidates, PAST_VERB_NEXT, PERSONLIKE, RELATIVE_BEFORE, RELATIVE_GAP, subjectPhrase, type CueForm, type SpeakerCandidate } from './quotes-candidates.js';
import type { QuoteContext } from './quotes-context.js';
import { ADVERBS_RE, PARTY_TAG_AFTER_NAME } from './quotes-lexicon.js';

/** ", which said", ", who told": a relative pronoun after a comma, right before the cue. */
const COMMA_RELATIVE = /,\s+(?:which|who)\s+(?:\p{Ll}+ly\s+|also\s+|later\s+)?$/u;
/** A comma and an appositive opening with an article, which may hold a place's comma ("…, a gynecologist from Englewood, New Jersey"). */
const APPOSITIVE = String.raw`,\s+(?:a|an|the)\s[^;:.]{1,100}`;
/** An appositive of a person running to the relative's comma. */
const WHO_APPOSITIVE = new RegExp(`${APPOSITIVE}$`);
/** A preposition right before a name, other than the agent's "by". */
const NON_AGENT_BEFORE = /\b(?:of|on|at|in|with|to|for|from|into|about|against|over)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
/** Between an antecedent and the relative's comma: nothing, or an appositive describing it (", a gay men and lesbian group", ", a gynecologist from Englewood, New Jersey"). */
const ANTECEDENT_GAP = new RegExp(`^(?:${APPOSITIVE})?$`);

/** A written text and who signed, wrote or sent it, up to a relative clause's comma ("a letter signed by all 42 Senate Republicans"). */
const SIGNED_TEXT = /\b(?:letter|statement|memo|note|e-?mail|petition|op-ed|declaration)\s+(?:(?:signed|written|sent|issued|released)\s+(?:jointly\s+)?by|from)\s+[^,;:.]{2,80}$/;

/** After "by": a quantifier or number, then capitalised words closing with a plural ("all 42 | Senate Republicans"). */
const SIGNERS = /^(?:by|from)\s+(?:(?:all|the|some|several|many|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+)*((?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}\p{Ll}+s)$/u;

/**
 * The one a relative clause right before the cue is about ("denounced by the Log Cabin Republicans, a
 * gay men and lesbian group, which said"): the last name before its comma, across an appositive.
 */
function relativeAntecedent(ctx: QuoteContext, cands: readonly SpeakerCandidate[], cueStart: number): SpeakerCandidate | null {
  const before = ctx.text.slice(Math.max(0, cueStart - 40), cueStart);
  const m = COMMA_RELATIVE.exec(before);
  if (m === null) return null;
  const comma = cueStart - m[0].length;
  // "a letter signed by all 42 Senate Republicans, which stated": the text's signers speak.
  const signed = /which/.test(m[0]) ? SIGNED_TEXT.exec(ctx.text.slice(Math.max(0, comma - 120), comma)) : null;
  if (signed !== null) {
    const by = comma - signed[0].length + signed[0].search(/\s(?:by|from)\s/) + 1;
    const phrase = SIGNERS.exec(ctx.text.slice(by, comma));
    // People counted by a plural ("all 42 Senate Republicans") are the group; else the one named first.
    if (phrase !== null && !cands.some((c) => c.kind === 'person' && c.start >= by && c.end <= comma)) {
      const start = comma - phrase[1]!.length;
      return { start, end: comma, text: phrase[1]!, kind: 'group', name: null };
    }
    const signer = cands.find((c) => c.start >= by && c.end <= comma && c.kind !== 'pronoun' && c.kind !== 'place');
    if (signer !== undefined) return signer;
  }
  for (let i = cands.length - 1; i >= 0; i -= 1) {
    const c = cands[i]!;
    if (c.end > comma) continue;
    // "Alan Berger, a gynecologist from Englewood, New Jersey, who said": a place inside the person's appositive is not who speaks.
    if (/who/.test(m[0]) && (c.kind === 'place' || c.kind === 'organization') && WHO_APPOSITIVE.test(ctx.text.slice(Math.max(0, c.start - 120), comma))) continue;
    // An object of a preposition other than "by" is a place or body in a description ("the top Democrat on the Senate Intelligence Committee, who").
    const object = NON_AGENT_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 40), c.start));
    const gap = ctx.text.slice(c.end, comma);
    // "which" may be about a thing named earlier ("an analysis, first reported by the Boston Globe, which concluded"):
    // only a body described in apposition right before it is surely its antecedent.
    const fits = /who/.test(m[0]) || gap !== '';
    return c.kind !== 'pronoun' && !object && fits && ANTECEDENT_GAP.test(gap) ? c : null;
  }
  return null;
}

/**
 * A written text a restrictive relative clause before the cue is about: "the part of the U.S. code that
 * says: “…”", "a sign that read". Not a statement, letter or post, which speak for their author.
 */
const TEXT_THAT = /\b((?:the|a|an|this|its|their)\s+(?:[\p{L}.’'-]+\s+){0,4}?(?:code|law|statute|provision|section|clause|rule|regulation|ordinance|sign|banner|placard|poster|headline|caption|label|plaque|inscription|bill|amendment|resolution|policy|treaty|agreement|contract|constitution|charter|ad|advertisement|slogan|motto))\s+(?:that|which)\s+(?:also\s+)?$/u;

/** Between a speaker and the place where it is ("… Service| in |Miami"). */
const LOCATED_IN = /^\s+(?:in|at)\s+(?:the\s+)?$/;

/** A clause ending on a relative pronoun, which `TEXT_THAT` needs. */
const RELATIVE_END = /\b(?:that|which)\s+(?:also\s+)?$/;

/** Words of a clause ending on a past verb and a determiner, before the one named next: the clause's own subject came before. */
const OBJECT_AFTER_VERB = /\S\s+\p{Ll}{3,}ed\s+(?:(?:the|a|an|his|her|their|its)\s+)?$/u;

export function subjectBefore(ctx: QuoteContext, clauseStart: number, cueStart: number, form: CueForm, lenient: boolean): SpeakerCandidate | null {
  // Most clauses do not end on "that" or "which": checked on the last characters before the pattern's scan.
  const written = form === 'finite' && RELATIVE_END.test(ctx.text.slice(Math.max(clauseStart, cueStart - 16), cueStart)) ? TEXT_THAT.exec(ctx.text.slice(clauseStart, cueStart)) : null;
  if (written !== null) {
    const start = clauseStart + written.index;
    return { start, end: start + written[1]!.length, text: written[1]!, kind: 'description', name: null };
  }
  const cands = findCandidates(ctx, clauseStart, cueStart);
  if (cands.length === 0) return lenient ? null : subjectPhrase(ctx, clauseStart, cueStart);
  const antecedent = relativeAntecedent(ctx, cands, cueStart);
  if (antecedent !== null) return antecedent;
  let adjacent = [...cands].reverse().find((c) => ADVERBS_RE.test(ctx.text.slice(c.end, cueStart).replace(PARTY_TAG_AFTER_NAME, '')));
  // A place where the speaker is is no speaker ("The U.S. National Weather Service in Miami said", "observers in Kosovo reported").
  if (adjacent?.kind === 'place') {
    const at = cands.indexOf(adjacent);
    const located = cands[at - 1];
    if (located !== undefined && (PERSONLIKE.has(located.kind) || located.kind === 'organization') && LOCATED_IN.test(ctx.text.slice(located.end, adjacent.start))) adjacent = located;
  }
  if (adjacent !== undefined) {
    const at = cands.indexOf(adjacent);
    const subject = cands.slice(0, at).reverse().find((c) => PERSONLIKE.has(c.kind) && RELATIVE_GAP.test(ctx.text.slice(c.end, c.end + 6))
      && !/[,;:\u2014\u2013]|--/.test(ctx.text.slice(c.end, adjacent?.start ?? c.end)));
    if (subject !== undefined) adjacent = subject;
  }
  if (form === 'finite') {
    const coordinated = coordinatedSubject(ctx, cands, clauseStart, cueStart);
    if (coordinated !== null) return coordinated;
  }
  // A participle hangs on the clause's subject, not on the object right before it ("attacked Rubio, saying").
  if (form === 'participle') {
    // "with Chairman Trey Gowdy saying": the participle's subject is the one "with" introduces.
    if (adjacent !== undefined && PERSONLIKE.has(adjacent.kind) && /^\s+$/.test(ctx.text.slice(adjacent.end, cueStart))
      && WITH_SUBJECT_BEFORE.test(ctx.text.slice(clauseStart, adjacent.start))) return adjacent;
    // After a reporting clause of its own ("…, Nefzi said, adding"), the participle is that clause's.
    const reporter = reporterBefore(ctx, cands, cueStart);
    if (reporter !== null) return reporter;
    // A body or country opening the clause before its verb is its subject ("Turkey stepped up pressure on Italy for the
    // extradition of … Abdullah Ocalan, saying"), whoever the clause names after it.
    const opener = cands[0];
    if (opener !== undefined && (opener.kind === 'place' || opener.kind === 'organization') && /^[\s"“]*$/.test(ctx.text.slice(clauseStart, opener.start))
      && PAST_VERB_NEXT.test(ctx.text.slice(opener.end, opener.end + 40))) return opener;
    // Not inside an opening prepositional phrase ("In a statement released Thursday, Rep. Jeffries reacted, saying"),
    // nor inside an opening participle or subordinate clause ("Asked whether Mr. Obama lacked sympathy, Mr. Santorum
    // did not back down, saying").
    const objects = prepositionObjects(ctx, cands, clauseStart);
    for (const c of openingClauseCandidates(ctx, cands, clauseStart)) objects.add(c);
    // A nationality qualifying a noun is no subject ("the extradition of captured Kurdish rebel leader Abdullah Ocalan, saying").
    const subject = cands.find((c) => PERSONLIKE.has(c.kind) && !inAppositive(ctx, cands, clauseStart, c, cueStart) && !objects.has(c)
      && !(c.kind === 'name' && DEMONYMS.has(c.text)));
    // The first one named right after a verb is its object, and the subject words no candidate covers ("A young man,
    // dressed in a jacket and tie, approached the congressman on a sidewalk, saying").
    if (subject !== undefined && OBJECT_AFTER_VERB.test(ctx.text.slice(clauseStart, subject.start))) return subjectPhrase(ctx, clauseStart, cueStart);
    if (subject !== undefined) return subject;
    // Else a body opening the clause ("Apple defended the design, saying"; "Fiorina", a name the tagger
    // typed a body, "was upfront about her distaste for Donald Trump, saying").
    const body = cands[0];
    if (body?.kind === 'organization' && /^[\s"“]*$/.test(ctx.text.slice(clauseStart, body.start))) return body;
    // After a comma, every one a preposition's object ("took a shot at President Obama and the first
    // lady, writing"): the subject is words no candidate covers. Right after a name, with no comma,
    // the participle is that one's ("footage of Trump saying …").
    const afterComma = /,\s*$/.test(ctx.text.slice(clauseStart, cueStart));
    if (afterComma && cands.every((c) => !PERSONLIKE.has(c.kind) || objects.has(c))) return lenient ? null : subjectPhrase(ctx, clauseStart, cueStart);
  }
  if (adjacent !== undefined) {
    // "a relationship Xi views as": a name after a plain noun starts a relative clause, not an appositive tail.
    const relative = RELATIVE_BEFORE.test(ctx.text.slice(clauseStart, adjacent.start));
    const head = relative ? undefined : appositiveHead(ctx, cands, clauseStart, adjacent.start, cueStart);
    if (head !== undefined) return outermostHead(ctx, cands, clauseStart, head, cueStart);
    if (PERSONLIKE.has(adjacent.kind)) return adjacent;
  }
  // An appositive or relative clause between subject and cue: "Xi, who met Putin, said".
  const opener = openingSubject(ctx, cands, clauseStart, cueStart);
  if (opener !== null) return opener;
  const text = ctx.text.slice(clauseStart, cueStart);
  for (let i = text.lastIndexOf(','); i >= 0; i = i > 0 ? text.lastIndexOf(',', i - 1) : -1) {
    if (!APPOSITIVE_OPENER.test(text.slice(i + 1))) continue;
    const at = clauseStart + i;
    const head = headBefore(ctx, cands, at);
    if (head !== undefined) return head;
  }
  const agency = apposedBody(ctx, cands, cueStart);
  if (agency !== null) return agency;
  const free = cands.filter((c) => PERSONLIKE.has(c.kind) && !inAppositive(ctx, cands, clauseStart, c, cueStart));
  // A participle hangs on the clause's subject: "Li agreed, saying …", "He spoke about … stating".
  if (form === 'participle' && free[0] !== undefined) return free[0];
  if (lenient) {
    const nearest = [...free].reverse().find((c) => c.kind === 'person' || c.kind === 'pronoun' || c.kind === 'name');
    if (nearest !== undefined) return nearest;
  }
  return adjacent ?? (lenient ? null : subjectPhrase(ctx, clauseStart, cueStart));
}

/** "with" and at most a few capitalised title words before a participle's subject ("…, with House Chairman Trey Gowdy saying"). */
const WITH_SUBJECT_BEFORE = /(?:^|[,;\s])with\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;

/** "and" (after a comma or not, with an adverb) right before a cue: the cue is the clause's second verb. */
const COORDINATED_VERB_BEFORE = /,?\s+and\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?$/u;
/** What ends the clause before a coordinated verb's own: a comma, semicolon, colon or dash. */
const CLAUSE_BREAK = /[,;:\u2014\u2013]|\s-\s|--/g;

/**
 * The subject of a cue coordinated with its clause's first verb ("Clinton repeatedly invoked President
 * Obama and suggested", "Mrs. Clinton shook her head and said"): the first one named in the clause
 * after its last break, when that one is no preposition's object. The name right before "and" is the
 * first verb's object. Null when the clause names no one there (the default rules then decide).
 */
function coordinatedSubject(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number, cueStart: number): SpeakerCandidate | null {
  const before = ctx.text.slice(clauseStart, cueStart);
  const and = COORDINATED_VERB_BEFORE.exec(before);
  if (and === null) return null;
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m !== null && m.index < and.index; m = CLAUSE_BREAK.exec(before)) from = m.index + m[0].length;
  const inClause = cands.filter((c) => c.start >= clauseStart + from && c.end <= clauseStart + and.index);
  const [subject, next] = inClause;
  if (subject === undefined || next === undefined || !(PERSONLIKE.has(subject.kind) || subject.kind === 'organization')) return null;
  // The subject opens the clause, and a verb follows it before the next one named (else that one may be its apposition).
  return CLAUSE_OPENING.test(ctx.text.slice(clauseStart + from, subject.start)) && VERB_WORD.test(ctx.text.slice(subject.end, next.start)) ? subject : null;
}
/** A lower-case word that is no preposition, article or conjunction: a verb between the subject and its object. */
const VERB_WORD = /(?:^|\s)(?!(?:of|the|a|an|and|or|for|at|in|on|from|with|to|by)\b)\p{Ll}{2,}/u;

/** Verbs of saying that stand without an object in a reporting clause after what it reports ("…, Nefzi said,"). */
const BARE_REPORTING = '(?:said|says|added|adds|wrote|writes|explained|explains|noted|notes|continued|replied|responded|insisted|argued|argues|recalled|stressed)';
/** The reporting verb, an adverb, then the comma before the participle: the text after its subject. */
const REPORTER_THEN_COMMA = new RegExp(`^\\s+(?:\\p{Ll}+ly\\s+)?${BARE_REPORTING}(?:\\s+\\p{Ll}+ly)?,\\s*$`, 'u');
/** The reporting verb right before an inverted subject ("…, said Mr. Pike, noting"). */
const REPORTING_BEFORE_SUBJECT = new RegExp(`(?:^|[\\s,])${BARE_REPORTING}\\s+$`, 'u');

/**
 * The one a reporting clause right before a participle names, after or before its verb: "Mateen
 * didn't mingle …, Nefzi said, adding, “…”", "…, said Mr. Pike, noting that". The participle
 * continues that clause, so its subject speaks, not the subject of what it reported.
 */
function reporterBefore(ctx: QuoteContext, cands: readonly SpeakerCandidate[], cueStart: number): SpeakerCandidate | null {
  const last = cands[cands.length - 1];
  if (last === undefined || !PERSONLIKE.has(last.kind)) return null;
  const tail = ctx.text.slice(last.end, cueStart);
  if (REPORTER_THEN_COMMA.test(tail)) return last;
  return /^,\s*$/.test(tail) && REPORTING_BEFORE_SUBJECT.test(ctx.text.slice(Math.max(0, last.start - 20), last.start)) ? last : null;
}
