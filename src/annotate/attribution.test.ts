import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributionSequences } from './attribution-features.js';
import { contentMarginPlain, loadAttributionModel, tagSequence, tagSequencePlain, taggedSpans } from './attribution-model.js';
import { assembleAttributions, attributionSpeaker } from './attribution-quotes.js';
import { goldLabels, locateNear, trainAttribution, type TrainingArticle } from './attribution-train.js';
import { modelFromStored } from './ner-model.js';
import { createQuoteContext } from './quotes-context.js';
import { createSpeakerResolver } from './quotes-resolve.js';
import { findCandidates } from './quotes-candidates.js';
import { RULES_ONLY, articleOf, entitiesFor, type EntitySpec } from './quotes-test-kit.js';
import { createQuoteAnnotator, findRuleDrafts } from './quotes.js';
import { splitSentences } from './sentences.js';

const LOPEZ: EntitySpec = { name: 'Maria Lopez', aliases: ['Lopez'] };

function annotate(text: string, specs: readonly EntitySpec[], options = {}) {
  return createQuoteAnnotator(options)(articleOf(text), splitSentences(text), entitiesFor(text, specs));
}

function sequencesOf(text: string, specs: readonly EntitySpec[] = []) {
  const ctx = createQuoteContext(text, splitSentences(text), entitiesFor(text, specs));
  return attributionSequences(ctx, findRuleDrafts(ctx));
}

test('the tagger finds a belief whose cue the rules lack, and resolves its holder', () => {
  const text = 'Senator Maria Lopez was skeptical that the bill would pass the House this year.';
  assert.deepEqual(annotate(text, [LOPEZ], RULES_ONLY), []);
  const [q, ...rest] = annotate(text, [LOPEZ]);
  assert.equal(rest.length, 0);
  assert.equal(q?.text, 'that the bill would pass the House this year');
  assert.equal(q?.speaker, 'Maria Lopez');
  assert.equal(q?.kind, 'indirect');
  assert.equal(q?.stance, 'belief');
});

test('a noun cue the rules lack is found as speech and stays out of the direct-quote kinds', () => {
  const text = 'In an interview, Maria Lopez voiced concern that the deal leaves farmers behind.';
  assert.deepEqual(annotate(text, [LOPEZ], RULES_ONLY), []);
  const quotes = annotate(text, [LOPEZ]);
  // Where the content ends is the tagger's call; that it is found, as whose speech and of which kind is the point.
  assert.deepEqual(quotes.map((q) => [q.text.startsWith('that the deal'), q.speaker, q.kind]), [[true, 'Maria Lopez', 'indirect']]);
});

test('what the rules find is kept as the rules found it', () => {
  const text = '“Talks matter,” Pang said. Li said the trip was key. “It is,” Li said.';
  const specs = [{ name: 'Pang Zhongying', aliases: ['Pang'] }, { name: 'Li Xing', aliases: ['Li'] }];
  const rules = annotate(text, specs, RULES_ONLY);
  const combined = annotate(text, specs);
  for (const r of rules) assert.ok(combined.some((q) => q.start === r.start && q.end === r.end && q.kind === r.kind && q.speaker === r.speaker), `kept: ${r.text}`);
  for (const q of combined) assert.equal(q.text, text.slice(q.start, q.end));
});

test('a rule quote without a speaker takes the source of the tagger’s attribution covering it', () => {
  const text = 'Including superdelegates, Clinton now has a total of at least 723 delegates, according to a count by The Associated Press.';
  const specs: EntitySpec[] = [{ name: 'Hillary Clinton', aliases: ['Clinton'] }, { name: 'Associated Press', type: 'organization' }];
  const [rule] = annotate(text, specs, RULES_ONLY);
  assert.equal(rule?.speaker, null);
  const [q, ...rest] = annotate(text, specs);
  assert.equal(rest.length, 0);
  assert.deepEqual([q?.start, q?.end, q?.kind, q?.speaker, q?.cue], [rule?.start, rule?.end, 'indirect', 'Associated Press', 'according to']);
});

