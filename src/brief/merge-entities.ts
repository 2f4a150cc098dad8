/**
 * Merges the articles' local entities into story entities: the same name, a spelling variant
 * (Organisation/Organization, Asad/Assad, St./St), a short form whose words are all in exactly
 * one longer name of the same type ("Communist Party" in "Communist Party of China"), or one
 * person's full name written another way ("Bill Kristol", "William Kristol").
 */
import { COMPANY_NAME_END } from '../annotate/company-names.js';
import { initials, PARTY_MEMBER_LAST } from '../annotate/entities-shapes.js';
import { GAZETTEER_PLACE_NAMES } from '../annotate/gazetteer/places.js';
import { misspelledPerson, sameNamedPerson } from '../annotate/person-names.js';
import type { AnnotatedArticle, ArticleId, EntityType, LocalEntity, StoryEntity } from '../types.js';
import { foldWord } from './text-norm.js';

export interface EntityIndex {
  readonly entities: readonly StoryEntity[];
  /** The story-level name for an article's local name, e.g. ("001", "Asad") -> "Bashar al-Assad". */
  resolve(article: ArticleId, localName: string): string;
}

interface Group {
  name: string;
  type: EntityType;
  aliases: Set<string>;
  articles: Set<ArticleId>;
  mentions: number;
  locals: { article: ArticleId; name: string; mentions: number }[];
}

/**
 * A group named by the spelling of its name the articles write most ("Kim Dae-jung" in four articles,
 * "Kim Dae Jung" in one), among the spellings as long as the name it was found under (a short form
 * never names the group); the first found on a tie.
 */
function renameToMostWritten(g: Group): void {
  const length = words(g.name).length;
  const counts = new Map<string, number>();
  for (const l of g.locals) if (words(l.name).length === length) counts.set(l.name, (counts.get(l.name) ?? 0) + l.mentions);
  let best = g.name;
  for (const [name, n] of counts) if (n > (counts.get(best) ?? 0)) best = name;
  if (best === g.name) return;
  g.aliases.delete(best);
  g.aliases.add(g.name);
  g.name = best;
}

