import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnotator, toBriefArticle } from '../pipeline.js';
import { makeArticle } from '../test-support/articles.js';
import { createStoryBuilder } from './build-story.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import { timelineSvg } from '../server/pages/timeline-svg.js';
import type { Story } from '../types.js';

const annotator = createAnnotator();
const build = createStoryBuilder();

function story(...texts: [string, string][]): Story {
  return build(annotator.resolveDates(texts.map(([id, text]) => annotator.article(makeArticle(text, { id, outlet: `Outlet ${id}` })))));
}

const A = `Police arrested three men in Lyon on Saturday after the robbery of a jewellery shop in the old town.

The earthquake killed 300 people in the mountain province of Gansu, officials said.`;
const B = `Three men were detained by police in Lyon on Saturday following the jewellery shop robbery in the old town.

Officials said the earthquake in the mountain province of Gansu killed 320 people.`;

describe('facts grouped by meaning and number discrepancies', () => {
  it('groups two articles wording one fact differently ("arrested … after" and "were detained … following")', () => {
    const s = story(['a', A], ['b', B]);
    const arrest = s.facts.find((f) => /Lyon/.test(f.text))!;
    assert.deepEqual([...arrest.articles].sort(), ['a', 'b']);
    assert.equal(arrest.outlets, 2);
  });

  it('gives a fact the article’s sentence that states it, not an earlier one of the article that only shares words with it', () => {
    const y = 'A fire swept through a crowded dance hall in Goteborg on Thursday night. The cause of the fire in the dance hall had not been determined by police as of Friday evening.';
    const x = 'A fire swept through a crowded dance hall in Goteborg on Thursday night. Police had not determined the number of dead in the dance hall as of Friday evening. The cause of the fire in the dance hall had not been determined by police as of Friday evening.';
    const s = story(['y', y], ['x', x]);
    const cause = s.facts.find((f) => f.text.startsWith('The cause of the fire'))!;
    assert.deepEqual(cause.sources.map((sp) => (sp.article === 'x' ? x : y).slice(sp.start, sp.end).slice(0, 20)), ['The cause of the fir', 'The cause of the fir']);
    // The sentence it displaced is a fact of its own, not lost.
    assert.ok(s.facts.some((f) => f.text.startsWith('Police had not determined the number of dead')));
  });

  it('names a fact by the claim closest to the others, not by a short one that shares only a name with them', () => {
    const s = story(
      ['a', 'Defense Secretary Jim Mattis resigned on Thursday after President Trump rejected his advice to keep American troops in Syria.'],
      ['b', 'Jim Mattis, the defense secretary, resigned on Thursday after the president rejected his advice on keeping troops in Syria.'],
      ['c', 'Jim Mattis, the defense secretary, was rebuffed.'],
    );
    const fact = s.facts.find((f) => f.outlets === 3)!;
    assert.match(fact.text, /resigned on Thursday/);
  });

  it('reports two different figures for one quantity across articles as a number discrepancy with both sources', () => {
    const s = story(['a', A], ['b', B]);
    const numbers = s.discrepancies.filter((d) => d.kind === 'number');
    assert.equal(numbers.length, 1);
    const d = numbers[0]!;
    assert.ok(d.kind === 'number');
    assert.match(d.note, /Outlet a gives "300 people"/);
    assert.match(d.note, /Outlet b gives "320 people"/);
    const texts = d.sources.map((sp) => (sp.article === 'a' ? A : B).slice(sp.start, sp.end)).sort();
    assert.deepEqual(texts, ['300 people', '320 people']);
    // The fact counts two outlets, and says they do not give it alike.
    const quake = s.facts.find((f) => /Gansu/.test(f.text))!;
    assert.equal(quake.outlets, 2);
    assert.deepEqual(quake.disputed, ['number']);
    // The discrepancy names its fact, which the brief's reader sees beside it.
    assert.equal(d.fact, quake.id);
    const annotated = annotator.resolveDates([['a', A], ['b', B]].map(([id, text]) => annotator.article(makeArticle(text!, { id: id!, outlet: `Outlet ${id}` }))));
    const md = renderMarkdown({ stories: [s], articles: annotated.map(toBriefArticle), diagnostics: [] });
    assert.match(md, /- \*\*number\*\* in “[^”]*Gansu[^”]*”: Outlet a gives "300 people"; Outlet b gives "320 people"\./);
    assert.equal(s.facts.find((f) => /Lyon/.test(f.text))!.disputed, undefined);
  });

  it('raises no number discrepancy when the articles agree, or for dates and years', () => {
    const same = B.replace('320 people', '300 people');
    const agreed = story(['a', A], ['b', same]);
    assert.equal(agreed.discrepancies.filter((d) => d.kind === 'number').length, 0);
    assert.ok(agreed.facts.every((f) => f.disputed === undefined));
    const x = 'The storm hit the coast of Florida on 12 May 2018, flooding the low-lying town of Naples badly.';
    const y = 'The storm hit the coast of Florida on 13 May 2018, flooding the low-lying town of Naples badly.';
    assert.equal(story(['x', x], ['y', y]).discrepancies.filter((d) => d.kind === 'number').length, 0);
    // Ranks name two jobs, not two figures for one.
    const r = 'Steny Hoyer of Maryland kept the No. 2 job of House minority whip, and Jim Clyburn remained in No. 3 position.';
    const q = 'Democrats also re-elected Steny Hoyer of Maryland as whip, the No. 2 position, as well as Jim Clyburn.';
    assert.equal(story(['r', r], ['q', q]).discrepancies.filter((d) => d.kind === 'number').length, 0);
  });
});