test('a partial quote inside the tagger’s longer clause keeps both: the clause is the mixed quote’s content', () => {
  const text = 'Senator Ted Cruz says that “when you live by the pen, you die by the pen.”';
  const specs: EntitySpec[] = [{ name: 'Ted Cruz', aliases: ['Cruz'] }];
  const [partial, ...none] = annotate(text, specs, RULES_ONLY);
  assert.equal(none.length, 0);
  assert.equal(partial?.kind, 'partial');
  const combined = annotate(text, specs);
  assert.ok(combined.some((q) => q.kind === 'partial' && q.start === partial.start && q.end === partial.end && q.speaker === 'Ted Cruz'), 'the partial quote stays for the ledger');
  const clause = combined.find((q) => q.kind === 'indirect');
  assert.ok(clause !== undefined && clause.start < partial.start && clause.end >= partial.end && clause.speaker === 'Ted Cruz');
});

test('the cached tagger takes the same decisions as the plain sum of every feature weight', () => {
  const model = loadAttributionModel();
  const text = [
    'Maria Lopez said on Tuesday that the plan “will not survive the winter,” adding that voters want change.',
    '',
    '“We are ready,” she told reporters. According to a new poll, most voters think the economy is improving.',
  ].join('\n');
  for (const seq of sequencesOf(text, [LOPEZ])) assert.deepEqual(tagSequence(model, seq), tagSequencePlain(model, seq));
});

test('a content span’s margin is the score its best tagging loses when its first token is O', () => {
  const model = loadAttributionModel();
  const text = [
    'Maria Lopez said on Tuesday that the plan “will not survive the winter,” adding that voters want change.',
    'Critics call the measure a giveaway, and officials were skeptical that it would pass.',
  ].join(' ');
  let starts = 0;
  for (const seq of sequencesOf(text, [LOPEZ])) {
    const margins = new Float64Array(seq.tokens.length);
    const tags = tagSequence(model, seq, margins);
    tags.forEach((tag, i) => {
      if (tag !== 'B-C') return assert.equal(margins[i], 0);
      starts += 1;
      assert.ok(margins[i]! > 0);
      assert.ok(Math.abs(margins[i]! - contentMarginPlain(model, seq, i)) < 1e-6, `margin at ${seq.tokens[i]!.word}`);
    });
  }
  assert.ok(starts >= 2, 'the text holds content spans');
});

test('gold labels mark the content, and the source and cue found nearest to it', () => {
  const text = 'Lopez said the plan would fail.';
  const [seq] = sequencesOf(text, [LOPEZ]);
  assert.ok(seq);
  const tags = goldLabels(seq, text, [{ start: 11, end: 30, speaker: 'Lopez', verb: 'said' }]).map((i) => ['O', 'B-C', 'I-C', 'B-S', 'I-S', 'B-Q', 'I-Q'][i]);
  assert.deepEqual(seq.tokens.map((t, i) => `${t.word}/${tags[i]}`), ['Lopez/B-S', 'said/B-Q', 'the/B-C', 'plan/I-C', 'would/I-C', 'fail/I-C', './O']);
  assert.deepEqual(locateNear('said X. Y said Z.', 'said', 15, 16), { start: 10, end: 14 });
  assert.deepEqual(locateNear('Z said it. Y said Z.', 'said', 0, 9), { start: 13, end: 17 }, 'an occurrence inside the content is the last resort');
});

function fixture(): TrainingArticle[] {
  const texts = [
    ['Lopez said the plan would fail.', { start: 11, end: 30, speaker: 'Lopez', verb: 'said' }],
    ['Smith believes the vote was rigged.', { start: 14, end: 34, speaker: 'Smith', verb: 'believes' }],
    ['The senator warned that taxes would rise.', { start: 19, end: 40, speaker: 'The senator', verb: 'warned' }],
  ] as const;
  return texts.map(([text, gold]) => ({ text, sentences: splitSentences(text), entities: entitiesFor(text, [LOPEZ, { name: 'Smith' }]), attributions: [gold] }));
}

