import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnotator } from '../pipeline.js';
import { makeArticle } from '../test-support/articles.js';
import { createStoryBuilder } from './build-story.js';
import { mergeEntities, variantKey, type EntityIndex } from './merge-entities.js';
import { buildQuoteLedger } from './quote-ledger.js';
import { asArticleId, type AnnotatedArticle, type EntityType, type LocalEntity, type Story } from '../types.js';

const annotator = createAnnotator();
const build = createStoryBuilder();

function story(...texts: [string, string][]): { story: Story; articles: AnnotatedArticle[] } {
  const articles = annotator.resolveDates(texts.map(([id, text]) => annotator.article(makeArticle(text, { id, outlet: `Outlet ${id}` }))));
  return { story: build(articles), articles };
}

/**
 * The ledger of one-sentence articles, each giving its quote to one story entity: `[id, text, entity
 * name, entity type, aliases]`, the story's index resolving every speaker of an article to its entity.
 */
function ledgerOf(rows: readonly [string, string, string, 'person' | 'organization' | 'place', string[]][]) {
  const articles = rows.map(([id, text]) => annotator.article(makeArticle(text, { id })));
  const index: EntityIndex = {
    entities: rows.map(([id, , name, type, aliases]) => ({ name, type, aliases, articles: [id as AnnotatedArticle['article']['id']], mentions: 1 })),
    resolve: (article) => rows.find(([id]) => id === article)![2],
  };
  return buildQuoteLedger(articles, index);
}

const A = `Maria Lopez, a trade expert at Harvard University, said the deal was fragile.

"The tariffs will stay in place for years, and both sides know it," Lopez said.

John Smith, a former diplomat, disagreed. "Nobody in Geneva expects a breakthrough before the election," Smith said.`;

const B = `Analysts were divided on Tuesday.

John Smith said: “The tariffs will stay in place for years – and both sides know it. Nobody in Geneva expects a breakthrough before the election.”`;

describe('story title', () => {
  it('takes a headline when any article has one, else the lead sentence, cut to fourteen words', () => {
    const lead = 'Astronauts boarded the space shuttle Endeavour on Friday for the first space station construction flight, a day after an alarm halted the countdown.';
    const untitled = build([annotator.article(makeArticle(lead, { id: 'u1' })), annotator.article(makeArticle('The shuttle lifted off with six astronauts.', { id: 'u2' }))]);
    assert.equal(untitled.title, 'Astronauts boarded the space shuttle Endeavour on Friday for the first space station construction …');
    const titled = build([annotator.article(makeArticle(lead, { id: 'u1' })), annotator.article(makeArticle('The shuttle lifted off.', { id: 'u2', title: 'Endeavour lifts off' }))]);
    assert.equal(titled.title, 'Endeavour lifts off');
  });
});