describe('number discrepancies read as a reader would', () => {
  const counted = (s: Story) => s.discrepancies.filter((d) => d.kind === 'number');

  it('raises none for a bound another figure meets ("more than $1 million" and "$1.1 million")', () => {
    const a = 'Vanity Fair estimated the cost of reading the Constitution on the House floor at more than $1 million, critics said.';
    const b = 'Vanity Fair estimated the cost of reading the Constitution on the House floor at $1.1 million, critics said.';
    assert.equal(counted(story(['a', a], ['b', b])).length, 0);
    const c = b.replace('$1.1 million', '$1.6 million');
    const clash = counted(story(['a', a.replace('more than $1 million', '$1 million')], ['c', c]));
    assert.equal(clash.length, 1);
    assert.match(clash[0]!.note, /Outlet a gives "\$1 million"; Outlet c gives "\$1.6 million"/);
  });

  it('raises none for two figures of one unit that count different things in one fact, and one when they count the same thing', () => {
    const a = 'On Sunday, 1,500 Kurds in Rome massed outside the military hospital where Ocalan is held, demanding asylum for the Kurdish rebel leader.';
    const b = 'Outside the military hospital where Ocalan is held, 41 Kurds in Rome declared a hunger strike on Sunday, demanding asylum for the Kurdish rebel leader.';
    const s = story(['a', a], ['b', b]);
    assert.ok(s.facts.some((f) => f.outlets === 2), 'the two sentences state one fact');
    assert.equal(counted(s).length, 0);
    const c = b.replace('41 Kurds in Rome declared a hunger strike', '1,200 Kurds in Rome massed outside the hospital');
    assert.equal(counted(story(['a', a], ['c', c])).length, 1);
  });

  it('raises none for figures right after verbs of other senses, or of other places, and one for the same verb and place', () => {
    const a = 'A car bomb blew apart in the crowded Jerusalem market on Friday morning, killing both bombers and wounding 24 people.';
    const b = 'A car bomb blew apart in the crowded Jerusalem market on Friday morning, killing two people and wounding many others.';
    const s = story(['a', a], ['b', b]);
    assert.ok(s.facts.some((f) => f.outlets === 2), 'one fact');
    assert.equal(counted(s).length, 0);
    assert.equal(counted(story(['a', a], ['c', b.replace('killing two people', 'wounding two people')])).length, 1);
    const k = 'The nearly simultaneous truck bombing at the embassy in neighboring Kenya killed 213 people on Friday, officials said.';
    const t = 'The nearly simultaneous truck bombing at the embassy in neighboring Tanzania killed 11 people on Friday, officials said.';
    assert.equal(counted(story(['k', k], ['t', t])).length, 0);
    assert.equal(counted(story(['k', k], ['u', t.replace('Tanzania', 'Kenya')])).length, 1);
  });

  it('raises none for two figures that share only the verb of a change ("rose"), and one when they share what rose', () => {
    const a = 'Exxon said on Tuesday that its profit fell sharply, and its shares rose 2.3 percent to $74.375 in New York trading.';
    const b = 'Exxon said on Tuesday that its profit fell sharply, while its exploration spending rose 8 percent over the decade.';
    const s = story(['a', a], ['b', b]);
    assert.ok(s.facts.some((f) => f.outlets === 2), 'one fact');
    assert.equal(counted(s).length, 0);
    assert.equal(counted(story(['a', a], ['c', b.replace('its exploration spending rose 8 percent over the decade', 'its shares rose 8 percent in New York trading')])).length, 1);
  });
});

