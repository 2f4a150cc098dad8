/**
 * Turns the words naming a speaker into a full name: a mention's entity, a surname looked up in the
 * entities, a pronoun's antecedent, or the person introduced earlier with a role word.
 */
import { stateForms } from './gazetteer/places.js';
import { DEMONYMS } from './gazetteer/words.js';
import { partitionPoint } from './partition-point.js';
import { CLOSING_NAME_SUFFIX } from './person-names.js';
import { endsOpeningPhrase } from './quotes-appositives.js';
import { findCandidates, headsBody, withoutHeadlineVerb, writtenLower, type SpeakerCandidate } from './quotes-candidates.js';
import { entityByWords, insideMarks, sentenceIndexAt, type QuoteContext } from './quotes-context.js';
import { genderEvidence, roleGender, type Gender } from './quotes-gender.js';
import { escapeRegExp, SUBJECT_FORMS } from './quotes-lexicon.js';
import { AFTER_CLOSE, APPOSITIVE, APPOSITIVE_WINDOW, appositiveHead, BODY_AFTER_DETERMINER, BODY_HEAD_ROLES, BODY_NOUN, BODY_NOUN_FITS, CUT_NAME_CHARS, CUT_NAME_REST, DETERMINER, DOCUMENT, DOCUMENT_WINDOW, EPITHET, FORMER_EPITHET, GROUP_LEAD, GROUP_SUBJECT_LEAD, holdsWithin, HONORIFIC, INNER_SUBORDINATOR, isHeadline, ISSUED, ISSUED_DOCUMENTS, ISSUER_AFTER_THE, ISSUER_NAME, lastWord, LIST_JOIN, MAX_OWNER_GAP, MAX_PRONOUN_DEPTH, mayHold, MODIFIER_PREFIX, NAME_WORD, OBJECT_OF, OF_TAIL, OFFICE_OF_ROLE, OFFICE_TITLE, offsetsOf, OPENS_WITH_TITLE, ORG_TAIL, OWNED_ROLE, OWNER_MARK, PARTICIPLE_OPENING, PARTY_WORDS, patternsOf, PERSON_ROLES, PERSONAL_NAME, PLACE_WORDS, placeOrParty, PLURAL_SUBJECT, PREPOSITION_OBJECT, PRONOUN_OWNER, PRONOUN_SENTENCE_WINDOW, QUANTIFIED_PLURAL, QUOTE_THEN_ATTRIBUTION, RECENT_SPEAKER_WINDOW, reportingSubject, REPORTS_CLAUSE, ROLE_ABBREVIATIONS, SAYS_AFTER, SENTENCE_LEAD, SPEAKS_FOR, STATE_MEMBER, SUBORDINATE_OPENING, SUBORDINATE_START, TITLE_BREAK, TITLE_WINDOW, TOPIC_OPENING, WORK, WORK_BY } from './quotes-resolve-patterns.js';

/** Resolves speaker words in reading order; remembers who spoke for later pronouns. */
export interface SpeakerResolver {
  resolve(cand: SpeakerCandidate): string | null;
  /** Records a resolved speaker at an offset: the "most recent speaker" for later pronouns. */
  noteSpeaker(name: string, at: number): void;
}