/** Folds spelling variants so they compare equal: accents, case, s/z, doubled letters, dots, hyphens. */
export function variantKey(name: string): string {
  return foldWord(name)
    .replace(/\bst\.?\s/g, 'st ')
    .replace(/isation\b/g, 'ization')
    // An event's name with "summit" and with "Forum" is one event ("… Economic summit" / "… Economic Forum").
    .replace(/\b(?:summit|conference)$/, 'forum')
    .replace(/\bministry of (\w+)(?: affairs)?$/, '$1 ministry')
    .replace(/([a-z])\1/g, '$1')
    // A hyphen joins parts of one name that other copy writes apart ("Kim Dae-jung", "Kim Dae Jung"; "al-Qaeda", "al Qaeda").
    .replace(/-/g, ' ')
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names recur across a story's articles: their folded words are computed once per name. */
const wordCache = new Map<string, string[]>();
const WORD_CACHE_SIZE = 20_000;

function words(name: string): string[] {
  let w = wordCache.get(name);
  if (w === undefined) {
    if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
    w = variantKey(name).split(' ').filter((x) => x.length > 0);
    wordCache.set(name, w);
  }
  return w;
}

/** Generational suffixes, as `words` folds them. */
const GENERATIONS: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * A full name and the same name with a generational suffix: a father and his son, not one person
 * written two ways ("Donald Trump", "Donald Trump Jr.").
 */
function generationApart(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && GENERATIONS.has(long[long.length - 1]!) && short.every((w, i) => long[i] === w);
}

/** Chambers, named by one word. */
const CHAMBERS: ReadonlySet<string> = new Set(['House', 'Senate']);

function isSubName(short: string, long: string): boolean {
  const s = words(short);
  const l = words(long);
  if (!(s.length < new Set(l).size && s.every((w) => l.includes(w)))) return false;
  // A chamber stands for its full name ("House of Representatives"), not for a name holding its word ("White House").
  if (CHAMBERS.has(short)) return long.startsWith(`${short} of `);
  if (s.length > 1 && generationApart(s, l)) return false;
  // One word stands for a longer name only as written in it: the spelling folds ("Assad"/"Asad") are
  // for whole names, and would make "Marry" of "Freedom to Marry" the short form of "Mary Fallin".
  return s.length > 1 || foldWord(long).split(/[\s-]+/).includes(foldWord(short));
}

/** Acronyms that are no initials of the body's name ("GOP", the Grand Old Party, is the Republican Party). */
const BODY_NICKNAMES: ReadonlyMap<string, string> = new Map([['GOP', 'Republican Party']]);
/** Capitals and dots only: an acronym ("DACA", "U.N."). */
const ACRONYM = /^(?:\p{Lu}\.?){2,8}$/u;

/**
 * One name, one type across the story, as within an article (`entities.ts`): articles that type one
 * name differently ("Zarya" a place in six articles, a person in one) are read as naming one thing,
 * of the type carried by most mentions (the first group's on a tie), a craft's or a programme's too
 * ("Endeavour" beside "the shuttle" in most articles). An acronym standing alone in some articles
 * joins the one name other articles spell it out as ("DACA" of "Deferred Action for Childhood
 * Arrivals (DACA)"), and so does a body's acronym no article spells out, when it is the initials of
 * exactly one body's name in the story ("RNC", "Republican National Committee").
 */
function oneTypePerName(groups: readonly Group[]): Group[] {
  const byName = new Map<string, Group[]>();
  const spelledOut = new Map<string, Group[]>();
  for (const g of groups) {
    for (const a of g.aliases) if (ACRONYM.test(a)) spelledOut.set(a, [...(spelledOut.get(a) ?? []), g]);
  }
  // A body's acronym no article spells out joins the one body of the story whose initials it is ("RNC" in one
  // article, "Republican National Committee" in another).
  const byInitials = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.type !== 'organization' || ACRONYM.test(g.name)) continue;
    const letters = initials(g.name);
    if (letters.length < 2) continue;
    byInitials.set(letters, [...(byInitials.get(letters) ?? []), g]);
  }
  for (const g of groups) {
    let owners = ACRONYM.test(g.name) ? spelledOut.get(g.name)?.filter((o) => o !== g) : undefined;
    if (owners === undefined && g.type === 'organization' && ACRONYM.test(g.name)) {
      const nicknamed = BODY_NICKNAMES.get(g.name);
      owners = nicknamed === undefined ? byInitials.get(g.name.replace(/\./g, '')) : groups.filter((o) => o.type === 'organization' && o.name === nicknamed);
    }
    const key = owners?.length === 1 ? words(owners[0]!.name).join(' ') : words(g.name).join(' ');
    const same = byName.get(key);
    if (same === undefined) byName.set(key, [g]);
    else same.push(g);
  }
  const dropped = new Set<Group>();
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    // The spelled-out name keeps its name; otherwise the group with most mentions.
    const into = same.find((g) => !ACRONYM.test(g.name) && same.some((o) => ACRONYM.test(o.name) && (g.aliases.has(o.name) || o.type === 'organization')))
      ?? same.reduce((best, g) => (g.mentions > best.mentions ? g : best));
    for (const g of same) {
      if (g === into) continue;
      if (g.name !== into.name) into.aliases.add(g.name);
      for (const a of g.aliases) if (a !== into.name) into.aliases.add(a);
      for (const a of g.articles) into.articles.add(a);
      into.mentions += g.mentions;
      into.locals.push(...g.locals);
      dropped.add(g);
    }
  }
  return groups.filter((g) => !dropped.has(g));
}

let knownPlaces: ReadonlySet<string> | null = null;

/** The places the gazetteers know, built once. */
function gazetteerPlaces(): ReadonlySet<string> {
  knownPlaces ??= new Set(GAZETTEER_PLACE_NAMES);
  return knownPlaces;
}

/**
 * The company a name stands for: its first word or its name without its closing word, in a
 * company's name the story writes with one ("Exxon" of "Exxon Corp.", not of "Exxon of Mobil";
 * "Netscape", which the tagger typed a place in some articles, of "Netscape Communications Corp.";
 * "America Online"). Of several such names (copy spells one company "Communications" and
 * "Communication"), the most mentioned. Never a place the gazetteers know ("America" of "America
 * Online Inc.").
 */