test('training on a small fixture is deterministic and learns its spans', () => {
  const a = trainAttribution(fixture(), { epochs: 5 });
  const b = trainAttribution(fixture(), { epochs: 5 });
  assert.deepEqual(Buffer.from(a), Buffer.from(b));
  const model = modelFromStored(a);
  const [seq] = sequencesOf('Lopez said the plan would fail.', [LOPEZ]);
  assert.ok(seq);
  const spans = taggedSpans(tagSequence(model, seq)).map((s) => `${s.kind}:${seq.tokens.slice(s.from, s.to).map((t) => t.word).join(' ')}`);
  assert.deepEqual(spans, ['S:Lopez', 'Q:said', 'C:the plan would fail']);
});

test('the annotator refuses weights that are not attribution weights', () => {
  assert.throws(() => loadAttributionModel(new URL('../../models/ner-perceptron.bin.gz', import.meta.url)), /not attribution weights/);
});

/** The character span of the first occurrence of `words` in `text`. */
function spanOf(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `"${words}" in the text`);
  return { start, end: start + words.length };
}

/** The speaker the tagger's attribution resolves to, given its content, source and cue words. */
function attributionSpeakerOf(text: string, specs: readonly EntitySpec[], content: string, source: string | null, cue: string) {
  const ctx = createQuoteContext(text, splitSentences(text), entitiesFor(text, specs));
  const a = { ...spanOf(text, content), source: source === null ? null : spanOf(text, source), cue: spanOf(text, cue), confidence: Infinity };
  const words = attributionSpeaker(ctx, a);
  return { words: words?.text ?? null, name: words === null ? null : createSpeakerResolver(ctx).resolve(words) };
}

test('a group the tagger gives as the source is the speaker, as written', () => {
  const text = 'Critics call the measure a giveaway to the oil industry.';
  assert.deepEqual(annotate(text, []).map((q) => [q.text, q.speaker]), [['the measure a giveaway to the oil industry', 'Critics']]);
  // The rules' own group candidates resolve to their words too.
  const ctx = createQuoteContext(text, splitSentences(text), []);
  const [group] = findCandidates(ctx, 0, 7);
  assert.equal(group?.kind, 'group');
  assert.equal(createSpeakerResolver(ctx).resolve(group!), 'Critics');
});

test('source words cut short inside a name take the whole person', () => {
  const text = 'Ben Carson struggled on Sunday to explain how he would fight the group.';
  const specs: EntitySpec[] = [{ name: 'Ben Carson', aliases: ['Carson'] }];
  assert.deepEqual(attributionSpeakerOf(text, specs, 'how he would fight the group', 'Ben', 'explain'), { words: 'Ben Carson', name: 'Ben Carson' });
});

test('a party word or a quantifier as the source gives way to the cue’s subject', () => {
  const text = 'Republican Maria Lopez said that the bill would pass.';
  assert.deepEqual(attributionSpeakerOf(text, [LOPEZ], 'that the bill would pass', 'Republican', 'said'), { words: 'Maria Lopez', name: 'Maria Lopez' });
  const several = 'Several weeks ago Maria Lopez said that the bill would pass.';
  assert.deepEqual(attributionSpeakerOf(several, [LOPEZ], 'that the bill would pass', 'Several', 'said'), { words: 'Maria Lopez', name: 'Maria Lopez' });
});

test('source words after a preposition of place or listener give way to the person whose clause it is', () => {
  const specs: EntitySpec[] = [{ name: 'Ben Carson', aliases: ['Carson'] }, { name: 'Grand Hotel', type: 'organization' }, { name: 'Breitbart News', type: 'organization' }];
  const hotel = 'Carson took the stage at the Grand Hotel and called the system rotten.';
  assert.deepEqual(attributionSpeakerOf(hotel, specs, 'the system rotten', 'Grand Hotel', 'called'), { words: 'Carson', name: 'Ben Carson' });
  const radio = 'Carson spoke to Breitbart News about the race, saying that he would stay in.';
  assert.deepEqual(attributionSpeakerOf(radio, specs, 'that he would stay in', 'Breitbart News', 'saying'), { words: 'Carson', name: 'Ben Carson' });
  // "according to" names the source itself; so does a source with no person in its clause to give way to.
  const according = 'According to Breitbart News, the campaign said that he would stay in.';
  assert.equal(attributionSpeakerOf(according, specs, 'that he would stay in', 'Breitbart News', 'said').words, 'Breitbart News');
  const noPerson = 'The story ran at the Grand Hotel and called the system rotten.';
  assert.equal(attributionSpeakerOf(noPerson, specs, 'the system rotten', 'Grand Hotel', 'called').words, 'Grand Hotel');
});

