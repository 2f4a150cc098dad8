/**
 * Rule-based recogniser of people, organisations and places, with aliases inside one article.
 *
 * Capitalised word runs are the candidates; context decides the type (a title before, a speech verb
 * after, an apposition such as ", a Russia expert", an organisation keyword at the end, the place
 * gazetteer). A surname or given name alone is the person named in full elsewhere in the article.
 * Written by hand because no package installable here ships named-entity types for people,
 * organisations and places at this speed (compromise misses most non-Western names and loads slowly).
 */
import type { Article, LocalEntity, Sentence } from '../types.js';
import type { Candidate } from './entities-candidate.js';
import { joinInitialNames, joinNicknamedNames, joinParticleNames, joinSplitGivenNames, joinSuffixedNames, splitPersonOfOrganisation, titledAsOther, withoutOfficeWord } from './entities-joins.js';
import { bareStateAbbreviation, LOWER_CASE_WORDS } from './entities-lexicon.js';
import { bodyPhrases, craftsAsOther, departmentsOfTitles, joinedAtAmpersands, listedPeople, ownerAfterOf, partedAtCommas, postalStates } from './entities-phrases.js';
import { groupEntities, oneNameForShortForms, resolveShortNames } from './entities-resolve.js';
import { commonWordAsPerson, familyOfNamed, LETTER, LONE_ABBREVIATION, retypedByPlace, SHOW_LAST } from './entities-retype.js';
import { capitalisedRuns, classifyRun, splitAtConnectors } from './entities-runs.js';
import { givenAndSurname } from './entities-shapes.js';
import { modelCandidates, namedWithThe, overlapTest, rejoinSplitPeople, ruleNames } from './entities-tagged.js';
import { caseNames, expandedAcronyms, lawsAsOther, namedEvents, particleBodies, quotedTitles } from './entities-works.js';
import { KNOWN_PEOPLE } from './gazetteer/people.js';
import { loadNerModel, type NerModel } from './ner-model.js';
import { NAME_SUFFIX } from './person-names.js';
import { tokenize } from './tokens.js';

export interface EntityAnnotatorOptions {
  /** Extra people known by surname (name + aliases), e.g. a newsroom's own list. */
  readonly people?: readonly { readonly name: string; readonly aliases: readonly string[] }[];
  /**
   * The statistical tagger that finds the names the rules cannot type (default: the shipped
   * weights, models/ner-perceptron.bin.gz, loaded on the first article); `false` keeps the rules alone.
   */
  readonly model?: NerModel | false;
}

/**
 * Creates the annotator. It returns the article's entities, each with every mention and alias.
 */
export function createEntityAnnotator(options: EntityAnnotatorOptions = {}) {
  const known = [...KNOWN_PEOPLE, ...(options.people ?? [])];
  const knownByAlias = new Map<string, string>();
  for (const p of known) {
    knownByAlias.set(p.name, p.name);
    for (const a of p.aliases) knownByAlias.set(a, p.name);
  }

  // Loaded on the first article, not here: commands that build a pipeline but annotate nothing never pay for it.
  let model: NerModel | null | undefined = options.model === false ? null : options.model;

  return function annotateEntities(article: Article, sentences: readonly Sentence[]): LocalEntity[] {
    if (model === undefined) model = loadNerModel();
    const text = article.text;
    const sentenceStarts = new Set(sentences.map((s) => s.start));
    const tokens = tokenize(text);
    const candidates: Candidate[] = [];
    for (const run of capitalisedRuns(tokens, text)) {
      for (const part of splitAtConnectors(run)) {
        candidates.push(...classifyRun(part, text, sentenceStarts, knownByAlias));
      }
    }
    if (model !== null) {
      // Rules from titles, gazetteers and programme nouns win; a name typed only by its shape yields to the tagger.
      const taggedAll = modelCandidates(text, sentences, model, knownByAlias, ruleNames(candidates, knownByAlias));
      splitPersonOfOrganisation(candidates, taggedAll, text);
      const ruled = candidates.filter((c) => c.sure && c.guess !== true);
      const overlapsRuled = overlapTest(ruled);
      const tagged = rejoinSplitPeople(candidates, taggedAll.filter((t) => !overlapsRuled(t.start, t.end)));
      // Shape-only guesses give way to the tagger; a lone word stays a candidate for a full name named elsewhere.
      // A given name and a surname the tagger left without a name of its own (its span gave way to a ruled
      // name across it: "Historian Alan Brinkley of| Columbia University") stays.
      const overlapsTagged = overlapTest(tagged);
      const kept = candidates.filter((c) => c.guess !== true || (c.sure === false && c.type === 'person')
        || (c.type === 'person' && givenAndSurname(c.text) && !overlapsTagged(c.start, c.end)));
      candidates.splice(0, candidates.length, ...kept, ...tagged);
    }
    joinParticleNames(candidates, text, knownByAlias);
    joinSuffixedNames(candidates, text, knownByAlias);
    joinNicknamedNames(candidates, text);
    joinInitialNames(candidates, text, knownByAlias);
    joinSplitGivenNames(candidates, text, knownByAlias);
    withoutOfficeWord(candidates, text, knownByAlias);
    departmentsOfTitles(candidates, text);
    bodyPhrases(candidates, text, knownByAlias);
    postalStates(candidates, text);
    titledAsOther(candidates, text, knownByAlias);
    craftsAsOther(candidates, text);
    for (const c of candidates) {
      retypedByPlace(c, text);
      // A broadcast's name is a work, not its host ("The Mike Gallagher Show", "Tonight Show").
      if (SHOW_LAST.test(c.text)) c.type = 'other';
    }
    lawsAsOther(candidates);
    expandedAcronyms(candidates, text);
    partedAtCommas(candidates);
    joinedAtAmpersands(candidates, text);
    listedPeople(candidates, text);
    ownerAfterOf(candidates, text);
    namedEvents(candidates, text);
    particleBodies(candidates, text);
    caseNames(candidates, text);
    quotedTitles(candidates, text);
    oneNameForShortForms(candidates, knownByAlias);
    resolveShortNames(candidates, knownByAlias, text, article.title);
    return groupEntities(candidates.filter((c) => c.sure && text[c.start - 1] !== '#' && text[c.start - 1] !== '@' && LETTER.test(c.text) && !LONE_ABBREVIATION.test(c.text) && !namedWithThe(c, candidates, text) && !commonWordAsPerson(c, text, sentenceStarts)
      && !bareStateAbbreviation(c, text, candidates) && !LOWER_CASE_WORDS.test(c.text) && !NAME_SUFFIX.test(c.text) && !familyOfNamed(c, candidates, knownByAlias)));
  };
}