describe('quote ledger', () => {
  it('matches one quote across outlets despite other marks and punctuation, and a joined quote', () => {
    const { story: s } = story(['a', A], ['b', B]);
    const tariffs = s.quotes.find((q) => q.text.startsWith('The tariffs'))!;
    const geneva = s.quotes.find((q) => q.text.startsWith('Nobody in Geneva'))!;
    assert.deepEqual(tariffs.attributions.map((x) => x.article).sort(), ['a', 'b']);
    assert.deepEqual(geneva.attributions.map((x) => x.article).sort(), ['a', 'b']);
    // The joined quote of B is split: each ledger entry points at its own part of B's quote.
    const inB = (q: typeof tariffs) => q.attributions.find((x) => x.article === 'b')!;
    assert.ok(inB(tariffs).end <= inB(geneva).start);
  });

  it('flags a conflict only where the speakers differ', () => {
    const { story: s } = story(['a', A], ['b', B]);
    const tariffs = s.quotes.find((q) => q.text.startsWith('The tariffs'))!;
    const geneva = s.quotes.find((q) => q.text.startsWith('Nobody in Geneva'))!;
    assert.equal(tariffs.conflict, true);
    assert.deepEqual(tariffs.attributions.map((x) => x.speaker).sort(), ['John Smith', 'Maria Lopez']);
    assert.equal(geneva.conflict, false);
    assert.equal(s.discrepancies.length, 1);
    assert.equal(s.discrepancies[0]!.kind, 'attribution');
    // The facts holding the conflicting quote say so; the one holding the agreed quote does not.
    const holding = (quote: typeof tariffs) => s.facts.filter((f) => f.sources.some((src) => quote.attributions.some((x) => x.article === src.article && x.start < src.end && src.start < x.end)));
    assert.ok(holding(tariffs).length > 0 && holding(tariffs).every((f) => f.disputed?.includes('attribution')));
    assert.ok(holding(geneva).length > 0 && holding(geneva).every((f) => f.disputed === undefined));
  });

  it('does not flag a group against a named person: it is a vaguer account, not another speaker', () => {
    const d = `Senior White House officials raised the stakes on Wednesday. Several senators said “the tariffs will stay in place for years, and both sides know it.”`;
    const { story: s } = story(['a', A], ['d', d]);
    const tariffs = s.quotes.find((q) => q.text.toLowerCase().startsWith('the tariffs'))!;
    assert.deepEqual(tariffs.attributions.map((x) => x.article).sort(), ['a', 'd']);
    assert.notEqual(tariffs.attributions.find((x) => x.article === 'd')!.speaker, 'Maria Lopez');
    assert.equal(tariffs.conflict, false);
    assert.equal(s.discrepancies.length, 0);
  });

  it('does not flag one person written two ways, nor a short phrase quoted from two people', () => {
    const e = `Timothy Smith, a former diplomat, was blunt. "Nobody in Geneva expects a breakthrough before the election," Timothy Smith said. Maria Lopez called the plan "fragile."`;
    const f = `Tim Smith said: "Nobody in Geneva expects a breakthrough before the election." John Smith called it "fragile."`;
    const { story: s } = story(['e', e], ['f', f]);
    const geneva = s.quotes.find((q) => q.text.startsWith('Nobody in Geneva'))!;
    // One story entity for both spellings, so both attributions name it, as most mentions write it.
    assert.deepEqual(geneva.attributions.map((x) => x.speaker), ['Timothy Smith', 'Timothy Smith']);
    assert.equal(geneva.conflict, false);
    const fragile = s.quotes.find((q) => q.text.startsWith('fragile'));
    assert.ok(fragile === undefined || !fragile.conflict);
    assert.equal(s.discrepancies.filter((d) => d.kind === 'attribution').length, 0);
  });

  it('does not flag one person the story lists under two spellings', () => {
    const texts: [string, string][] = [
      ['a', '“We offered the prime minister an opportunity to balance the record,” Durbin said.'],
      ['b', '“We offered the prime minister an opportunity to balance the record,” Durbin said on Tuesday.'],
    ];
    const articles = texts.map(([id, text]) => annotator.article(makeArticle(text, { id })));
    const person = (name: string, article: string) => ({ name, type: 'person' as const, aliases: ['Durbin'], articles: [article as AnnotatedArticle['article']['id']], mentions: 1 });
    const index: EntityIndex = {
      entities: [person('Dick Durbin', 'a'), person('Richard J. Durbin', 'b')],
      resolve: (article) => (article === 'a' ? 'Dick Durbin' : 'Richard J. Durbin'),
    };
    const { quotes, discrepancies } = buildQuoteLedger(articles, index);
    assert.deepEqual(quotes[0]!.attributions.map((x) => x.speaker), ['Dick Durbin', 'Richard J. Durbin']);
    assert.equal(quotes[0]!.conflict, false);
    assert.equal(discrepancies.length, 0);
  });

  it('does not flag two speakers that are both only inferred', () => {
    const g = `Maria Lopez, a trade expert, said the deal was fragile. "The talks are dead," Lopez said.

"Nobody in Geneva expects a breakthrough before the election."`;
    const h = `John Smith, a former diplomat, was blunt. "The deal is off," Smith said.

"Nobody in Geneva expects a breakthrough before the election."`;
    const { story: s } = story(['g', g], ['h', h]);
    const geneva = s.quotes.find((q) => q.text.startsWith('Nobody in Geneva'))!;
    assert.deepEqual(geneva.attributions.map((x) => [x.speaker, x.explicit]).sort(), [['John Smith', false], ['Maria Lopez', false]]);
    assert.equal(geneva.conflict, false);
  });

  it('does not take a short phrase inside two people’s quotes for one quote', () => {
    const m = `Jose Brillantes, a minister, spoke on Monday. He also said "there is no connection" between the case and the summit.`;
    const n = `Balwant Singh, a defence lawyer, spoke on Monday. "His instructions are he wants us to proceed with the appeal. There is no connection and no change," Singh said.`;
    const { story: s } = story(['m', m], ['n', n]);
    assert.ok(s.quotes.every((q) => new Set(q.attributions.map((x) => x.article)).size === 1), JSON.stringify(s.quotes.map((q) => q.text)));
  });

  it('keeps two quotes apart that share only a phrase, and joins one quote written with a word or two apart', () => {
    const v = `Brian Vicente, a lawyer, spoke on Friday. "I think it shows they are on the wrong side of history," Vicente said.`;
    const t = `Mason Tvert, an activist, spoke on Friday. "They are wasting their taxpayers' dollars by filing this suit. These guys are on the wrong side of history," Tvert said.`;
    const { story: apart } = story(['v', v], ['t', t]);
    assert.ok(apart.quotes.every((q) => new Set(q.attributions.map((x) => x.article)).size === 1), JSON.stringify(apart.quotes.map((q) => q.text)));
    assert.ok(apart.quotes.every((q) => !q.conflict));
    const h = `Rand Paul spoke on Friday. "Hello, my name is the Republican Party and I have a problem," Paul said.`;
    const g = `Rand Paul spoke on Friday. "Hello, my name is the Republican Party, and I got a problem. I'm addicted to spending and big government," Paul said.`;
    const { story: joined } = story(['h', h], ['g', g]);
    assert.ok(joined.quotes.some((q) => new Set(q.attributions.map((x) => x.article)).size === 2), JSON.stringify(joined.quotes.map((q) => q.text)));
  });

  it('joins one quote with a word changed in the middle, and keeps two quotes of one article apart that differ by a word', () => {
    const shared = (n: string, typo: string) => `Joe Foley spoke on Monday. “Compliance means turnover of the ${n} suspects for trial, and we will not settle for less. It's been a long wait and we are ${typo},” Foley said.`;
    const { story: one } = story(['a', shared('two', 'patient')], ['b', shared('3', 'patiant')]);
    const both = one.quotes.filter((q) => new Set(q.attributions.map((x) => x.article)).size === 2);
    assert.equal(both.length, 1, JSON.stringify(one.quotes.map((q) => q.text)));
    // The attribution covers the words either side of the changed ones.
    const b = shared('3', 'patiant');
    const inB = both[0]!.attributions.find((x) => x.article === 'b')!;
    assert.match(b.slice(inB.start, inB.end), /^Compliance means turnover of the 3 suspects.*we are patiant$/);
    const c = `John Boehner spoke on Monday. “We’ve got a big challenge, and we’ve got work to do,” Boehner said. Later he added: “We’ve got a real challenge.”`;
    const { story: two } = story(['c', c], ['d', `John Boehner spoke on Monday. “We’ve got a big challenge, and we’ve got work to do,” Boehner said.`]);
    const inC = two.quotes.filter((q) => q.attributions.some((x) => x.article === 'c'));
    assert.equal(inC.length, 2, JSON.stringify(two.quotes.map((q) => q.text)));
  });

  it('gives a quote to the story’s person when an article typed the lone surname as a place', () => {
    const { quotes } = ledgerOf([
      ['a', '“We hope to make clear the extreme gravity of the situation,” Richard Holbrooke said.', 'Richard Holbrooke', 'person', ['Holbrooke']],
      ['b', '“We hope to make clear the extreme gravity of the situation,” Holbrooke said.', 'Holbrooke', 'place', []],
    ]);
    assert.deepEqual(quotes[0]!.attributions.map((x) => x.speaker), ['Richard Holbrooke', 'Richard Holbrooke']);
  });

  it('does not flag two speakers each found through a pronoun', () => {
    const i = `Maria Lopez, a trade expert, spoke first. John Smith, a former diplomat, spoke next. He said: "Nobody in Geneva expects a breakthrough before the election."`;
    const j = `John Smith, a former diplomat, spoke first. Maria Lopez, a trade expert, spoke next. She said: "Nobody in Geneva expects a breakthrough before the election."`;
    const { story: s } = story(['i', i], ['j', j]);
    const geneva = s.quotes.find((q) => q.text.startsWith('Nobody in Geneva'))!;
    assert.deepEqual(geneva.attributions.map((x) => x.speaker).sort(), ['John Smith', 'Maria Lopez']);
    assert.equal(geneva.conflict, false);
  });

  it('flags two pronoun speakers when each carries on the quote before it, which names them', () => {
    const o = `Maria Lopez, a trade expert, spoke first. "The talks are dead," Lopez said. "Nobody in Geneva expects a breakthrough before the election," she added.`;
    const p = `John Smith, a former diplomat, was blunt. "The deal is off," Smith said. "Nobody in Geneva expects a breakthrough before the election," he added.`;
    const { story: s } = story(['o', o], ['p', p]);
    const geneva = s.quotes.find((q) => q.text.startsWith('Nobody in Geneva'))!;
    assert.deepEqual(geneva.attributions.map((x) => x.speaker).sort(), ['John Smith', 'Maria Lopez']);
    assert.equal(geneva.conflict, true);
  });

  it('flags a pronoun speaker against one the other outlet names', () => {
    const k = `Maria Lopez, a trade expert, spoke first. She said: "Nobody in Geneva expects a breakthrough before the election."`;
    const { story: s } = story(['k', k], ['b', B]);
    const geneva = s.quotes.find((q) => q.text.startsWith('Nobody in Geneva'))!;
    assert.deepEqual(geneva.attributions.map((x) => x.speaker).sort(), ['John Smith', 'Maria Lopez']);
    assert.equal(geneva.conflict, true);
  });

  it('does not flag a person against a body: the person may speak for it', () => {
    const { quotes } = ledgerOf([
      ['a', '“This strategy is very cynical but very obvious and transparent,” the Intelligence Committee said.', 'Intelligence Committee', 'organization', []],
      ['b', '“This strategy is very cynical but very obvious and transparent,” Jim Manley said.', 'Jim Manley', 'person', []],
    ]);
    assert.deepEqual(quotes[0]!.attributions.map((x) => x.speaker), ['Intelligence Committee', 'Jim Manley']);
    assert.equal(quotes[0]!.conflict, false);
  });

  it('flags an implied speaker against an explicit one', () => {
    const c = `Maria Lopez, a trade expert, said the deal was fragile. "The talks are dead," Lopez said.

"Nobody in Geneva expects a breakthrough before the election."`;
    const { story: s } = story(['c', c], ['b', B]);
    const geneva = s.quotes.find((q) => q.text.startsWith('Nobody in Geneva'))!;
    const implied = geneva.attributions.find((x) => x.article === 'c')!;
    assert.equal(implied.explicit, false);
    assert.equal(implied.speaker, 'Maria Lopez');
    assert.equal(geneva.conflict, true);
  });
});