test('an organisation inside a person’s appositive stands for the person', () => {
  const text = 'Dottie Deans, the chairwoman of the Vermont Democratic Party, credited Sanders with building the party.';
  const specs: EntitySpec[] = [{ name: 'Dottie Deans', aliases: ['Deans'] }, { name: 'Vermont Democratic Party', type: 'organization' }, { name: 'Bernie Sanders', aliases: ['Sanders'] }];
  assert.deepEqual(attributionSpeakerOf(text, specs, 'Sanders with building the party', 'Vermont Democratic Party', 'credited'), { words: 'Dottie Deans', name: 'Dottie Deans' });
});

test('a content span running over its own attribution takes the speaker named at the cue inside it', () => {
  const text = 'The rules favour insiders. “The delegate problems stem from two issues,” writes Nate Silver. “One is organization.”';
  const ctx = createQuoteContext(text, splitSentences(text), entitiesFor(text, [{ name: 'Nate Silver', aliases: ['Silver'] }]));
  const content = { start: text.indexOf('“The'), end: text.length };
  const words = attributionSpeaker(ctx, { ...content, source: null, cue: null, confidence: Infinity });
  assert.equal(words?.text, 'Nate Silver');
  assert.equal(createSpeakerResolver(ctx).resolve(words!), 'Nate Silver');
});

/** Tags for a sequence: `labels` maps a run of words (joined by spaces, as tokenised) to its span kind. */
function tagsFor(seq: ReturnType<typeof sequencesOf>[number], labels: readonly [string, 'C' | 'S' | 'Q'][]): string[] {
  const words = seq.tokens.map((t) => t.word);
  const tags = words.map(() => 'O');
  for (const [run, kind] of labels) {
    const want = run.split(' ');
    const at = words.findIndex((_, i) => want.every((w, j) => words[i + j] === w));
    assert.ok(at >= 0, `no run "${run}" in ${words.join(' ')}`);
    want.forEach((_, j) => { tags[at + j] = `${j === 0 ? 'B' : 'I'}-${kind}`; });
  }
  return tags;
}

test('content of a few characters is no attribution; longer content is', () => {
  const text = 'Sanders has long opposed the tax. Sanders has long opposed the tax on trades.';
  const [seq] = sequencesOf(text);
  const short = assembleAttributions(seq!, tagsFor(seq!, [['Sanders', 'S'], ['opposed', 'Q'], ['the tax', 'C']]));
  assert.deepEqual(short, []);
  const long = assembleAttributions(seq!, tagsFor(seq!, [['the tax on trades', 'C']]));
  assert.deepEqual(long.map((a) => text.slice(a.start, a.end)), ['the tax on trades']);
});

test('content the tagger opens with a verb of saying is the attribution misread, unless it runs on', () => {
  const text = 'Sometimes us ex-diplomats need our fix, Clinton said to People magazine. Clinton said the plan would fail because nobody in the party backed it.';
  const [seq] = sequencesOf(text, [{ name: 'Hillary Clinton', aliases: ['Clinton'] }]);
  assert.deepEqual(assembleAttributions(seq!, tagsFor(seq!, [['Clinton', 'S'], ['said to People magazine', 'C']])), []);
  const long = assembleAttributions(seq!, tagsFor(seq!, [['said the plan would fail because nobody', 'C']]));
  assert.deepEqual(long.map((a) => text.slice(a.start, a.end)), ['said the plan would fail because nobody']);
});

