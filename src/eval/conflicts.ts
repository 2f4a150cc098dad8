/**
 * `crosscheck eval conflicts <file>`: the brief's attribution conflicts on a clustering dataset
 * (`../shared/data/clustering/*.jsonl`), each gold event read as one story of several outlets.
 *
 * Two figures, since no public set marks real misattributions:
 * - `flagged`: conflicts the brief raises on the articles as published. Outlets that quote the same
 *   words almost never give them to two different people, so each flag there is read as a false
 *   alarm (the seed story's real conflicts are the rare exception, and its test checks them).
 * - `plantedRecall`: one outlet made to misattribute, as in the seed story. For a quote that several
 *   articles give to one person, one of those articles has that person's name replaced, everywhere
 *   in it, by another person of the story; the share of such plants the brief then flags.
 */
import { performance } from 'node:perf_hooks';
import { surnameAndGiven, nameTokens, sameNamedPerson, CLOSING_NAME_SUFFIX } from '../annotate/person-names.js';
import { mergeEntities } from '../brief/merge-entities.js';
import { MIN_CONFLICT_WORDS, buildQuoteLedger } from '../brief/quote-ledger.js';
import { normWords } from '../brief/text-norm.js';
import { createAnnotator } from '../pipeline.js';
import { asArticleId, type Article, type LedgerQuote, type StoryEntity } from '../types.js';
import { readClusterRows, unwrapLines, type ClusterRow } from './cluster-data.js';
import { figureConflicts } from './conflicts-figures.js';

export interface ConflictEvalResult {
  /** Gold events with at least two articles, each briefed as one story. */
  readonly stories: number;
  /** Ledger quotes that two or more articles carry. */
  readonly sharedQuotes: number;
  /**
   * Shared quotes whose articles give them to different speakers (other than one person written two
   * ways), flagged or not, and those one article leaves without a speaker while another names one:
   * as outlets almost always agree on who said what, nearly each is a speaker this pipeline got wrong.
   */
  readonly speakersDisagree: number;
  readonly speakerMissing: number;
  /** Conflicts raised on the articles as published, and per story. */
  readonly flagged: number;
  readonly flaggedPerStory: number;
  /** Planted misattributions, those the brief flags, and the share. */
  readonly planted: number;
  readonly caught: number;
  readonly plantedRecall: number;
  /** Plants where the altered article's own attribution names the new speaker ("said Meadows"), and the share of those flagged. */
  readonly plantedNamed: number;
  readonly plantedNamedRecall: number;
  /**
   * Number discrepancies raised on the articles as published (read, not counted as false alarms: outlets
   * do give different figures), and planted ones: a figure two articles state alike in one fact, made half
   * as large again in one of them, and the share of those plants the brief reports.
   */
  readonly numbersFlagged: number;
  readonly numbersPlanted: number;
  readonly numbersCaught: number;
  readonly numbersPlantedRecall: number;
  /** The same for dates: a day moved three days or a year three years in one article (`conflicts-figures.ts`). */
  readonly datesFlagged: number;
  readonly datesPlanted: number;
  readonly datesCaught: number;
  readonly datesPlantedRecall: number;
  /**
   * Misquoted figures: two outlets quoting the same words with different figures in them, raised on the
   * articles as published, and planted (a figure two articles quote alike, made half as large again in one).
   */
  readonly quotedNumbersFlagged: number;
  readonly quotedNumbersPlanted: number;
  readonly quotedNumbersCaught: number;
  readonly quotedNumbersPlantedRecall: number;
  readonly n: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
}