describe('entity merging', () => {
  it('folds spelling variants and short forms into one story entity', () => {
    assert.equal(variantKey('Shanghai Cooperation Organisation'), variantKey('Shanghai Cooperation Organization'));
    assert.equal(variantKey('St. Petersburg'), variantKey('St Petersburg'));
    assert.equal(variantKey('Kim Dae-jung'), variantKey('Kim Dae Jung'));
    const korea = mergeEntities([
      annotator.article(makeArticle('President Kim Dae-jung met the envoy. Kim Dae-jung said the talks went well.', { id: 'k1' })),
      annotator.article(makeArticle('President Kim Dae-jung spoke on Monday.', { id: 'k2' })),
      annotator.article(makeArticle('President Kim Dae Jung spoke again.', { id: 'k3' })),
    ]);
    assert.deepEqual(korea.entities.filter((x) => x.type === 'person').map((x) => [x.name, x.aliases]), [['Kim Dae-jung', ['Kim Dae Jung']]]);
    // An acronym alone in one article joins the name another spells it out as.
    const story = mergeEntities([
      annotator.article(makeArticle('The offer extends protections for Deferred Action for Childhood Arrivals (DACA) recipients. The space shuttle Endeavour lifted off.', { id: 'd1' })),
      annotator.article(makeArticle('Democrats said DACA needed a permanent fix. The space shuttle Endeavour docked.', { id: 'd2' })),
    ]);
    const daca = story.entities.filter((x) => x.name.includes('Childhood') || x.name === 'DACA' || x.aliases.includes('DACA'));
    assert.deepEqual(daca.map((x) => [x.name, x.articles]), [['Deferred Action for Childhood Arrivals', ['d1', 'd2']]]);
    assert.equal(story.resolve(asArticleId('d2'), 'DACA'), 'Deferred Action for Childhood Arrivals');
    // A body's acronym no article spells out joins the one body whose initials it is; "GOP" is the Republican Party.
    const rnc = mergeEntities([
      annotator.article(makeArticle('Michael Steele, chairman of the Republican National Committee, spoke for the Republican Party on Friday.', { id: 'r1' })),
      annotator.article(makeArticle('The RNC chairman was caught on camera, and GOP senators were angry.', { id: 'r2' })),
    ]);
    const bodies = rnc.entities.filter((x) => x.type === 'organization').map((x) => [x.name, x.aliases, x.articles]);
    assert.deepEqual(bodies.find((b) => b[0] === 'Republican National Committee'), ['Republican National Committee', ['RNC'], ['r1', 'r2']], JSON.stringify(bodies));
    assert.deepEqual(bodies.find((b) => b[0] === 'Republican Party'), ['Republican Party', ['GOP'], ['r1', 'r2']], JSON.stringify(bodies));
    assert.equal(rnc.resolve(asArticleId('r2'), 'RNC'), 'Republican National Committee');
    // One outlet's misspelled surname is the same person.
    const typo = mergeEntities([
      annotator.article(makeArticle('Reince Preibus, the Wisconsin party chairman, is weighing a bid.', { id: 't1' })),
      annotator.article(makeArticle('Reince Priebus, the Wisconsin party chairman, is weighing a bid.', { id: 't2' })),
    ]);
    assert.deepEqual(typo.entities.filter((x) => x.type === 'person').map((x) => x.articles), [['t1', 't2']], JSON.stringify(typo.entities));
    // "House" is the chamber, not the White House.
    const chambers = mergeEntities([
      annotator.article(makeArticle('The bill still needs a final vote in the House, officials said.', { id: 'h1' })),
      annotator.article(makeArticle('The White House said the bill would pass.', { id: 'h2' })),
    ]);
    assert.deepEqual(chambers.entities.filter((x) => x.type === 'organization').map((x) => [x.name, x.aliases]).sort(), [['House', []], ['White House', []]], JSON.stringify(chambers.entities));
    // A party's member described by state lists the state; as a speaker it stays the member described.
    const member = mergeEntities([
      annotator.article(makeArticle('Sen. John McCain, R-Ariz., said the comments were "wildly inaccurate." The Arizona Republican said the decision was "appropriate."', { id: 'a1' })),
    ]);
    const places = member.entities.filter((x) => x.type === 'place').map((x) => x.name);
    assert.ok(places.includes('Arizona') && !places.some((p) => p.endsWith('Republican')), JSON.stringify(places));
    assert.equal(member.resolve(asArticleId('a1'), 'Arizona Republican'), 'Arizona Republican');
    const body = mergeEntities([
      annotator.article(makeArticle('Rep. Anthony Weiner spoke on Tuesday. The New York Democrat, who is known for his combative style, said no.', { id: 'w1' })),
    ]);
    assert.ok(!body.entities.some((x) => x.name.endsWith('Democrat')), JSON.stringify(body.entities));
    // A lone word is a short form only as the longer name writes it, not by a spelling fold ("Marry" is not "Mary").
    const marry = mergeEntities([
      annotator.article(makeArticle('Gov. Mary Fallin of Oklahoma signed the bill on Tuesday.', { id: 'm1' })),
      annotator.article(makeArticle('Evan Wolfson, the founder of Freedom to Marry, a gay rights organization, said the ruling was historic.', { id: 'm2' })),
    ]);
    assert.ok(!marry.entities.some((x) => x.name === 'Mary Fallin' && x.aliases.includes('Marry')), JSON.stringify(marry.entities));
    assert.equal(variantKey('Ministry of Foreign Affairs'), variantKey('Foreign Ministry'));
    const arts = [
      annotator.article(makeArticle('Officials of the Shanghai Cooperation Organisation met the Asad government.', { id: 'x' })),
      annotator.article(makeArticle('The Shanghai Cooperation Organization backed the Assad government.', { id: 'y' })),
    ];
    const index = mergeEntities(arts);
    const sco = index.entities.find((e) => e.name === 'Shanghai Cooperation Organisation')!;
    assert.deepEqual([...sco.articles].sort(), ['x', 'y']);
    const assad = index.entities.find((e) => e.name === 'Bashar al-Assad')!;
    assert.deepEqual([...assad.aliases].sort(), ['Asad', 'Assad']);
  });

  it('joins a company’s short name to the company, whatever type an article gave it ("Netscape", "Exxon", "America Online")', () => {
    const local = (name: string, type: EntityType, count: number): LocalEntity => ({
      name, type, aliases: [], mentions: Array.from({ length: count }, (_, i) => ({ start: i, end: i + 1, text: name, type, name })),
    });
    const article = (id: string, entities: LocalEntity[]) => ({ ...annotator.article(makeArticle('Shares rose.', { id })), entities });
    const index = mergeEntities([
      article('n1', [local('Netscape Communications Corp.', 'organization', 3), local('Exxon Corp.', 'organization', 2), local('Exxon of Mobil', 'organization', 1), local('America Online Inc.', 'organization', 2)]),
      article('n2', [local('Netscape Communication Corp.', 'organization', 1), local('Netscape', 'place', 4), local('Exxon', 'organization', 2), local('America Online', 'place', 1), local('America', 'place', 1)]),
    ]);
    const named = (name: string) => index.entities.find((e) => e.name === name);
    assert.deepEqual(named('Netscape Communications Corp.')?.articles, ['n1', 'n2']);
    assert.deepEqual(named('Exxon Corp.')?.articles, ['n1', 'n2']);
    assert.deepEqual(named('America Online Inc.')?.articles, ['n1', 'n2']);
    assert.equal(named('Netscape'), undefined);
    // A place the gazetteers know stays a place.
    assert.equal(named('America')?.type, 'place');
  });

  it('keeps a place the gazetteers know apart from a longer place that opens with it ("Ohio" of "the Ohio River", "Washington" of "the George Washington Bridge")', () => {
    const local = (name: string, type: EntityType): LocalEntity => ({ name, type, aliases: [], mentions: [{ start: 0, end: 1, text: name, type, name }] });
    const article = (id: string, entities: LocalEntity[]) => ({ ...annotator.article(makeArticle('Traffic stopped.', { id })), entities });
    const index = mergeEntities([
      article('b1', [local('Ohio River', 'place'), local('George Washington Bridge', 'place'), local('South Carolina Republican', 'place')]),
      article('b2', [local('Ohio', 'place'), local('Washington', 'place'), local('South Carolina', 'place'), local('Washington Metrorail', 'place')]),
    ]);
    const places = index.entities.map((e) => [e.name, e.aliases]).sort();
    for (const name of ['Ohio', 'Washington', 'South Carolina']) assert.ok(places.some(([n, a]) => n === name && (a as string[]).length === 0), JSON.stringify(places));
  });

  it('merges one person written two ways across articles, by short form or middle initial', () => {
    const arts = [
      annotator.article(makeArticle('Editor Bill Kristol wrote a letter. Kristol asked Steele to resign.', { id: 'x' })),
      annotator.article(makeArticle('William Kristol, the editor, called for his resignation.', { id: 'y' })),
    ];
    const kristol = mergeEntities(arts).entities.filter((e) => e.type === 'person' && e.name.endsWith('Kristol'));
    assert.equal(kristol.length, 1);
    assert.deepEqual([...kristol[0]!.articles].sort(), ['x', 'y']);
  });

  it('keeps a father and his son of one name apart ("Donald Trump", "Donald Trump Jr.")', () => {
    const arts = [
      annotator.article(makeArticle('President Donald Trump’s oldest son, Donald Trump Jr., communicated with WikiLeaks.', { id: 'x' })),
      annotator.article(makeArticle('Donald Trump Jr. released the messages on Monday night.', { id: 'y' })),
      annotator.article(makeArticle('Donald Trump praised his son on Tuesday.', { id: 'z' })),
    ];
    const names = mergeEntities(arts).entities.filter((e) => e.type === 'person').map((e) => [e.name, [...e.articles].sort()]);
    assert.deepEqual(names.find(([n]) => n === 'Donald Trump Jr.')?.[1], ['x', 'y'], JSON.stringify(names));
    assert.deepEqual(names.find(([n]) => n === 'Donald Trump')?.[1], ['x', 'z'], JSON.stringify(names));
  });

  it('gives a name one type across the story, the type most mentions carry', () => {
    const article = (id: string, type: EntityType, mentions: number): AnnotatedArticle => {
      const annotated = annotator.article(makeArticle('The module is in orbit.', { id }));
      const mention = { start: 4, end: 10, text: 'module', type, name: 'Zarya' };
      return { ...annotated, entities: [{ name: 'Zarya', type, aliases: [], mentions: Array.from({ length: mentions }, () => mention) }] };
    };
    const zarya = mergeEntities([article('x', 'place', 2), article('y', 'person', 1), article('z', 'place', 1)]).entities.filter((e) => e.name === 'Zarya');
    assert.deepEqual(zarya.map((e) => [e.type, [...e.articles].sort(), e.mentions]), [['place', ['x', 'y', 'z'], 4]]);
  });

  it('keeps two people who share only a surname apart', () => {
    const arts = [
      annotator.article(makeArticle('Li Xing, an expert, said the trip matters.', { id: 'x' })),
      annotator.article(makeArticle('Prime Minister Li Keqiang holds the No. 2 position.', { id: 'y' })),
    ];
    const people = mergeEntities(arts).entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    assert.deepEqual(people, ['Li Keqiang', 'Li Xing']);
  });
});