/** Creates a resolver for one article's context. */
export function createSpeakerResolver(ctx: QuoteContext): SpeakerResolver {
  const genders = genderEvidence(ctx);
  const spoken: { name: string; at: number }[] = [];
  const subjects = new Map<number, string | null>();
  /** Sentences opened by a person's description ("Strzok's attorney, meanwhile, blasted …"), with its words. */
  const described = new Map<number, string>();
  const personNames = new Set(ctx.entities.filter((e) => e.type === 'person').map((e) => e.name));

  // One word the article also writes in lower case is a common word the entity list took for a name ("Already", "Harsh"): no antecedent.
  // A name no entity holds stands for a person only when it reads as a personal name: two to four
  // capitalised words, no possessive ("Axelrod’s memoir", "Compaq Computer" and a lone "Wilson" do not).
  const isPerson = (name: string): boolean => (personNames.has(name) && !(/^\p{Lu}\p{Ll}+$/u.test(name) && writtenLower(ctx, name.toLowerCase())))
    || (!ctx.entities.some((e) => e.name === name) && PERSONAL_NAME.test(name) && !ORG_TAIL.test(name) && !DEMONYMS.has(name.slice(0, name.indexOf(' '))));
  const fits = (name: string, gender: Gender | undefined): boolean =>
    isPerson(name) && (gender === undefined || (genders.get(name) ?? gender) === gender);

  const nameOf = (cand: SpeakerCandidate, depth: number): string | null => {
    switch (cand.kind) {
      case 'pronoun':
        return pronoun(cand, depth);
      case 'description':
        return description(cand);
      case 'group':
        // A group names no one person: it is the speaker as written ("Experts", "Republican leaders"),
        // with its owner's full name when a named one owns it ("Rubio's advisers").
        return owned(cand) ?? cand.name ?? (cand.text.replace(GROUP_LEAD, '') || null);
      case 'name':
        return entityByWords(ctx, cand.text)?.name ?? cand.text.replace(/^the\s+/i, '').replace(HONORIFIC, '');
      default:
        return stateMember(cand) ?? cutShort(cand) ?? cand.name;
    }
  };

  /**
   * "The Wisconsin Republican says": the one person named before with that party and state
   * ("Paul Ryan, R-Wis.", "Ryan (R-Wis.)", "Ryan, a Republican from Wisconsin"); null when none or several are.
   */
  const stateMember = (cand: SpeakerCandidate): string | null => {
    const m = STATE_MEMBER.exec(cand.text);
    const forms = m === null ? [] : stateForms(m[1]!);
    if (m === null || forms.length === 0) return null;
    const party = m[2]!;
    const tag = new RegExp(`^\\s*[,(]?\\s*${party[0]}-(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}])|^,\\s+(?:a\\s+)?${party}\\s+(?:of|from)\\s+${escapeRegExp(m[1]!)}\\b`, 'u');
    const found = new Set<string>();
    for (const mention of ctx.mentions) {
      if (mention.start >= cand.start) break;
      if (mention.type === 'person' && tag.test(ctx.text.slice(mention.end, mention.end + 40))) found.add(mention.name);
    }
    return found.size === 1 ? [...found][0]! : null;
  };

  /**
   * The full name written at a person mention the entity list cut short before a middle initial or an
   * apostrophe ("Benjamin" of "Benjamin J. Rhodes", "Dinesh D" of "Dinesh D’Souza"): the mention's
   * words then stand for someone else of the same given name, so the name as written is the speaker.
   */
  const cutShort = (cand: SpeakerCandidate): string | null => {
    if (cand.kind !== 'person') return null;
    const rest = CUT_NAME_REST.exec(ctx.text.slice(cand.end, cand.end + CUT_NAME_CHARS));
    if (rest === null) return null;
    const written = `${cand.text}${rest[0]}`;
    // The person of the article with that surname and a compatible given name ("Donald J. Trump" is Donald Trump).
    const words = written.replace(CLOSING_NAME_SUFFIX, '').split(/\s+/);
    const given = words[0]!.toLowerCase();
    const surname = words[words.length - 1]!;
    const known = ctx.entities.find((e) => {
      const parts = e.name.split(/\s+/);
      const first = parts[0]!.toLowerCase();
      return e.type === 'person' && parts.length > 1 && parts[parts.length - 1] === surname && (first.startsWith(given) || given.startsWith(first));
    });
    return known?.name ?? written;
  };

  /** The resolved grammatical subject of a sentence: its first speaker-like words outside quotes. */
  const subjectOf = (index: number, depth: number): string | null => {
    const cached = subjects.get(index);
    if (cached !== undefined) return cached;
    const s = ctx.sentences[index];
    if (s === undefined) return null;
    // An opening subordinate clause ("When Mr. Biden went after …, Mr. Ryan reminded …") holds no subject of the sentence.
    const comma = SUBORDINATE_START.test(s.text) ? ctx.text.indexOf(',', s.start) : -1;
    let from = comma > s.start && comma < s.end ? comma + 1 : s.start;
    const subjectLike = (c: SpeakerCandidate) => c.kind === 'person' || c.kind === 'pronoun' || c.kind === 'description' || (c.kind === 'name' && entityByWords(ctx, c.text)?.type === 'person');
    let first = findCandidates(ctx, from, s.end).find(subjectLike);
    // "And on Saturday, one day before William Barr released a summary, Beto O’Rourke charged": a
    // subordinate clause after an opening phrase holds no subject either; it ends at the comma after its subject.
    if (first !== undefined && INNER_SUBORDINATOR.test(ctx.text.slice(from, first.start).split(',').pop() ?? '')) {
      const close = ctx.text.indexOf(',', first.end);
      const next = close > 0 && close < s.end ? findCandidates(ctx, close + 1, s.end).find(subjectLike) : undefined;
      if (next !== undefined) [from, first] = [close + 1, next];
    }
    // No one named as the subject, but a person owns it ("Biden’s argument on Medicare was aimed at voters’ guts. He …").
    const name = first === undefined ? openingOwner(from, s.end) : nameOf(first, depth + 1);
    subjects.set(index, name);
    if (first?.kind === 'description' && /^[\s"“]*$/.test(ctx.text.slice(from, first.start).replace(SENTENCE_LEAD, '')) && PERSON_ROLES.has(lastWord(first.text.replace(OF_TAIL, '')))) {
      described.set(index, first.text);
    }
    return name;
  };

  /** The sentence where the quote closing right before `at` opened, when it opened in an earlier sentence. */
  const quoteOpeningSentence = (at: number): number | null => {
    // Only the attribution of that quote ("…,” he declared"), not a new sentence after it ("…” He added").
    if (!/^\p{Ll}/u.test(ctx.text.slice(at, at + 1))) return null;
    // The last mark closing before `at`: marks come in order of opening, and one opening after `at` closes after it.
    let i = partitionPoint(ctx.marks.length, (k) => ctx.marks[k]!.open < at) - 1;
    while (i >= 0 && ctx.marks[i]!.close >= at) i -= 1;
    const m = ctx.marks[i];
    if (m === undefined || !m.closed || !AFTER_CLOSE.test(ctx.text.slice(m.close + 1, at))) return null;
    const opened = sentenceIndexAt(ctx, m.open);
    return opened < sentenceIndexAt(ctx, at) ? opened : null;
  };

  /** The last person of a sentence who is said to speak there ("X, who said …", "X said …"), if the gender fits. */
  const speakerOfSentence = (index: number, gender: Gender): string | null => {
    const s = ctx.sentences[index];
    if (s === undefined) return null;
    const persons = findCandidates(ctx, s.start, s.end).filter((c) => c.kind === 'person' && c.name !== null && !insideMarks(ctx, c.start));
    // "Mr. O’Rourke, asked if he supported impeaching Mr. Trump, said": the one before the commas speaks.
    const opener = persons[0];
    for (let i = persons.length - 1; i >= 0; i -= 1) {
      const c = persons[i]!;
      if (!SAYS_AFTER.test(ctx.text.slice(c.end, Math.min(s.end, c.end + 40)))) continue;
      if (opener !== undefined && opener !== c && ctx.text.startsWith(',', c.end) && ctx.text.startsWith(',', opener.end)
        && OPENS_WITH_TITLE.test(ctx.text.slice(s.start, opener.start)) && fits(opener.name!, gender)) return opener.name;
      if (fits(c.name!, gender)) return c.name;
    }
    return null;
  };

  /** The one person a sentence names outside quote marks, as a clause's subject, if the gender fits and there is no other. */
  const onlyPersonOf = (index: number, gender: Gender): string | null => {
    const s = ctx.sentences[index];
    if (s === undefined) return null;
    const names = new Set<string>();
    for (const c of findCandidates(ctx, s.start, s.end)) {
      if (c.kind !== 'person' || c.name === null || insideMarks(ctx, c.start)) continue;
      // Only a clause's subject counts: a name its verb follows ("Jiang delivered"), not an object ("he said Ryan.").
      if (PREPOSITION_OBJECT.test(ctx.text.slice(s.start, c.start)) || !/^\s+\p{Ll}/u.test(ctx.text.slice(c.end, c.end + 3))) return null;
      names.add(c.name);
    }
    if (names.size !== 1) return null;
    const [name] = names;
    return fits(name!, gender) ? name! : null;
  };

  const pronoun = (cand: SpeakerCandidate, depth: number): string | null => {
    // An object form stands for its subject ("ITAR-Tass quoted him as saying").
    const word = SUBJECT_FORMS.get(cand.text.toLowerCase()) ?? cand.text.toLowerCase();
    if (word === 'they' && depth <= MAX_PRONOUN_DEPTH) return plural(cand, depth);
    if (word === 'it' && depth <= MAX_PRONOUN_DEPTH) return bodySpoken(cand, depth);
    if ((word !== 'he' && word !== 'she') || depth > MAX_PRONOUN_DEPTH) return null;
    const gender: Gender = word === 'he' ? 'm' : 'f';
    const index = sentenceIndexAt(ctx, cand.start);
    const here = ctx.sentences[index];
    if (here !== undefined) {
      // The object of a participle opening the sentence is not the pronoun right after it, the participle's subject
      // ("Saying President Obama, he said, was “too simple an answer.”").
      const named = findCandidates(ctx, here.start, cand.start).filter((c) => c.kind === 'person' && c.name !== null
        && !(/^\s*,\s*$/.test(ctx.text.slice(c.end, cand.start)) && PARTICIPLE_OPENING.test(ctx.text.slice(here.start, c.start))));
      const persons = named.filter((c) => fits(c.name!, gender));
      // The one reporting the pronoun's clause ("Lazar said he welcomed …"), else the first not governed by a preposition.
      const reporter = [...persons].reverse().find((c) => REPORTS_CLAUSE.test(ctx.text.slice(c.end, cand.start)));
      // People listed together ("naming Sean Hannity, Laura Ingraham and Rush Limbaugh") are a verb's objects, no subject.
      const listed = listedPeople(named);
      const subject = persons.find((c) => !OBJECT_OF.test(ctx.text.slice(here.start, c.start)) && !listed.has(c));
      // A person fronted as the topic ("Of Obama, he said …") is whom the words are about.
      const fallback = persons.find((c) => !(TOPIC_OPENING.test(ctx.text.slice(here.start, c.start)) && ctx.text.startsWith(',', c.end)));
      const earlier = (reporter ?? subject)?.name ?? sentenceOwner(here.start, cand.start, gender) ?? fallback?.name;
      if (earlier != null) return earlier;
    }
    const named = cataphor(cand, gender);
    if (named !== null) return named;
    // After a quote ("“… I got a problem. I’m addicted …,” he declared") the sentences before are
    // those before the quote opened, not the quote's own.
    const from = quoteOpeningSentence(cand.start) ?? index;
    // In the sentence before, someone who says something ("… drew the ire of Justice Scalia, who said
    // he was whipsawed") is whom a following "he said" goes on with, before the sentence's subject.
    const speaking = speakerOfSentence(from - 1, gender);
    if (speaking !== null) return speaking;
    const previous = subjectOf(from - 1, depth);
    if (previous !== null && fits(previous, gender)) return previous;
    // A person described, not named, opening the sentence before ("Strzok's attorney … blasted the
    // bureau. He added, …") is whom "he" goes on with: no one named earlier.
    const role = described.get(from - 1);
    if (role !== undefined && previous !== null && OWNED_ROLE.test(previous) && roleGender(role) !== (gender === 'm' ? 'f' : 'm')) return previous;
    // The one person the sentence before names outside a preposition's object, when its subject is
    // no person ("Critics … noted that … Jiang delivered a pointed speech …. “…,” he said").
    const only = previous === null || !isPerson(previous) ? onlyPersonOf(from - 1, gender) : null;
    if (only !== null) return only;
    const recent = [...spoken].reverse().find((s) => s.at < cand.start && cand.start - s.at <= RECENT_SPEAKER_WINDOW && fits(s.name, gender));
    if (recent !== undefined) return recent.name;
    for (let i = from - 2; i >= Math.max(0, from - PRONOUN_SENTENCE_WINDOW); i -= 1) {
      const subject = subjectOf(i, depth);
      if (subject !== null && fits(subject, gender)) return subject;
    }
    const windowStart = ctx.sentences[Math.max(0, index - PRONOUN_SENTENCE_WINDOW)]?.start ?? 0;
    // The latest such person mention.
    for (let i = ctx.mentions.length - 1; i >= 0; i -= 1) {
      const m = ctx.mentions[i]!;
      if (m.type === 'person' && m.end <= cand.start && m.start >= windowStart && !insideMarks(ctx, m.start) && fits(m.name, gender)) return m.name;
    }
    return null;
  };

  /**
   * People named in one list ("naming Sean Hannity, Laura Ingraham, Tucker Carlson and Rush Limbaugh"):
   * three or more joined by commas or "and", or two joined by "and". A comma alone between two names
   * closes an opening phrase or an appositive ("During his visit to Trump Tower, LeVell said"), no list.
   */
  const listedPeople = (people: readonly SpeakerCandidate[]): Set<SpeakerCandidate> => {
    const listed = new Set<SpeakerCandidate>();
    let run: SpeakerCandidate[] = [];
    let withAnd = false;
    const close = () => {
      if (run.length >= 3 || (run.length === 2 && withAnd)) for (const c of run) listed.add(c);
    };
    for (const c of people) {
      const previous = run[run.length - 1];
      const gap = previous === undefined ? null : ctx.text.slice(previous.end, c.start);
      if (gap !== null && LIST_JOIN.test(gap)) {
        run.push(c);
        withAnd ||= gap.includes('and');
      } else {
        close();
        run = [c];
        withAnd = false;
      }
    }
    close();
    return listed;
  };

  /**
   * The person whose possessive opens the sentence before `until` ("Mr. Trump’s desire for approval …
   * was on display when he identified …"): the owner of the subject, whom a later "he" goes on with.
   */
  const sentenceOwner = (sentenceStart: number, until: number, gender: Gender): string | null => {
    const name = openingOwner(sentenceStart, until);
    return name !== null && fits(name, gender) ? name : null;
  };

  /** The person whose possessive opens the words from `start` (after a title at most), ending before `until`. */
  const openingOwner = (start: number, until: number): string | null => {
    const m = ctx.mentions[partitionPoint(ctx.mentions.length, (i) => ctx.mentions[i]!.start < start)];
    if (m === undefined || m.end >= until || m.type !== 'person' || insideMarks(ctx, m.start) || !OWNER_MARK.test(ctx.text.slice(m.end, m.end + 3))) return null;
    // Only a title may come before the name ("Mr. Trump’s", "President Obama’s").
    return /^[\s"“]*(?:\p{Lu}\p{Ll}*\.?\s+)?$/u.test(ctx.text.slice(start, m.start).replace(SENTENCE_LEAD, '')) ? m.name : null;
  };

  /**
   * The person a pronoun in an opening subordinate clause points ahead to: the subject right after the
   * clause's comma ("Even as he accused the Justice Department …, Giuliani wouldn't …", "Back when he
   * wrote his book, Mr. McKinley said …").
   */
  const cataphor = (cand: SpeakerCandidate, gender: Gender): string | null => {
    const here = ctx.sentences[sentenceIndexAt(ctx, cand.start)];
    if (here === undefined || !SUBORDINATE_OPENING.test(ctx.text.slice(here.start, cand.start))) return null;
    const comma = ctx.text.indexOf(',', cand.end);
    if (comma < 0 || comma >= here.end) return null;
    const subject = findCandidates(ctx, comma + 1, here.end)[0];
    if (subject?.kind !== 'person' || subject.name === null || !/^\s*$/.test(ctx.text.slice(comma + 1, subject.start)) || !fits(subject.name, gender)) return null;
    return subject.name;
  };

  /**
   * A description or group owned by a named person or organisation, with the owner's full name
   * ("Clinton’s campaign" → "Hillary Clinton’s campaign", "Rubio's advisers" → "Marco Rubio's advisers").
   */
  const owned = (cand: SpeakerCandidate): string | null => {
    for (const m of ctx.mentions) {
      if (m.start >= cand.end) break;
      // A name the tagger could not type owns a campaign or a staff as a person or body does ("Bernie Sanders’ campaign").
      if (m.type === 'place' || m.end < cand.start - MAX_OWNER_GAP || m.end >= cand.end) continue;
      const mark = OWNER_MARK.exec(ctx.text.slice(m.end, cand.end));
      if (mark === null || m.end + mark[0].length < cand.start) continue;
      const rest = ctx.text.slice(m.end + mark[0].length, cand.end).trim();
      return rest === '' ? null : `${m.name}${mark[0].trim()} ${rest}`;
    }
    return null;
  };

  /** A body a person's name heads, as written without its determiner ("the Obama campaign" → "Obama campaign"). */
  const namedBody = (cand: SpeakerCandidate): string | null => {
    const body = BODY_AFTER_DETERMINER.exec(cand.text);
    if (body === null) return null;
    const at = cand.start + cand.text.length - body[1]!.length;
    return ctx.mentions.some((m) => m.type === 'person' && m.start === at && headsBody(ctx, m)) ? body[1]! : null;
  };

  /**
   * People a "his" or "her" owns ("His surrogates called …"): the owner's name as "he" or "she" at
   * that place resolves, then the people as written after it ("Donald J. Trump's surrogates"); the
   * words as written when the owner stays unknown.
   */
  const ownedByPronoun = (cand: SpeakerCandidate): string | null => {
    const owner = PRONOUN_OWNER.exec(cand.text);
    if (owner === null) return null;
    const word = owner[1]!.toLowerCase() === 'his' ? 'he' : 'she';
    const name = pronoun({ start: cand.start, end: cand.start + owner[1]!.length, text: word, kind: 'pronoun', name: null }, 1);
    return name === null ? cand.text : `${name}'s ${owner[2]!}`;
  };

  /**
   * "They" stands for the subject of its own sentence when that is a group, an organisation or
   * several named ones ("Cyber security experts and U.S. officials said they believed …",
   * "Investors see … implying that they expect …"); else it stays unresolved.
   */
  const plural = (cand: SpeakerCandidate, depth: number): string | null => {
    const here = ctx.sentences[sentenceIndexAt(ctx, cand.start)];
    if (here === undefined) return null;
    const subject = findCandidates(ctx, here.start, cand.start)[0];
    // An earlier "they" of the same sentence ("While they don't …, they do") is the same ones.
    if (subject?.kind === 'pronoun' && /^they$/i.test(subject.text) && depth <= MAX_PRONOUN_DEPTH) return plural(subject, depth + 1);
    if (subject === undefined || !PLURAL_SUBJECT.has(subject.kind) || !/^[\s"“‘'(]*$/.test(ctx.text.slice(here.start, subject.start).replace(SENTENCE_LEAD, ''))) {
      // "They" opening its clause, after an opening phrase or quote ("In a statement …, they said"): the group the sentence before is about.
      const opensClause = /(?:^|,\s*|[”"’]\s*|^(?:While|When|As|Although|Though|Because|If|Since|After|Before)\s+)$/.test(ctx.text.slice(here.start, cand.start).replace(SENTENCE_LEAD, ''));
      return reportingSubject(ctx.text.slice(here.start, cand.start)) ?? (opensClause ? previousGroup(sentenceIndexAt(ctx, cand.start), depth) : null);
    }
    if (subject.kind === 'person' && !/^\s+and\s/.test(ctx.text.slice(subject.end, subject.end + 5))) return null;
    return nameOf(subject, depth + 1);
  };

  /**
   * The body an "it" before a verb of saying stands for: the nearest candidate before it in its own
   * sentence that no preposition governs, when a body ("The Palestinian cabinet promised …, who it
   * said"; a person, place or unknown name there is no one's: "Slate magazine, produced …, it said"); else, in the sentence
   * before (before the quote the attribution follows), the last body that spoke there ("…, the
   * Information Center said. It added …") or the body that opens it ("Twitter has suspended … It
   * also said …"). A body or a description of one, no person, and no guess past that sentence.
   */
  const bodySpoken = (cand: SpeakerCandidate, depth: number): string | null => {
    const index = sentenceIndexAt(ctx, cand.start);
    const here = ctx.sentences[index];
    if (here === undefined) return null;
    const bodyOf = (c: SpeakerCandidate): string | null => {
      if (c.kind === 'pronoun') return /^it$/i.test(c.text) && c.start !== cand.start ? bodySpoken(c, depth + 1) : null;
      if (c.kind !== 'organization' && c.kind !== 'description') return null;
      const name = nameOf(c, depth + 1);
      return name !== null && !personNames.has(name) && !isPerson(name) ? name : null;
    };
    const own = findCandidates(ctx, here.start, cand.start);
    for (let k = own.length - 1; k >= 0; k -= 1) {
      const c = own[k]!;
      if (OBJECT_OF.test(ctx.text.slice(here.start, c.start))) continue;
      // Someone or something else the sentence is about before "it" ("Slate magazine", "Turkey"): no guess.
      return bodyOf(c);
    }
    const before = ctx.sentences[(quoteOpeningSentence(cand.start) ?? index) - 1];
    if (before === undefined || isHeadline(before.text)) return null;
    // A speaker the entities know as an organisation ("Relatives", "Palestinian" are none).
    const said = [...spoken].reverse().find((x) => x.at >= before.start && x.at < before.end && !personNames.has(x.name) && ctx.entities.some((e) => e.name === x.name && e.type === 'organization'));
    if (said !== undefined) return said.name;
    const first = findCandidates(ctx, before.start, before.end)[0];
    if (first === undefined || !GROUP_SUBJECT_LEAD.test(ctx.text.slice(before.start, first.start).replace(SENTENCE_LEAD, ''))) return null;
    return bodyOf(first);
  };

  /**
   * "They" as the first speaker words of a sentence ("In a statement released Tuesday, they said …",
   * "“…,” they said."): the group the sentence before opens with ("Several Missouri Republican
   * senators urged Akin to step aside."), when it opens with one.
   */
  const previousGroup = (index: number, depth: number): string | null => {
    const before = ctx.sentences[index - 1];
    if (before === undefined || isHeadline(before.text)) return null;
    // Its subject: the first group, with only capitalised words or a quantifier before it ("Several Missouri Republican senators").
    // (A body is "it" as often as "they": "Congress … they say" was the researchers'.)
    const first = findCandidates(ctx, before.start, before.end).find((c) => c.kind === 'group');
    if (first === undefined || !GROUP_SUBJECT_LEAD.test(ctx.text.slice(before.start, first.start).replace(SENTENCE_LEAD, ''))) return null;
    return nameOf(first, depth + 1);
  };

  /** Where the text holds a role word (any case) and its abbreviations, found once per role. */
  const roleOffsetCache = new Map<string, { roleAt: number[]; abbreviationAt: number[] }>();
  const roleOffsets = (role: string): { roleAt: number[]; abbreviationAt: number[] } => {
    let found = roleOffsetCache.get(role);
    if (found === undefined) {
      const abbreviation = ROLE_ABBREVIATIONS[role];
      found = {
        roleAt: offsetsOf(ctx.text, new RegExp(escapeRegExp(role), 'giu')),
        abbreviationAt: abbreviation === undefined ? [] : offsetsOf(ctx.text, new RegExp(`\\b(?:${abbreviation})\\b`, 'gu')),
      };
      roleOffsetCache.set(role, found);
    }
    return found;
  };

  /**
   * The author of "the statement" or "the letter": the one said to speak "in a statement" last before
   * it ("Trump said in a statement released by his campaign"), or named after "a statement from"
   * ("the statement from Grimm's attorney, William McGinley").
   */
  const documentAuthor = (cand: SpeakerCandidate): string | null => {
    const noun = DOCUMENT.exec(cand.text)?.[1]?.toLowerCase();
    if (noun === undefined) return null;
    const from = Math.max(0, cand.start - DOCUMENT_WINDOW);
    const before = ctx.text.slice(from, cand.start);
    // The last of these before the description names its author.
    let found: string | null = null;
    for (const m of before.matchAll(new RegExp(`\\b(?:(?:said|wrote|added|announced|declared|responded)\\s+in\\s+(?:a|an|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,2}${noun}|${noun}\\s+(?:from|by)\\s|(${ISSUED})\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}(?:${noun}|${ISSUED_DOCUMENTS})\\b)`, 'giu'))) {
      const at = from + m.index;
      found = (m[1] !== undefined ? issuer(at) : m[0].toLowerCase().startsWith(noun) ? authorAfter(at + m[0].length) : authorBefore(at)) ?? found;
    }
    return found;
  };
  /** "The agency": the government body named last before it ("the U.S. Fish and Wildlife Service … the agency said"). */
  const agencyNamed = (cand: SpeakerCandidate): string | null => {
    const noun = BODY_NOUN.exec(cand.text)?.[1]?.toLowerCase();
    if (noun === undefined) return null;
    const fits = BODY_NOUN_FITS[noun]!;
    let found: string | null = null;
    for (const m of ctx.mentions) {
      if (m.start >= cand.start) break;
      if (m.type === 'organization' && fits(m.name) && cand.start - m.end <= DOCUMENT_WINDOW) found = m.name;
    }
    return found;
  };
  /**
   * Who issued a document: the subject opening the sentence of "issued a statement" ("The American
   * Embassy here, which has …, issued a strong condemnation"), a person or body named there, else
   * the capitalised name after its determiner.
   */
  const issuer = (verbAt: number): string | null => {
    const sentence = ctx.sentences[sentenceIndexAt(ctx, verbAt)];
    if (sentence === undefined) return null;
    const opening = ctx.text.slice(sentence.start, verbAt);
    const lead = /^[\s"“]*(?:(?:[Tt]he|[Aa]n?)\s+)?/u.exec(opening)![0].length;
    const m = ctx.mentions.find((x) => (x.type === 'person' || x.type === 'organization') && x.start === sentence.start + lead && x.end <= verbAt);
    if (m !== undefined) return m.name;
    // Else a body's name after its determiner, also after an opening phrase ("After learning of the sentences, the American Embassy here, …").
    return ISSUER_NAME.exec(opening.slice(lead))?.[1] ?? ISSUER_AFTER_THE.exec(opening)?.[1] ?? null;
  };
  /** The one a report or study is by, named right after it ("said a report by … Human Rights Watch"). */
  const authorOfWork = (cand: SpeakerCandidate): string | null => {
    if (!WORK.test(cand.text)) return null;
    const by = WORK_BY.exec(ctx.text.slice(cand.end, cand.end + 8));
    return by === null ? null : authorAfter(cand.end + by[0].length);
  };
  /** The person a cue follows right away ("Trump| said in a statement"). */
  const authorBefore = (cueAt: number): string | null => {
    const m = ctx.mentions.find((x) => (x.type === 'person' || x.type === 'organization') && x.end <= cueAt && /^\s{1,2}$/.test(ctx.text.slice(x.end, cueAt)));
    return m?.name ?? null;
  };
  /** The last person named in the words after "a statement from", before the clause ends, not a possessive ("Grimm's attorney, William McGinley"). */
  const authorAfter = (at: number): string | null => {
    const stop = at + (/^[^.;:"“”]{0,80}/.exec(ctx.text.slice(at))?.[0].length ?? 0);
    const named = ctx.mentions.filter((x) => (x.type === 'person' || x.type === 'organization') && x.start >= at && x.end <= stop && !/^['’]s\b/.test(ctx.text.slice(x.end, x.end + 3)));
    return named[named.length - 1]?.name ?? null;
  };

  /**
   * A role in an article's opening sentence that no one was named before, identified in apposition
   * at the start of the next sentence ("The senior Olympic official who leveled … said Sunday he had
   * been ``muzzled'' … Marc Hodler, the Swiss member of the IOC executive board, …"): newswire names
   * the one its lede describes right after it.
   */
  const ledeIdentified = (cand: SpeakerCandidate): string | null => {
    const index = sentenceIndexAt(ctx, cand.start);
    const here = ctx.sentences[index];
    const next = ctx.sentences[index + 1];
    if (here === undefined || next === undefined || ctx.mentions.some((m) => m.type === 'person' && m.start < cand.start)) return null;
    // The lede: the article's first sentence, or the first after a headline.
    if (index > 1 || (index === 1 && !isHeadline(ctx.sentences[0]!.text))) return null;
    const opener = ctx.mentions.find((m) => m.start >= next.start && m.start <= next.start + 2);
    return opener !== undefined && opener.type === 'person' && /^,\s+(?:the|a|an)\s/i.test(ctx.text.slice(opener.end, opener.end + 6)) ? opener.name : null;
  };

  /** The capitalised words of a description that name a place the entities know or a party ("Vermont", "Democratic"): what an epithet may add to a role. */
  const epithetWords = (cand: SpeakerCandidate, role: string): string[] => {
    const out: string[] = [];
    // The body a head of body leads is an epithet's word too ("the U.N. chief" after "U.N. Secretary-General Kofi Annan").
    // Only a body named before the role: "the head of the Service Employees International Union" is introduced as such.
    const roleAt = BODY_HEAD_ROLES.has(role) ? cand.text.toLowerCase().indexOf(role) : -1;
    for (const w of cand.text.matchAll(NAME_WORD)) {
      const at = cand.start + (w.index ?? 0);
      const bodyBefore = (w.index ?? 0) < roleAt;
      if (placeOrParty(w[0]) || ctx.mentions.some((m) => (m.type === 'place' || (bodyBefore && m.type === 'organization')) && m.start <= at && at + w[0].length <= m.end)) out.push(w[0]);
    }
    return out;
  };

  /** Whether every capitalised word of a description but its determiner and role is a place the gazetteer knows or a party ("the former Florida governor"). */
  const gazetteerEpithet = (cand: SpeakerCandidate, role: string): boolean =>
    (cand.text.match(NAME_WORD) ?? []).every((w) => DETERMINER.test(w) || w.toLowerCase() === role || placeOrParty(w));

  /**
   * Whether the article gives the person an elected office other than the description's role, as a title
   * ("Representative Bob Etheridge … The senator said" is another person's epithet, not his).
   */
  const heldOtherOffice = (name: string, role: string): boolean => {
    const office = OFFICE_OF_ROLE[role];
    if (office === undefined) return false;
    for (const m of ctx.mentions) {
      if (m.name !== name) continue;
      const title = OFFICE_TITLE.exec(ctx.text.slice(Math.max(0, m.start - 16), m.start));
      if (title !== null && OFFICE_OF_ROLE[title[1]!.toLowerCase().replace(/\.$/, '')] !== office) return true;
    }
    return false;
  };

  const description = (cand: SpeakerCandidate): string | null => {
    // The head ends before an "of" complement ("the secretary of state", "the chairman of the Republican National Committee").
    const cut = cand.text.replace(OF_TAIL, '');
    const head = PERSON_ROLES.has(lastWord(cut)) ? cut : cand.text;
    const headEnd = cand.start + head.length;
    // An organisation named inside the head ("Xinhua news agency", "the White House spokesman") is the
    // speaker; inside a person's office ("the House speaker") it is the office's, and the person is sought first.
    const inner = ctx.mentions.find((m) => m.start >= cand.start && m.end <= headEnd && m.type === 'organization' && !OWNER_MARK.test(ctx.text.slice(m.end, headEnd)));
    const role = lastWord(head);
    // A noun that is no known role ("the nurse", "the campaign") names a person only where one was
    // introduced with it as the head of an appositive ("Jane Smith, 45, a nurse from Ohio"); else a body.
    const knownRole = PERSON_ROLES.has(role);
    if (inner !== undefined && !(knownRole && !SPEAKS_FOR.has(role))) return inner.name;
    if (role === '') return null;
    // Several people counted, not one introduced earlier, are a group as written ("Several senators", "Other Democratic operatives").
    if (QUANTIFIED_PLURAL.test(cand.text)) return cand.text;
    // The role as a title right before the name, or before it and a comma ("The White House press
    // secretary, Josh Earnest"); or its abbreviation ("Sen.").
    // Case-sensitive but for the role's first letter: the words between role and name are capitalised
    // ("spokesman Lu Kang"), not any words of a headline ("Diplomat Praises Obama" names no diplomat Obama).
    const { word: roleRe, title: titleRe, abbreviatedTitle: abbreviatedRe } = patternsOf(role);
    // Where the text holds the role word (any case) and its abbreviations, for the windows below.
    const { roleAt, abbreviationAt } = roleOffsets(role);
    // Names in the description ("the Vermont senator", "the White House spokesman") must be written
    // where the person is introduced too: "the Vermont senator" is not the last senator named.
    const modifiers = (cand.text.match(NAME_WORD) ?? []).filter((w) => !DETERMINER.test(w) && w.toLowerCase() !== role).map((w) => w.toLowerCase().slice(0, MODIFIER_PREFIX));
    const introduces = (mods: readonly string[], window: string): boolean => mods.every((w) => window.toLowerCase().includes(w));
    /** The people introduced with the role and these words before the description, and the index of the last person mention before it. */
    const roleHolders = (mods: readonly string[]): { holders: Set<string>; placed: boolean; latest: number } => {
      const holders = new Set<string>();
      // Whether a holder's title or appositive gives a place or party ("Vermont Sen. Bernie Sanders").
      let placed = false;
      let latest = -1;
      for (let i = 0; i < ctx.mentions.length; i += 1) {
        const m = ctx.mentions[i]!;
        if (m.end > cand.start) break;
        if (m.type !== 'person') continue;
        latest = i;
        if (holders.has(m.name)) continue;
        const beforeStart = Math.max(0, m.start - TITLE_WINDOW);
        // Either pattern needs the role word (or its abbreviation) in its window: most mentions are passed
        // over by a look at where the text holds it.
        const mayBeTitled = knownRole && (holdsWithin(roleAt, role.length, beforeStart, m.start) || holdsWithin(abbreviationAt, 3, beforeStart, m.start));
        if (!mayBeTitled && !holdsWithin(roleAt, role.length, m.end, m.end + APPOSITIVE_WINDOW)) continue;
        const before = ctx.text.slice(beforeStart, m.start);
        const after = ctx.text.slice(m.end, m.end + APPOSITIVE_WINDOW);
        // The title is the words after the last clause break before the name, not a name of the clause before.
        const title = before.split(TITLE_BREAK).pop() ?? '';
        const titled = mayBeTitled && ((mayHold(title, role) && titleRe.test(title)) || abbreviatedRe?.test(title) === true);
        // A headline capitalises every word: its words before a name are no title ("Saudi Prince Mocks Trump").
        const sentence = ctx.sentences[sentenceIndexAt(ctx, m.start)];
        if (sentence !== undefined && isHeadline(ctx.text.slice(sentence.start, sentence.end))) continue;
        // A name ending the sentence's opening phrase is followed by the clause's subject, no appositive
        // ("At a press conference in Chelsea, the mayor also said").
        const appositive = endsOpeningPhrase(ctx, m.start) ? '' : APPOSITIVE.exec(after)?.[0] ?? '';
        const withRole = knownRole ? roleRe.test(appositive) : appositiveHead(appositive) === role;
        if ((titled && introduces(mods, title)) || (withRole && introduces(mods, title + appositive))) {
          holders.add(m.name);
          placed ||= [...(titled ? title : appositive).matchAll(NAME_WORD)].some((w) => placeOrParty(w[0]));
        }
      }
      return { holders, placed, latest };
    };
    const holderNamedLast = (mods: readonly string[]): string | null => {
      const { holders, latest } = roleHolders(mods);
      for (let i = latest; i >= 0 && holders.size > 0; i -= 1) {
        const m = ctx.mentions[i]!;
        if (m.type === 'person' && holders.has(m.name)) return m.name;
      }
      return null;
    };
    // The people introduced before the description with the role, as a title or in an appositive,
    // with the description's names written there too; of those, the one named last before the
    // description: "the senator" is the senator just spoken of.
    const named = holderNamedLast(modifiers);
    if (named !== null) return named;
    // An outlet or body in the description is seldom written where its holder is introduced ("the
    // Fox News host" for "talk show host Glenn Beck"): without its words, the role holder named last.
    // Only a body right between the determiner and the role ("the Fox News host"; not "The State Department’s inspector general").
    const determiner = /^(?:the|an?)\s+/i.exec(cand.text)?.[0].length ?? -1;
    const bodyWords = new Set(ctx.mentions.filter((m) => m.type === 'organization' && m.start === cand.start + determiner && /^\s+\S+$/.test(ctx.text.slice(m.end, cand.end)))
      .flatMap((m) => (m.text.match(NAME_WORD) ?? []).map((w) => w.toLowerCase().slice(0, MODIFIER_PREFIX))));
    if (bodyWords.size > 0) {
      const loose = holderNamedLast(modifiers.filter((w) => !bodyWords.has(w)));
      if (loose !== null) return loose;
    }
    if (knownRole && !SPEAKS_FOR.has(role) && (EPITHET.test(cand.text) || (modifiers.length > 0 && FORMER_EPITHET.test(cand.text) && gazetteerEpithet(cand, role))) && modifiers.length === epithetWords(cand, role).length) {
      // A role no one was introduced with, after a sentence whose subject is a person: an epithet of that person ("California Rep. Ed Royce … questioned the action. … the committee chairman said").
      // Its place or party ("the Vermont senator", "the Democratic presidential nominee") is seldom written where the person is introduced.
      // After a quote of several sentences, a place or party epithet opens where the quote opens.
      const index = (modifiers.length > 0 ? quoteOpeningSentence(cand.start) : null) ?? sentenceIndexAt(ctx, cand.start);
      const here = ctx.sentences[index];
      // It opens its sentence, or follows the quote that opens it ("“…,” the committee chairman said").
      const lead = here === undefined ? '' : ctx.text.slice(here.start, cand.start).replace(SENTENCE_LEAD, '');
      const opensSentence = here !== undefined && (/^[\s"“]*$/.test(lead) || QUOTE_THEN_ATTRIBUTION.test(lead));
      const before = ctx.sentences[index - 1];
      const previous = opensSentence && before !== undefined && !isHeadline(before.text) ? subjectOf(index - 1, MAX_PRONOUN_DEPTH) : null;
      // With a place or party, the role is the person's where the article gives it to anyone at all,
      // and the article writes no place or party in its holders' titles (then the epithet's is no one's).
      if (previous !== null && personNames.has(previous) && isPerson(previous) && !heldOtherOffice(previous, role)) {
        const holding = modifiers.length === 0 ? null : roleHolders([]);
        if (holding === null || holding.holders.size === 0 || (holding.holders.has(previous) && !holding.placed)) return previous;
      }
    }
    if (knownRole && !SPEAKS_FOR.has(role)) {
      const identified = ledeIdentified(cand);
      if (identified !== null) return identified;
    }
    if (!knownRole) return owned(cand) ?? ownedByPronoun(cand) ?? namedBody(cand) ?? ctx.entities.find((e) => e.type === 'organization' && roleRe.test(e.name))?.name ?? documentAuthor(cand) ?? agencyNamed(cand) ?? authorOfWork(cand);
    if (SPEAKS_FOR.has(role)) {
      const body = ctx.mentions.find((m) => m.type === 'organization' && m.start >= headEnd && m.end <= cand.end);
      if (body !== undefined) return body.name;
    }
    const org = ctx.entities.find((e) => e.type === 'organization' && roleRe.test(e.name));
    // A party or place inside a person's role ("the GOP candidate", "the New York businessman") is no speaker: the holder is a person.
    return org?.name ?? owned(cand) ?? (inner !== undefined && !PARTY_WORDS.has(inner.text) && !inner.text.split(' ').every((w) => PLACE_WORDS.has(w)) ? inner.name : null);
  };

  return {
    resolve: (cand) => {
      const name = nameOf(cand, 0);
      if (name === null) return null;
      const cut = withoutHeadlineVerb(name);
      // A surname spelled like a headline verb stays when the article names the person by it alone ("George Will … Will urged").
      const rest = name.slice(cut.length).trim();
      // "States" in a name is no verb ("United States warned", "EU Member States").
      if (cut !== name && /^States?\b/.test(rest)) return name;
      return cut !== name && ctx.entities.some((e) => e.name === name && e.type === 'person' && e.mentions.some((m) => m.text === rest)) ? name : cut;
    },
    noteSpeaker: (name, at) => {
      spoken.push({ name, at });
    },
  };
}