describe('date discrepancies', () => {
  const dated = (s: Story) => s.discrepancies.filter((d) => d.kind === 'date');

  it('reports two years given for one event, with both sources, and marks the fact disputed', () => {
    const a = 'Lahoud was appointed army commander in 1988 amid a rebellion in the fractured military during the civil war, officials said.';
    const b = 'Lahoud, appointed army commander in 1989 amid a rebellion in the fractured military during the civil war, now leads the country.';
    const s = story(['a', a], ['b', b]);
    const found = dated(s);
    assert.equal(found.length, 1);
    assert.match(found[0]!.note, /Outlet a gives "1988"; Outlet b gives "1989"/);
    assert.ok(found[0]!.kind === 'date');
    assert.deepEqual(found[0]!.sources.map((sp) => (sp.article === 'a' ? a : b).slice(sp.start, sp.end)).sort(), ['1988', '1989']);
    assert.deepEqual(s.facts.find((f) => f.outlets === 2)!.disputed, ['date']);
    // The timeline shows both dates, each marked disputed, in every format.
    assert.deepEqual(s.timeline.filter((t) => t.disputed).map((t) => t.date).sort(), ['1988', '1989']);
    const annotated = annotator.resolveDates([['a', a], ['b', b]].map(([id, text]) => annotator.article(makeArticle(text!, { id: id!, outlet: `Outlet ${id}` }))));
    const brief = { stories: [s], articles: annotated.map(toBriefArticle), diagnostics: [] };
    assert.match(renderMarkdown(brief), /- \*\*1989\*\* \(disputed: another outlet dates it otherwise\)/);
    assert.match(renderHtml(brief), /<b>1988<\/b> <span class="conflict">disputed: another outlet dates it otherwise<\/span>/);
    assert.match(timelineSvg(s.timeline, brief.articles, s.id).toString(), /1989 ≠/);
    const agreed = story(['a', a], ['b', b.replace('1989', '1988')]);
    assert.equal(dated(agreed).length, 0);
    assert.ok(agreed.timeline.every((t) => t.disputed === undefined));
  });

  it('lets a month hold its day, and compares no span and no weekday', () => {
    const a = 'China’s Vice President Wang Qishan left Beijing for Russia and Belarus on May 24, 2018, his first trip abroad in the post.';
    const month = 'China’s Vice President Wang Qishan left Beijing for Russia and Belarus in May 2018, his first trip abroad in the post.';
    assert.equal(dated(story(['a', a], ['b', month])).length, 0);
    const span = 'China’s Vice President Wang Qishan left Beijing for Russia and Belarus from May 26 to May 29, 2018, his first trip abroad in the post.';
    assert.equal(dated(story(['a', a], ['b', span])).length, 0);
    const weekday = 'China’s Vice President Wang Qishan left Beijing for Russia and Belarus on Tuesday, his first trip abroad in the post.';
    assert.equal(dated(story(['a', a], ['b', weekday])).length, 0);
    assert.equal(dated(story(['a', a], ['b', a.replace('May 24', 'May 27')])).length, 1);
  });
});

describe('name discrepancies', () => {
  const named = (s: Story) => s.discrepancies.filter((d) => d.kind === 'name');
  const full = 'China’s climate envoy Xie Zhenhua met the European delegates in Beijing on Monday to discuss a new coalition government.';

  it('reports outlets writing different ends of one person’s name alone, each as the surname', () => {
    const a = `${full}\n\nXie said the talks went well. Xie will meet the premier next.`;
    const b = `${full}\n\nZhenhua said the talks went well. Zhenhua will meet the premier next.`;
    const found = named(story(['a', a], ['b', b]));
    assert.equal(found.length, 1);
    assert.match(found[0]!.note, /Outlet a calls Xie Zhenhua "Xie"; Outlet b calls Xie Zhenhua "Zhenhua"/);
  });

  it('raises none for a given name written alone, a single use, or one inside a quotation', () => {
    const a = 'Senator Hillary Clinton spoke in Iowa on Monday about health care costs.\n\nClinton said costs must fall. Clinton then left.';
    const b = 'Senator Hillary Clinton spoke in Iowa on Monday about health care costs.\n\nHillary said costs must fall. Hillary then left.';
    assert.equal(named(story(['a', a], ['b', b])).length, 0);
    const once = `${full}\n\nXie said the talks went well. Xie will meet the premier next.`;
    assert.equal(named(story(['a', once], ['b', `${full}\n\nZhenhua said the talks went well.`])).length, 0);
    const quoted = `${full}\n\n“Zhenhua is the man to talk to, and Zhenhua knows it,” an aide said.`;
    assert.equal(named(story(['a', once], ['b', quoted])).length, 0);
  });
});