describe('facts, timeline, omissions and summary', () => {
  const x = `Chinese Vice-President Wang Qishan heads to Russia this week on his maiden overseas trip since taking office.

The central bank cut interest rates by 0.25 percentage points on Friday, January 5, 2018.`;
  const y = `China's new vice-president Wang Qishan will visit Russia starting this week, his first overseas trip since being appointed.

Farmers in Iowa protested against the tariffs.`;

  it('groups paraphrases of one claim and counts its outlets', () => {
    const { story: s } = story(['x', x], ['y', y]);
    const trip = s.facts.find((f) => f.articles.length === 2)!;
    assert.ok(trip, 'the trip is one fact reported by both');
    assert.equal(trip.outlets, 2);
    assert.ok(/Wang Qishan/.test(trip.text));
    const rates = s.facts.find((f) => f.text.includes('interest rates'))!;
    assert.deepEqual(rates.articles, ['x']);
  });

  it('counts one outlet once even when it carries a fact in two articles', () => {
    const articles = annotator.resolveDates([
      annotator.article(makeArticle(x, { id: 'x1', outlet: 'Same' })),
      annotator.article(makeArticle(y, { id: 'y1', outlet: 'Same' })),
    ]);
    const s = build(articles);
    assert.equal(s.facts.find((f) => f.articles.length === 2)!.outlets, 1);
  });

  it('lists what each article leaves out', () => {
    const { story: s } = story(['x', x], ['y', y]);
    const ox = s.omissions.find((o) => o.article === 'x')!;
    assert.ok(ox.facts.some((id) => s.facts.find((f) => f.id === id)!.text.includes('Iowa')));
  });

  it('dates the timeline with the sentence that carries each date', () => {
    const { story: s } = story(['x', x], ['y', y]);
    const jan5 = s.timeline.find((t) => t.date === '2018-01-05')!;
    assert.equal(jan5.granularity, 'day');
    assert.ok(jan5.text.includes('interest rates'));
  });

  it('summarises with cited sentences, the shared claim first', () => {
    const { story: s, articles } = story(['x', x], ['y', y]);
    assert.ok(s.summary.length >= 1 && s.summary.length <= 5);
    const first = s.summary[0]!;
    assert.equal(new Set(first.sources.map((sp) => sp.article)).size, 2);
    const own = first.sources[0]!;
    const a = articles.find((z) => z.article.id === own.article)!;
    assert.equal(a.article.text.slice(own.start, own.end), first.text);
  });
});

describe('independent outlets', () => {
  it('counts one wire story printed by two outlets as one source', () => {
    const wire = `The central bank cut interest rates by a quarter point on Friday, citing weaker growth and falling prices across the region. Officials said the move was expected and markets rose.

Economists at three banks said further cuts were likely before the end of the year if inflation stays low.`;
    const own = `The central bank lowered interest rates on Friday by a quarter point, its governor said, as growth slowed.

Markets rose after the decision and economists expect further cuts this year.`;
    const articles = annotator.resolveDates([
      annotator.article(makeArticle(wire, { id: 'w1', outlet: 'Daily One' })),
      annotator.article(makeArticle(wire, { id: 'w2', outlet: 'Daily Two' })),
      annotator.article(makeArticle(own, { id: 'o1', outlet: 'Daily Three' })),
    ]);
    const s = build(articles);
    assert.deepEqual(s.duplicates?.map((g) => [...g.articles].sort()), [['w1', 'w2']]);
    const cut = s.facts.find((f) => f.articles.length === 3);
    assert.ok(cut, 'the rate cut is one fact in all three articles');
    assert.equal(cut.outlets, 2);
  });
});