test('content cut short on a word that cannot end a phrase runs on to the end of its clause', () => {
  const text = 'Khan also decried Trump’s repeated calls to ban Muslims, the Times reported.';
  const [seq] = sequencesOf(text, [{ name: 'Donald Trump', aliases: ['Trump'] }]);
  const words = seq!.tokens.map((t) => t.word);
  const possessive = words[words.indexOf('Trump') + 1]!;
  const [a, ...rest] = assembleAttributions(seq!, tagsFor(seq!, [['Khan', 'S'], ['decried', 'Q'], [`Trump ${possessive}`, 'C']]));
  assert.equal(rest.length, 0);
  assert.equal(text.slice(a!.start, a!.end), 'Trump’s repeated calls to ban Muslims');
  // Content ending on a word that can end a phrase stays as tagged.
  const [b] = assembleAttributions(seq!, tagsFor(seq!, [['decried', 'Q'], [`Trump ${possessive} repeated calls`, 'C']]));
  assert.equal(text.slice(b!.start, b!.end), 'Trump’s repeated calls');
  // An auxiliary or a "that" cannot end a phrase either ("that the American people have").
  const calderon = 'Calderon intimated disappointment that the American people have given Trump a real shot, the paper said.';
  const [c] = sequencesOf(calderon);
  const [d] = assembleAttributions(c!, tagsFor(c!, [['Calderon', 'S'], ['intimated disappointment', 'Q'], ['that the American people have', 'C']]));
  assert.equal(calderon.slice(d!.start, d!.end), 'that the American people have given Trump a real shot');
});

test('a time the tagger takes into the source words is not part of who speaks', () => {
  const text = 'House Speaker Paul Ryan on Thursday declared that the party would unite behind its nominee.';
  const specs: EntitySpec[] = [{ name: 'Paul Ryan', aliases: ['Ryan'] }];
  assert.deepEqual(attributionSpeakerOf(text, specs, 'that the party would unite behind its nominee', 'House Speaker Paul Ryan on Thursday', 'declared'), { words: 'Paul Ryan', name: 'Paul Ryan' });
});

test('a verb the tagger takes into the source words ends them', () => {
  const reid = 'Senate Majority Leader Harry Reid broke with President Obama on Monday over the proposed mosque.';
  const people: EntitySpec[] = [{ name: 'Harry Reid', aliases: ['Reid'] }, { name: 'Barack Obama', aliases: ['Obama'] }];
  assert.deepEqual(attributionSpeakerOf(reid, people, 'the proposed mosque', 'Senate Majority Leader Harry Reid broke with President Obama', 'on Monday over'), { words: 'Harry Reid', name: 'Harry Reid' });
  const russia = 'Russia stepped up its warnings against such action.';
  assert.equal(attributionSpeakerOf(russia, [], 'such action', 'Russia stepped up its', 'warnings against').words, 'Russia');
  const parties = 'Cambodia’s bickering political parties broke a three-month deadlock and agreed to a coalition government.';
  assert.equal(attributionSpeakerOf(parties, [], 'to a coalition government', 'Cambodia’s bickering political parties broke a three-month deadlock and', 'agreed').words, 'Cambodia’s bickering political parties');
  const authorities = 'Authorities are acting on the assumption that the death was a contract hit.';
  assert.equal(attributionSpeakerOf(authorities, [], 'that the death was a contract hit', 'Authorities are acting on', 'the assumption').words, 'Authorities');
});

test('source words closing on a possessive name its owner; a capitalised modifier leaves the words as the group', () => {
  const text = 'Donald Trump spoke in Ohio. Despite Mr. Trump’s promises that Mexico will pay for the wall, the plan stalled.';
  const trump: EntitySpec[] = [{ name: 'Donald Trump', aliases: ['Trump'] }];
  assert.deepEqual(attributionSpeakerOf(text, trump, 'that Mexico will pay for the wall', 'Mr. Trump’s', 'promises'), { words: 'Trump', name: 'Donald Trump' });
  const factories = 'Caught in the crisis, many Brazilian factories fear they will not be able to pay their workers.';
  assert.equal(attributionSpeakerOf(factories, [], 'they will not be able to pay their workers', 'many Brazilian factories', 'fear').words, 'many Brazilian factories');
  // A relative clause or a closing participle is no part of the group's words.
  const hacker = 'The Romanian hacker whose cyber-mischief first revealed the server was sentenced on Thursday.';
  assert.equal(attributionSpeakerOf(hacker, [], 'the server', 'Romanian hacker whose cyber-mischief first', 'revealed').words, 'Romanian hacker');
});

