/** Generated news for the store's tests: events with their own people and places, told by several outlets. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Store } from './open-store.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vi', 'dor', 'ne', 'bra', 'quil', 'fen', 'mar', 'tis', 'gol', 'ur'];
const OUTLETS = ['Harbour Times', 'Valley Post', 'Northern Ledger', 'City Wire'];

/** A made-up proper name, different for every `n` (and `salt`). */
export function inventedName(n: number, salt: number): string {
  let s = '';
  let x = n * 7 + salt * 131 + 11;
  for (let i = 0; i < 3; i++) {
    s += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length) + i * 5 + 3;
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface GeneratedArticle {
  readonly title: string;
  readonly text: string;
  readonly outlet: string;
  readonly published: string | null;
  readonly url: string;
}

interface Names {
  readonly person: string;
  readonly town: string;
  readonly firm: string;
  readonly place: string;
}

/** Four kinds of event, each told four ways (one per outlet): events of different kinds never look alike. */
const TOPICS: readonly ((n: Names) => { title: string; variants: string[][] })[] = [
  ({ person, town, firm, place }) => ({
    title: `${town} bridge: ${firm} to rebuild the ${place} crossing after collapse`,
    variants: [
      [`${person}, the mayor of ${town}, said on Tuesday that ${firm} would rebuild the ${place} bridge after the collapse that cut the town in two.`,
        `Engineers from ${firm} began surveying the ${place} crossing, and ${person} promised residents a temporary ferry within a week.`,
        `"We will not leave ${town} divided," ${person} told reporters at the riverbank, adding that the council had set aside emergency funds.`],
      [`The collapsed ${place} bridge in ${town} will be rebuilt by ${firm}, mayor ${person} announced, days after the old span fell into the river.`,
        `A ferry across the ${place} is expected next week, council officials said, while ${firm} surveyors study the riverbed for new bridge foundations.`,
        `"${town} will be whole again," ${person} said at a crowded meeting about the bridge collapse in the town hall.`],
      [`Construction group ${firm} has won the contract to replace the collapsed ${place} bridge, the ${town} council and mayor ${person} confirmed.`,
        `${person} said emergency money would pay for a temporary ferry crossing of the ${place} and that no resident would be cut off for long.`,
        `${firm} expects the bridge work to take eighteen months; residents of ${town} described long waits since the collapse.`],
      [`Eighteen months: that is how long ${firm} says it needs to give ${town} a new ${place} bridge after last week's collapse.`,
        `Mayor ${person} called the ${firm} contract a first step and thanked volunteers who ran boats across the ${place}.`,
        `Critics on the ${town} council asked why bridge inspections two years ago had not flagged the corroded supports of the ${place} span.`],
    ],
  }),
  ({ person, town, firm, place }) => ({
    title: `Fire destroys ${firm} warehouse in ${town}; ${person} orders inquiry`,
    variants: [
      [`A fire destroyed the ${firm} warehouse at the ${place} industrial estate in ${town} overnight, and firefighters battled the blaze for nine hours.`,
        `Fire chief ${person} said smoke from burning plastics forced the evacuation of two hundred homes near ${place}.`,
        `"The warehouse is a total loss," ${person} said, adding that an inquiry into the cause of the fire had begun.`],
      [`Firefighters in ${town} spent nine hours fighting a blaze that gutted a ${firm} warehouse on the ${place} estate.`,
        `Residents near ${place} were evacuated as thick smoke drifted over ${town}, according to fire chief ${person}.`,
        `${firm} said no staff were hurt in the warehouse fire and that it would cooperate with the inquiry ordered by ${person}.`],
      [`Two hundred ${town} households were moved out overnight as the ${firm} warehouse fire at ${place} sent toxic smoke across the town.`,
        `${person}, who heads the fire service, ordered an inquiry into how the blaze at the warehouse spread so quickly.`,
        `The ${firm} warehouse at ${place} stored plastics and packaging, and the fire burned for most of the night.`],
      [`The ${place} estate fire that destroyed a ${firm} warehouse has raised questions about storage rules in ${town}.`,
        `Fire chief ${person} said his crews contained the warehouse blaze after nine hours and that evacuated residents could return home.`,
        `${firm} has promised to pay for cleaning homes near ${place} blackened by smoke from the fire.`],
    ],
  }),
  ({ person, town, firm, place }) => ({
    title: `${firm} buys ${town} football club; ${person} promises new stadium`,
    variants: [
      [`${firm} has bought ${town} Football Club, owner ${person} said, ending months of talks over the club's debts.`,
        `${person} promised a new stadium at ${place} and said the takeover would clear the football club's unpaid wages.`,
        `"This club belongs to ${town}," ${person} told supporters gathered outside the ground on Saturday.`],
      [`Supporters of ${town} Football Club cheered the takeover by ${firm}, which ${person} said would pay off the club's debts.`,
        `The new owners plan a stadium at ${place}, ${person} said, with room for twenty thousand football fans.`,
        `The takeover of the football club by ${firm} still needs approval from the league, officials said.`],
      [`The league must now approve ${firm}'s takeover of ${town} Football Club, agreed after months of talks with owner ${person}.`,
        `${person} said the club's unpaid wages would be settled this month and that a stadium at ${place} was planned.`,
        `Fans in ${town} had protested for weeks over the football club's debts before the ${firm} deal.`],
      [`A stadium at ${place} is the centrepiece of ${firm}'s plans for ${town} Football Club after the takeover announced by ${person}.`,
        `${person} said the football club's debts and unpaid wages would be cleared once the league approves the deal.`,
        `Supporters in ${town} said they hoped ${firm} would keep the club's name and colours.`],
    ],
  }),
  ({ person, town, firm, place }) => ({
    title: `Teachers strike in ${town} over pay; ${person} calls for talks`,
    variants: [
      [`Teachers in ${town} went on strike on Monday over pay, closing schools across the district, union leader ${person} said.`,
        `${person} said the strike would continue until the ${firm} education trust reopened pay talks.`,
        `Parents gathered outside ${place} school as teachers marched through ${town} with banners.`],
      [`Schools across ${town} were closed by a teachers' strike over pay called by union leader ${person}.`,
        `The ${firm} education trust, which runs the district's schools, said it was ready for talks with the striking teachers.`,
        `At ${place} school, teachers on the picket line said their pay had fallen behind rising rents in ${town}.`],
      [`${person}, who leads the teachers' union in ${town}, said the pay strike had closed every school in the district.`,
        `The ${firm} trust called the strike regrettable and offered to meet the union on Wednesday about pay.`,
        `Teachers and parents rallied at ${place} school, where classes were cancelled for the day.`],
      [`A pay strike by ${town} teachers shut schools from ${place} to the town centre, union leader ${person} said.`,
        `${firm}, the trust that employs the teachers, said the pay offer on the table was the most it could afford.`,
        `${person} told strikers in ${town} that talks must resume before the strike could end.`],
    ],
  }),
];

/** The kind of event `event` is (bridge collapse, warehouse fire, club takeover, teachers' strike). */
export const topicOf = (event: number): number => event % TOPICS.length;

/** One outlet's report of event `event`; `variant` picks the outlet and its wording. */
export function report(event: number, variant: number, published: string | null = '2026-10-13'): GeneratedArticle {
  const names: Names = {
    person: `${inventedName(event, 1)} ${inventedName(event, 2)}`,
    town: inventedName(event, 3),
    firm: `${inventedName(event, 4)} Holdings`,
    place: inventedName(event, 5),
  };
  const topic = TOPICS[topicOf(event)]!(names);
  const text = topic.variants[variant % topic.variants.length]!.join('\n\n');
  return { title: topic.title, text, outlet: OUTLETS[variant % OUTLETS.length]!, published, url: `https://news.example/${event}/${variant}` };
}

/** A temporary folder removed by `cleanup`. */
export function tempDir(prefix = 'crosscheck-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes articles as JSONL (the ingester's `url`, `title`, `text`, `outlet`, `published` fields). */
export function writeJsonl(file: string, articles: readonly GeneratedArticle[]): string {
  writeFileSync(file, articles.map((a) => JSON.stringify({ ...a, ...(a.published === null && { published: undefined }) })).join('\n') + '\n');
  return file;
}

const byFirst = (a: unknown[], b: unknown[]): number => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0);