export async function evalConflicts(file: string): Promise<ConflictEvalResult> {
  const rows = await readClusterRows(file);
  const started = performance.now();
  const annotator = createAnnotator();
  const events = new Map<string, ClusterRow[]>();
  for (const r of rows) {
    const group = events.get(r.event);
    if (group === undefined) events.set(r.event, [r]);
    else group.push(r);
  }
  let stories = 0;
  let shared = 0;
  let disagree = 0;
  let missing = 0;
  let flagged = 0;
  let planted = 0;
  let caught = 0;
  let plantedNamed = 0;
  let caughtNamed = 0;
  let numbersFlagged = 0;
  let numbersPlanted = 0;
  let numbersCaught = 0;
  let datesFlagged = 0;
  let datesPlanted = 0;
  let datesCaught = 0;
  const quoted = { flagged: 0, planted: 0, caught: 0 };
  let n = 0;
  for (const group of events.values()) {
    if (group.length < 2) continue;
    stories += 1;
    n += group.length;
    const annotated = group.map((r) => annotator.article(toArticle(r, unwrapLines(r.text))));
    const entities = mergeEntities(annotated);
    const ledger = buildQuoteLedger(annotated, entities).quotes;
    const { number: numbers, date: dates, quoted: misquoted } = figureConflicts(annotated, (a) => annotator.article(a), { entities, quotes: ledger });
    quoted.flagged += misquoted.flagged;
    quoted.planted += misquoted.planted;
    quoted.caught += misquoted.caught;
    numbersFlagged += numbers.flagged;
    numbersPlanted += numbers.planted;
    numbersCaught += numbers.caught;
    datesFlagged += dates.flagged;
    datesPlanted += dates.planted;
    datesCaught += dates.caught;
    flagged += ledger.filter((q) => q.conflict).length;
    const people = entities.entities.filter((e) => e.type === 'person').sort((a, b) => b.mentions - a.mentions);
    for (const q of ledger) {
      const articles = new Set(q.attributions.map((a) => a.article));
      if (articles.size < 2) continue;
      shared += 1;
      const named = q.attributions.map((a) => a.speaker).filter((x): x is string => x !== null);
      if (named.some((a, i) => named.some((b, j) => j > i && a !== b && !sameNamedPerson(a, b)))) disagree += 1;
      if (named.length > 0 && named.length < q.attributions.length) missing += 1;
      const speaker = agreedPerson(q, people);
      if (speaker === null || q.conflict || normWords(q.text).length < MIN_CONFLICT_WORDS) continue;
      const other = people.find((p) => p.name !== speaker.name && !sameNamedPerson(p.name, speaker.name) && surnameOf(p.name) !== surnameOf(speaker.name));
      if (other === undefined) continue;
      for (const target of articles) {
        const index = annotated.findIndex((a) => a.article.id === target);
        const original = annotated[index]!;
        const text = swapNames(original.article.text, speaker, other.name);
        if (text === original.article.text) continue;
        const altered = [...annotated];
        altered[index] = annotator.article({ ...original.article, text });
        const after = buildQuoteLedger(altered, mergeEntities(altered)).quotes;
        const entry = sameQuote(after, q, target);
        planted += 1;
        const hit = entry?.conflict === true;
        if (hit) caught += 1;
        const quote = altered[index]!.quotes.find((x) => x.speakerText !== null && entry?.attributions.some((a) => a.article === target && a.start >= x.start && a.end <= x.end));
        if (quote !== undefined && quote.explicit && nameTokens(quote.speakerText!).includes(surnameOf(other.name) ?? '')) {
          plantedNamed += 1;
          if (hit) caughtNamed += 1;
        }
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    stories,
    sharedQuotes: shared,
    speakersDisagree: disagree,
    speakerMissing: missing,
    flagged,
    flaggedPerStory: stories === 0 ? 0 : flagged / stories,
    planted,
    caught,
    plantedRecall: planted === 0 ? 0 : caught / planted,
    plantedNamed,
    plantedNamedRecall: plantedNamed === 0 ? 0 : caughtNamed / plantedNamed,
    numbersFlagged,
    numbersPlanted,
    numbersCaught,
    numbersPlantedRecall: numbersPlanted === 0 ? 0 : numbersCaught / numbersPlanted,
    datesFlagged,
    datesPlanted,
    datesCaught,
    datesPlantedRecall: datesPlanted === 0 ? 0 : datesCaught / datesPlanted,
    quotedNumbersFlagged: quoted.flagged,
    quotedNumbersPlanted: quoted.planted,
    quotedNumbersCaught: quoted.caught,
    quotedNumbersPlantedRecall: quoted.planted === 0 ? 0 : quoted.caught / quoted.planted,
    n,
    seconds,
    articlesPerSecond: seconds === 0 ? 0 : n / seconds,
  };
}

function toArticle(r: ClusterRow, text: string): Article {
  return {
    id: asArticleId(r.id), source: r.id, title: r.title ?? '', outlet: r.outlet, published: r.published,
    text, standfirst: null, removed: [], diagnostics: [],
  };
}

/** The one person every attribution of the quote names, when they agree on one. */
function agreedPerson(q: LedgerQuote, people: readonly StoryEntity[]): StoryEntity | null {
  const names = new Set(q.attributions.map((a) => a.speaker));
  if (names.size !== 1) return null;
  const [name] = names;
  return people.find((p) => p.name === name) ?? null;
}

function surnameOf(name: string): string | null {
  return surnameAndGiven(nameTokens(name)).surname;
}

/**
 * The text with a person's names, as the story writes them, replaced by another's: a full name by
 * the full name, a lone surname by the surname, a lone given name by the given name.
 */
export function swapNames(text: string, person: Pick<StoryEntity, 'name' | 'aliases'>, other: string): string {
  // A generational suffix is no surname ("Roger J. Stone Jr." is Stone).
  const nameWords = (name: string) => name.replace(CLOSING_NAME_SUFFIX, '').split(/\s+/);
  const otherWords = nameWords(other);
  const otherSurname = otherWords[otherWords.length - 1]!;
  const otherGiven = otherWords[0]!;
  const personWords = nameWords(person.name);
  const forms = new Map<string, string>();
  for (const form of [person.name, ...person.aliases]) {
    const words = form.split(/\s+/);
    if (words.length > 1) forms.set(form, other);
    else if (words[0] === personWords[personWords.length - 1]) forms.set(form, otherSurname);
    else if (words[0] === personWords[0]) forms.set(form, otherGiven);
  }
  if (forms.size === 0) return text;
  const alternation = [...forms.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu'), (m) => forms.get(m) ?? m);
}

/** The entry of the new ledger holding the altered article's account of the quote, if any. */
function sameQuote(ledger: readonly LedgerQuote[], q: LedgerQuote, target: string): LedgerQuote | undefined {
  const words = new Set(normWords(q.text).map((w) => w.word));
  let best: LedgerQuote | undefined;
  let bestShare = 0.5;
  for (const e of ledger) {
    if (!e.attributions.some((a) => a.article === target) || e.attributions.length < 2) continue;
    const theirs = normWords(e.text).map((w) => w.word);
    const share = theirs.filter((w) => words.has(w)).length / Math.max(theirs.length, words.size);
    if (share >= bestShare) {
      best = e;
      bestShare = share;
    }
  }
  return best;
}