describe('figures and dates inside quotations', () => {
  it('are the speakers’ words: two outlets quoting two ads with different figures do not contradict each other', () => {
    const a = 'The new Republican television advertisement on Medicare says: “Obama has cut $716 billion from Medicare to pay for his health law.”';
    const b = 'The new Democratic television advertisement on Medicare says: “Romney would cut $800 billion from Medicare to pay for his tax plan.”';
    const s = story(['a', a], ['b', b]);
    assert.ok(s.facts.some((f) => f.outlets === 2), 'one fact');
    assert.equal(s.discrepancies.filter((d) => d.kind === 'number').length, 0);
    const unquoted = story(['a', a.replace(/[“”]/g, '')], ['b', b.replace(/[“”]/g, '')]);
    assert.equal(unquoted.discrepancies.filter((d) => d.kind === 'number').length, 1);
  });
});

describe('misquoted figures', () => {
  const said = (figure: string, extra = '') =>
    `The governor defended the budget on Tuesday. “We will cut ${figure} of the state’s jobs by next year, and nobody will be left without help,”${extra} Governor Ann Keller said at a news conference in Albany.`;

  it('reports two outlets quoting the same words with different figures, naming the quote', () => {
    const a = said('40 percent');
    const b = said('14 percent');
    const s = story(['a', a], ['b', b]);
    const quoted = s.discrepancies.filter((d) => d.kind === 'number' && d.quote !== undefined);
    assert.equal(quoted.length, 1);
    const d = quoted[0]!;
    assert.ok(d.kind === 'number');
    assert.match(d.note, /Outlet a quotes "40 percent"; Outlet b quotes "14 percent"/);
    assert.deepEqual(d.sources.map((sp) => (sp.article === 'a' ? a : b).slice(sp.start, sp.end)).sort(), ['14 percent', '40 percent']);
    const entry = s.quotes.find((q) => q.id === d.quote)!;
    assert.match(entry.text, /of the state’s jobs/);
    assert.equal(new Set(entry.attributions.map((x) => x.article)).size, 2);
    // The brief's reader sees the quote beside it.
    const annotated = annotator.resolveDates([['a', a], ['b', b]].map(([id, text]) => annotator.article(makeArticle(text!, { id: id!, outlet: `Outlet ${id}` }))));
    const md = renderMarkdown({ stories: [s], articles: annotated.map(toBriefArticle), diagnostics: [] });
    assert.match(md, /- \*\*number\*\* in “[^”]*state’s jobs[^”]*”: Outlet a quotes "40 percent"; Outlet b quotes "14 percent"\./);
  });

  it('raises none for the same figure written otherwise, or for a figure in words only one outlet quotes', () => {
    const agreeing = story(['a', said('40 percent')], ['b', said('forty percent')]);
    assert.equal(agreeing.discrepancies.filter((d) => d.kind === 'number').length, 0);
    const longer = `The governor defended the budget on Tuesday. “We will cut jobs by next year, and nobody will be left without help. It took us 12 years to get here,” Governor Ann Keller said at a news conference in Albany.`;
    const shorter = `The governor defended the budget on Tuesday. “We will cut jobs by next year, and nobody will be left without help,” Governor Ann Keller said at a news conference in Albany, where 30 years of budgets were recalled.`;
    const s = story(['a', longer], ['b', shorter]);
    assert.ok(s.quotes.some((q) => new Set(q.attributions.map((x) => x.article)).size === 2), 'one quote in both');
    assert.equal(s.discrepancies.filter((d) => d.kind === 'number').length, 0);
  });
});