test('a noun cue owned by a named one is that one’s, not the source of the clause after it; "and" ends the owned noun', () => {
  const text = 'Though it is difficult to assess North Korea’s claims about the potency of its nuclear test, experts say it underscores the regime’s determination.';
  const korea: EntitySpec[] = [{ name: 'North Korea', type: 'place' }];
  assert.equal(attributionSpeakerOf(text, korea, 'the potency of its nuclear test', 'experts', 'claims about').name, 'North Korea');
  const advice = 'Ultimately, Mr. Yanukovych disregarded Mr. Manafort’s advice and refused to sign the trade agreement.';
  const people: EntitySpec[] = [{ name: 'Viktor Yanukovych', aliases: ['Yanukovych'] }, { name: 'Paul Manafort', aliases: ['Manafort'] }];
  assert.notEqual(attributionSpeakerOf(advice, people, 'the trade agreement', null, 'refused to sign').name, 'Paul Manafort');
});

test('source words opening with a participle before its object, or a question word, name no one', () => {
  const text = 'Signing the letter were over a dozen Jesuit priests.';
  assert.equal(attributionSpeakerOf(text, [], 'a dozen Jesuit priests', 'Signing the letter', 'were over').words, null);
  const which = 'Which industries are likely to witness the most mergers?';
  assert.equal(attributionSpeakerOf(which, [], 'the most mergers', 'Which industries are likely', 'to witness').words, null);
  // A place ending in -ing is a name, not a participle; a participle alone that names nothing the entities know is none.
  const beijing = 'Beijing also declared that the zone was closed.';
  assert.equal(attributionSpeakerOf(beijing, [{ name: 'Beijing', type: 'place' }], 'that the zone was closed', 'Beijing', 'also declared').words, 'Beijing');
  const looking = 'Looking ahead to the fall, the campaign hired a new director.';
  assert.equal(attributionSpeakerOf(looking, [], 'the campaign hired a new director', 'Looking', 'ahead').words, null);
});

test('a group is named without the verb, preposition or adverb before it', () => {
  const cases: [string, string, string, string][] = [
    ['But those arguments didn’t sway lawmakers, who say the case is overblown.', 'the case is overblown', 'say', 'lawmakers'],
    ['The deal slipped, but now officials say privately that the progress is evaporating.', 'privately that the progress is evaporating', 'say', 'officials'],
    ['The stock surged, suggesting investors believe the companies will combine.', 'the companies will combine', 'believe', 'investors'],
    ['It was an order, something Republicans blasted the president for.', 'the president', 'blasted', 'Republicans'],
  ];
  for (const [text, content, cue, group] of cases) {
    const ctx = createQuoteContext(text, splitSentences(text), []);
    const found = findCandidates(ctx, 0, text.indexOf(` ${cue} `)).filter((c) => c.kind === 'group').map((c) => c.text);
    assert.deepEqual(found, [group], `${text} (content: ${content})`);
  }
  // Words in -ing that name a kind of group stay ("restructuring experts", "Right-wing politicians").
  const experts = 'Restructuring experts say the plan will fail.';
  const ctx = createQuoteContext(experts, splitSentences(experts), []);
  assert.deepEqual(findCandidates(ctx, 0, experts.indexOf(' say')).filter((c) => c.kind === 'group').map((c) => c.text), ['Restructuring experts']);
});

test('a participle opening the sentence ("Having announced …") is no speaker of the tagger’s attribution', () => {
  const text = 'Having announced that he would not send me to prison, Judge Berman proceeded to lecture me.';
  const speakers = annotate(text, [{ name: 'Richard Berman', aliases: ['Berman'] }]).map((q) => q.speakerText);
  assert.ok(!speakers.includes('Having'), `speakers: ${speakers.join(', ')}`);
});