function companyOf(name: string, among: readonly Group[]): Group | undefined {
  if (gazetteerPlaces().has(name)) return undefined;
  let best: Group | undefined;
  for (const c of among) {
    if (c.type !== 'organization' || !COMPANY_NAME_END.test(c.name) || !c.name.startsWith(`${name} `)) continue;
    // Longer names only as the company's name without its closing word ("America Online" of "America Online Inc.").
    if (name.includes(' ') && c.name.replace(COMPANY_NAME_END, '') !== name) continue;
    if (best === undefined || c.mentions > best.mentions) best = c;
  }
  return best;
}

/**
 * An article's entity as the story lists it: a party's member described by state is the state the
 * article names ("Arizona" of "The Arizona Republican said", whether typed a place or a body), with
 * the words as written kept apart.
 */
function asListed(e: LocalEntity): LocalEntity & { written?: string } {
  // The article's entities keep the member described whole for the quote rules.
  const member = e.type === 'place' || e.type === 'organization' ? PARTY_MEMBER_LAST.exec(e.name) : null;
  const state = member === null ? '' : e.name.slice(0, member.index);
  if (!gazetteerPlaces().has(state)) return e;
  return { ...e, name: state, type: 'place', aliases: [], written: e.name };
}

export function mergeEntities(articles: readonly AnnotatedArticle[]): EntityIndex {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const all = articles.flatMap((a) =>
    [...a.entities, ...(a.captionEntities ?? [])].map((e) => ({ article: a.article.id, e: asListed(e) })));
  // Longer names first, so a short form finds the full name it belongs to.
  all.sort((x, y) => words(y.e.name).length - words(x.e.name).length || x.e.name.localeCompare(y.e.name));
  for (const { article, e } of all) {
    const key = `${e.type}:${words(e.name).join(' ')}`;
    let g = byKey.get(key);
    if (!g) {
      // A place the gazetteers know is no short form of a longer place ("South Carolina" of "South Carolina Republican").
      const known = e.type === 'place' && gazetteerPlaces().has(e.name);
      const owners = known ? [] : groups.filter((c) => c.type === e.type && isSubName(e.name, c.name));
      if (owners.length === 1) g = owners[0];
      else g = companyOf(e.name, e.type === 'organization' ? owners : groups);
    }
    if (!g && e.type === 'person' && words(e.name).length > 1) {
      // One person written two ways across articles ("Bill Kristol", "William Kristol"; "Dick Durbin", "Richard J. Durbin").
      const same = groups.filter((c) => c.type === 'person' && words(c.name).length > 1 && sameNamedPerson(c.name, e.name) && !generationApart(words(c.name), words(e.name)));
      if (same.length === 1) g = same[0];
      else if (same.length === 0) {
        // A surname one outlet misspells ("Reince Preibus"), when no other person of the story is that close.
        const misspelled = groups.filter((c) => c.type === 'person' && misspelledPerson(c.name, e.name));
        if (misspelled.length === 1) g = misspelled[0];
      }
    }
    if (!g) {
      g = { name: e.name, type: e.type, aliases: new Set(), articles: new Set(), mentions: 0, locals: [] };
      groups.push(g);
    }
    byKey.set(key, g);
    if (e.name !== g.name) g.aliases.add(e.name);
    for (const a of e.aliases) if (a !== g.name) g.aliases.add(a);
    g.articles.add(article);
    g.mentions += e.mentions.length;
    g.locals.push({ article, name: e.name, mentions: e.mentions.length });
  }
  for (const g of groups) renameToMostWritten(g);
  const kept = oneTypePerName(groups);
  const local = new Map<string, string>();
  for (const g of kept) for (const l of g.locals) local.set(`${l.article}\u0000${l.name}`, g.name);
  // A party's member described by state speaks as described, not as the state.
  for (const { article, e } of all) if (e.written !== undefined) local.set(`${article}\u0000${e.written}`, e.written);
  const entities: StoryEntity[] = kept
    .map((g) => ({ name: g.name, type: g.type, aliases: [...g.aliases].sort(), articles: [...g.articles].sort(), mentions: g.mentions }))
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
  return {
    entities,
    resolve: (article, name) => local.get(`${article}\u0000${name}`) ?? name,
  };
}