/**
 * What placing decided, as comparable rows: each article's place (seq, story, how it joined), each
 * story (title, dates, merge), each duplicate group with its members. Two stores fed the same input
 * give equal snapshots whatever their backend.
 */
export async function placementSnapshot(store: Store): Promise<{ articles: unknown[][]; stories: unknown[][]; groups: unknown[][]; members: unknown[][] }> {
  return store.read(async (db) => ({
    articles: (await db.selectFrom('articles').innerJoin('story_articles', 'story_articles.article_id', 'articles.id')
      .select(['articles.seq', 'articles.id', 'story_articles.story_id', 'story_articles.joined_by']).orderBy('articles.seq').execute())
      .map((r) => [Number(r.seq), r.id, r.story_id, r.joined_by]),
    stories: (await db.selectFrom('stories').select(['seq', 'id', 'title', 'first_published', 'last_published', 'merged_into']).orderBy('seq').execute())
      .map((r) => [Number(r.seq), r.id, r.title, r.first_published, r.last_published, r.merged_into]),
    // Sorted here: the backends' text collations may differ.
    groups: (await db.selectFrom('duplicate_groups').select(['id', 'kind']).execute()).map((r) => [r.id, r.kind]).sort(byFirst),
    members: (await db.selectFrom('duplicate_members').select(['article_id', 'group_id', 'copy_of', 'match_kind', 'jaccard']).execute())
      .map((r) => [r.article_id, r.group_id, r.copy_of, r.match_kind, r.jaccard === null ? null : Number(r.jaccard)]).sort(byFirst),
  }));
}
