/** One fixture per speaker-resolution rule: who a quote is given to, from the words around it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { attributionSpeaker } from './attribution-quotes.js';
import { createQuoteContext } from './quotes-context.js';
import { createSpeakerResolver } from './quotes-resolve.js';
import { findCandidates } from './quotes-candidates.js';
import { RULES_ONLY, articleOf, entitiesFor, type EntitySpec } from './quotes-test-kit.js';
import { createQuoteAnnotator } from './quotes.js';
import { splitSentences } from './sentences.js';

const person = (name: string, ...aliases: string[]): EntitySpec => ({ name, type: 'person', aliases });
const annotate = (text: string, specs: readonly EntitySpec[] = []): Quote[] =>
  createQuoteAnnotator(RULES_ONLY)(articleOf(text), splitSentences(text), entitiesFor(text, specs));
const speakers = (text: string, specs: readonly EntitySpec[] = []) => annotate(text, specs).map((q) => [q.text, q.speaker]);

function contextOf(text: string, specs: readonly EntitySpec[]) {
  return createQuoteContext(text, splitSentences(text), entitiesFor(text, specs));
}

/** What the resolver makes of the candidate at the first occurrence of `words` after `after`. */
function resolveAt(text: string, specs: readonly EntitySpec[], words: string, after = 0): string | null {
  const ctx = contextOf(text, specs);
  const start = text.indexOf(words, after);
  const cand = findCandidates(ctx, start, start + words.length)[0];
  assert.ok(cand, `a candidate at "${words}"`);
  return createSpeakerResolver(ctx).resolve(cand);
}

function spanOf(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `"${words}" in the text`);
  return { start, end: start + words.length };
}

/** The resolved speaker of a tagged attribution given its content, source and cue words. */
function taggedSpeaker(text: string, specs: readonly EntitySpec[], content: string, source: string | null, cue: string): string | null {
  const ctx = contextOf(text, specs);
  const a = { ...spanOf(text, content), source: source === null ? null : spanOf(text, source), cue: spanOf(text, cue), confidence: Infinity };
  const words = attributionSpeaker(ctx, a);
  return words === null ? null : createSpeakerResolver(ctx).resolve(words);
}

test('a title before the name after an inverted cue still names the speaker', () => {
  const text = '“That is financed by the taxpayers they just fired,” said Senator Joe Donnelly, Democrat of Indiana.';
  assert.deepEqual(speakers(text, [person('Joe Donnelly', 'Donnelly'), { name: 'Indiana', type: 'place' }]), [
    ['That is financed by the taxpayers they just fired', 'Joe Donnelly'],
  ]);
});

test('a surname the entity list typed as a place is the person of that surname', () => {
  const text = 'Carly Fiorina spoke in Iowa on Monday. Fiorina said the race was far from over.';
  const specs: EntitySpec[] = [person('Carly Fiorina'), { name: 'Fiorina', type: 'place' }, { name: 'Iowa', type: 'place' }];
  assert.deepEqual(speakers(text, specs), [['the race was far from over', 'Carly Fiorina']]);
});

test('after an honorific, a word linked to a body-named entity is a person’s surname', () => {
  assert.deepEqual(speakers('Mr. Paulson said the fund would recover this year.', [person('Paulson Partners', 'Paulson')]), [
    ['the fund would recover this year', 'Paulson'],
  ]);
});

test('a description owned by a named one carries the owner’s full name', () => {
  const text = 'Hillary Clinton spoke in Iowa. Clinton’s campaign said the advertisement was false.';
  assert.deepEqual(speakers(text, [person('Hillary Clinton', 'Clinton')]), [['the advertisement was false', 'Hillary Clinton’s campaign']]);
});

test('a group owned by a named one is theirs, a bare possessive mark too', () => {
  assert.deepEqual(speakers('Marco Rubio spoke. Rubio\'s advisers said the plan would work.', [person('Marco Rubio', 'Rubio')]), [
    ['the plan would work', "Marco Rubio's advisers"],
  ]);
  assert.deepEqual(speakers('Bernie Sanders spoke. Sanders’ aides said the count was wrong.', [person('Bernie Sanders', 'Sanders')]), [
    ['the count was wrong', 'Bernie Sanders’ aides'],
  ]);
});

test('an organisation in a person’s appositive stands for the person', () => {
  const specs: EntitySpec[] = [person('Brent Bozell', 'Bozell'), { name: 'Media Research Center', type: 'organization' }];
  assert.deepEqual(speakers('Brent Bozell III, founder of the Media Research Center, said the party had lost its way.', specs), [
    ['the party had lost its way', 'Brent Bozell'],
  ]);
});

test('an appositive with commas of its own still leads back to its head', () => {
  const text = 'Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union and a supporter of Mr. Trump, said the new rule was unfair.';
  assert.deepEqual(speakers(text, [person('Paul Porter', 'Porter'), person('Donald Trump', 'Trump')]), [['the new rule was unfair', 'Paul Porter']]);
});

test('a description in the appositive of an organisation stands for it', () => {
  const text = 'America Rising, a conservative political action committee, said the emails showed a pattern.';
  assert.deepEqual(speakers(text, [{ name: 'America Rising', type: 'organization' }])[0], ['the emails showed a pattern', 'America Rising']);
});

test('words opening an introductory phrase, adjectives and lone initials are not names', () => {
  const text = 'Facing mounting criticism, Trump released a statement, saying the remarks had been misread.';
  assert.deepEqual(speakers(text, [person('Donald Trump', 'Trump')]), [['the remarks had been misread', 'Donald Trump']]);
  assert.deepEqual(speakers('“We will win,” said Republican presidential front-runner Donald Trump.', [person('Donald Trump', 'Trump')]), [
    ['We will win', 'Donald Trump'],
  ]);
  const ctx = contextOf('J.M. Berger said so. Republican leaders agreed.', []);
  assert.deepEqual(findCandidates(ctx, 0, ctx.text.length).map((c) => [c.text, c.kind]), [['Berger', 'name'], ['Republican leaders', 'group']]);
});

test('a plural common noun opening a sentence speaks as a group', () => {
  const ctx = contextOf('The delegates met. Delegates questioned whether the rules could change.', []);
  const [delegates] = findCandidates(ctx, 19, 28);
  assert.deepEqual([delegates?.text, delegates?.kind], ['Delegates', 'group']);
  assert.equal(createSpeakerResolver(ctx).resolve(delegates!), 'Delegates');
});

test('a verb of a title-cased headline is not part of the name', () => {
  const text = 'Mike Pence Calls for a Special Prosecutor.\n\nPence said the foundation must be shut down.';
  assert.deepEqual(speakers(text, [person('Mike Pence Calls', 'Pence')]), [['the foundation must be shut down', 'Mike Pence']]);
});

test('a transcript label names the speaker of its quoted paragraph', () => {
  const text = 'The exchange went on.\n\n“PENCE: She will not be attending the debate tomorrow night.”';
  assert.deepEqual(annotate(text, [person('Mike Pence')]).map((q) => [q.speaker, q.speakerText]), [['Mike Pence', 'PENCE']]);
});

test('a sentence ending with a colon introduces the speaker of the quote after it', () => {
  const text = 'Cruz called them on it:\n\n“The questions asked in this debate illustrate why the American people don’t trust the media.”';
  const direct = (t: string) => annotate(t, [person('Ted Cruz', 'Cruz')]).filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.explicit]);
  assert.deepEqual(direct(text), [['Ted Cruz', true]]);
  // "as follows:" introduces words without naming who spoke them.
  assert.deepEqual(direct('Partial transcript as follows:\n\n“The questions asked in this debate illustrate why the American people don’t trust the media.”'), [[null, false]]);
});

test('a dash and a name after a quote sign it', () => {
  const text = '“He has said hateful things time and again.” ― Martha Aguilar\n\n“He scares me.” ― Carlos Raúl';
  assert.deepEqual(speakers(text, [person('Martha Aguilar'), person('Carlos Raúl')]), [
    ['He has said hateful things time and again.', 'Martha Aguilar'],
    ['He scares me.', 'Carlos Raúl'],
  ]);
});

test('a quote paragraph after a sentence reporting someone goes on with that speaker, implied', () => {
  const text = 'Trump shot back in a statement, saying he made a lot of money in down markets.\n\n“Frankly, this is the kind of thinking our country needs.”';
  const quotes = annotate(text, [person('Donald Trump', 'Trump')]);
  const last = quotes[quotes.length - 1];
  assert.deepEqual([last?.text, last?.speaker, last?.explicit], ['Frankly, this is the kind of thinking our country needs.', 'Donald Trump', false]);
});

test('"they" stands for the group or the several named ones opening its sentence', () => {
  const text = 'Security experts said they believed Russia engineered the release.';
  assert.equal(resolveAt(text, [], 'they'), 'Security experts');
  const pair = 'Trump and other Republicans pointed at what they called a failure.';
  assert.equal(resolveAt(pair, [person('Donald Trump', 'Trump')], 'they'), 'Donald Trump');
  assert.equal(resolveAt('The report was late. They said nothing.', [], 'They'), null);
});

test('"he" is the one reporting its clause, not an object named before', () => {
  const text = 'In an interview with journalist Matei Rosca, Lazar said he welcomed extradition.';
  assert.equal(resolveAt(text, [person('Matei Rosca', 'Rosca'), person('Marcel Lazar', 'Lazar')], 'he'), 'Marcel Lazar');
});

test('the tagger’s noun cue owned by a possessive name gives the owner', () => {
  const text = 'Mr. Trump’s decision to seize on immigration surprised the party.';
  assert.equal(taggedSpeaker(text, [person('Donald Trump', 'Trump')], 'to seize on immigration', null, 'decision'), 'Donald Trump');
  assert.equal(taggedSpeaker(text, [person('Donald Trump', 'Trump')], 'to seize on immigration', 'Mr.', 'decision'), 'Donald Trump');
});

test('a name that only qualifies the tagger’s source words leaves the words as the speaker', () => {
  const text = 'Longtime Clinton foe Judicial Watch files a lawsuit over the emails.';
  assert.equal(taggedSpeaker(text, [person('Hillary Clinton', 'Clinton')], 'a lawsuit over the emails', 'Longtime Clinton foe', 'files'), 'Longtime Clinton foe');
  const named = 'Ms. Hughes avoids discussing the campaign.';
  assert.equal(taggedSpeaker(named, [person('Jane Hughes', 'Hughes')], 'the campaign', 'Ms. Hughes avoids', 'discussing'), 'Jane Hughes');
});

test('an organisation in the appositive of a person the tagger’s source words follow stands for the person', () => {
  const text = 'Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said the draft was a start.';
  const specs: EntitySpec[] = [person('Elijah Cummings', 'Cummings'), { name: 'Platform Committee', type: 'organization' }];
  assert.equal(taggedSpeaker(text, specs, 'the draft was a start', 'Platform Committee,', 'said'), 'Elijah Cummings');
});

test('a relative "who" as the tagger’s source stands for the person its tag follows', () => {
  const text = 'Sen. Bernie Sanders (Vt.), who lost the primaries, identified the problem early.';
  assert.equal(taggedSpeaker(text, [person('Bernie Sanders', 'Sanders')], 'the problem early', 'who', 'identified'), 'Bernie Sanders');
});

test('the tagger’s coordinated source words give their first person, one known only by surname too', () => {
  const text = 'Carson, Fiorina and Huckabee have all characterized his leadership as weak.';
  // The entity list knows Ben Carson from elsewhere in the article but did not tag this "Carson".
  const entities = entitiesFor(text, [person('Ben Carson', 'Carson'), person('Carly Fiorina', 'Fiorina')]).map((e) => (e.name === 'Ben Carson' ? { ...e, mentions: [] } : e));
  const ctx = createQuoteContext(text, splitSentences(text), entities);
  const a = { ...spanOf(text, 'his leadership as weak'), source: spanOf(text, 'Carson, Fiorina and Huckabee'), cue: spanOf(text, 'characterized'), confidence: Infinity };
  const words = attributionSpeaker(ctx, a);
  assert.equal(words === null ? null : createSpeakerResolver(ctx).resolve(words), 'Ben Carson');
});

test('a tagged quote after a quote attributed with an unlisted verb takes the name between them', () => {
  const text = '“I would say this,” Trump answered. “We will work out some system that is fair.”';
  const ctx = contextOf(text, [person('Donald Trump', 'Trump')]);
  const a = { ...spanOf(text, '“We will work out some system that is fair.”'), source: null, cue: null, confidence: Infinity };
  const words = attributionSpeaker(ctx, a);
  assert.equal(words === null ? null : createSpeakerResolver(ctx).resolve(words), 'Donald Trump');
});

test('with nothing else naming the tagger’s source, a short subject phrase before the cue is the speaker, not a pronoun', () => {
  assert.equal(taggedSpeaker('Jewish groups also widely condemned the proposal to ban visitors.', [], 'the proposal to ban visitors', null, 'condemned'), 'Jewish groups');
  assert.equal(taggedSpeaker('Most oppose defunding the program.', [], 'defunding the program', null, 'oppose'), null);
});

test('people counted with a quantifier are a group as written, not a person introduced with the role', () => {
  const text = 'Senator Maria Lopez spoke first. Several senators said the bill would fail.';
  assert.deepEqual(speakers(text, [person('Maria Lopez', 'Lopez')]), [['the bill would fail', 'Several senators']]);
});

test('a participle hangs on the clause’s subject, not on an opening prepositional phrase', () => {
  const text = 'In a statement released Thursday, Rep. Hakeem Jeffries reacted to the news, saying the verdict was wrong.';
  assert.deepEqual(speakers(text, [person('Hakeem Jeffries', 'Jeffries')]), [['the verdict was wrong', 'Hakeem Jeffries']]);
});

test('a titled name right before the cue is the subject, not an appositive of the name before the comma', () => {
  const text = 'When asked about Republican nominee Donald Trump, President Barack Obama said he expected voters to reject the plan.';
  // (The question, "about Republican nominee Donald Trump", comes first, with no one named asking it.)
  assert.deepEqual(speakers(text, [person('Donald Trump'), person('Barack Obama')]).map(([, speaker]) => speaker), [null, 'Barack Obama']);
  // A description after the comma is still an appositive of the name before it.
  const appositive = 'Donald Trump, the Republican nominee, said he expected voters to back the plan.';
  assert.equal(speakers(appositive, [person('Donald Trump')])[0]?.[1], 'Donald Trump');
});

test('groups named by a quantifier and a plural noun are speakers', () => {
  assert.equal(speakers('Both parents said that he lacked the character to be president.')[0]?.[1], 'parents');
  assert.equal(speakers('Other candidates said the plan would fail.')[0]?.[1], 'candidates');
});

test('a month before a day is no speaker, and a name in apposition to a description is', () => {
  const text = 'PARIS, Aug 31 (Reuters) - France’s far-right party leader, Marine Le Pen, voiced support for the plan on Wednesday, saying the vote would pass.';
  const specs: EntitySpec[] = [{ name: 'Paris', type: 'place', aliases: ['PARIS'] }, { name: 'Reuters', type: 'organization', aliases: [] }, person('Marine Le Pen', 'Le Pen')];
  assert.deepEqual(speakers(text, specs), [['the vote would pass', 'Marine Le Pen']]);
  // "Jan" before a surname is a given name.
  assert.equal(speakers('Jan Brewer said the vote would pass.', [])[0]?.[1], 'Jan Brewer');
});

test('a one-word "person" the article also writes in lower case is no antecedent for a pronoun', () => {
  const text = 'Bernie Sanders spoke in Vermont on Monday. Already, the race had already tightened. He said the campaign would go on.';
  const specs: EntitySpec[] = [person('Bernie Sanders', 'Sanders'), person('Already'), { name: 'Vermont', type: 'place' }];
  assert.equal(resolveAt(text, specs, 'He'), 'Bernie Sanders');
});

test('a surname spelled like a headline verb stays when the article names the person by it alone', () => {
  const text = 'Columnist George Will wrote a scathing column this week. Will said the candidate was unfit to lead.';
  assert.equal(speakers(text, [person('George Will', 'Will')]).find(([words]) => words === 'the candidate was unfit to lead')?.[1], 'George Will');
});

test('a pronoun in an opening subordinate clause points ahead to the subject after its comma', () => {
  const text = '“It would change the whole story,” Steven Aftergood said. Even as he said the case was a slam dunk, Rudy Giuliani would not guess at the motives.';
  const specs = [person('Steven Aftergood', 'Aftergood'), person('Rudy Giuliani', 'Giuliani')];
  assert.equal(resolveAt(text, specs, 'he', text.indexOf('Even')), 'Rudy Giuliani');
});

test('a name after a preposition and a possessive outlet is an object, not the pronoun’s antecedent', () => {
  const text = 'In an interview with Fox News’ Sean Hannity on Monday, Trump responded to a claim that he told the editors he would not build the wall.';
  const specs: EntitySpec[] = [person('Sean Hannity', 'Hannity'), person('Donald Trump', 'Trump'), { name: 'Fox News', type: 'organization' }];
  assert.equal(resolveAt(text, specs, 'he', text.indexOf('that')), 'Donald Trump');
});

test('a person mention cut short before a middle initial is the name as written, or the person of that surname', () => {
  const text = '“These are new emphases,” said Benjamin J. Rhodes, a deputy adviser. Benjamin Netanyahu disagreed.';
  assert.equal(speakers(text, [person('Benjamin Netanyahu', 'Benjamin')])[0]?.[1], 'Benjamin J. Rhodes');
  const trump = 'Donald Trump spoke first. “Not paying taxes makes me smart,” said Donald J. Trump.';
  assert.equal(speakers(trump, [person('Donald Trump', 'Donald')])[0]?.[1], 'Donald Trump');
});

test('tagged source words in another sentence than the cue belong to another attribution', () => {
  const specs = [person('Kevin Williamson', 'Williamson')];
  const later = 'Williamson concludes: “Nobody did this to them.” Liberal writers are reveling in it.';
  assert.equal(taggedSpeaker(later, specs, '“Nobody did this to them.”', 'Liberal writers', 'concludes'), 'Kevin Williamson');
  const earlier = 'He defended the plan, Trump said. Bush interjected, calling the idea a disgrace.';
  assert.equal(taggedSpeaker(earlier, [person('Donald Trump', 'Trump'), person('Jeb Bush', 'Bush')], 'the idea a disgrace', 'Trump', 'calling'), 'Jeb Bush');
});

test('a tagged participle after a comma hangs on the clause’s subject, not on the object before it', () => {
  const text = 'Speaking in Salem, Trump went after Bush, calling him a total stiff.';
  const specs: EntitySpec[] = [person('Donald Trump', 'Trump'), person('Jeb Bush', 'Bush'), { name: 'Salem', type: 'place' }];
  assert.equal(taggedSpeaker(text, specs, 'him a total stiff', null, 'calling'), 'Donald Trump');
});

test('a person inside a preposition phrase of an appositive stands for the person the appositive describes', () => {
  const text = '“Twitter will get acquired,” Robert Peck, an analyst at SunTrust Robinson Humphrey, told me.';
  const specs = [person('Robert Peck', 'Peck'), person('Robinson Humphrey')];
  assert.equal(taggedSpeaker(text, specs, '“Twitter will get acquired,”', 'Robinson Humphrey', 'told'), 'Robert Peck');
  // An abbreviation's stop does not end the appositive.
  const abbreviated = 'Tina Tchen, Mrs. Obama’s chief of staff, said the season was busy.';
  assert.equal(taggedSpeaker(abbreviated, [person('Tina Tchen', 'Tchen'), person('Michelle Obama', 'Obama')], 'the season was busy', 'Mrs. Obama’s chief of staff', 'said'), 'Tina Tchen');
});

test('a tagged source closing a list of three or more is named by the list’s first person', () => {
  const text = 'Donald Trump, Ben Carson and Mike Huckabee have all called for a ban.';
  const specs = [person('Donald Trump', 'Trump'), person('Ben Carson', 'Carson'), person('Mike Huckabee', 'Huckabee')];
  assert.equal(taggedSpeaker(text, specs, 'a ban', 'Mike Huckabee', 'called for'), 'Donald Trump');
});

test('a comma and a conjunction open a new clause, not an appositive of the person before them', () => {
  const text = 'Mr. Trump has been the most direct in his attacks on Mr. Clinton, but Republicans, concerned about the party’s appeal to women, have long considered using his past.';
  const specs = [person('Donald Trump', 'Trump'), person('Bill Clinton', 'Clinton')];
  assert.equal(taggedSpeaker(text, specs, 'using his past', 'Republicans', 'have long considered'), 'Republicans');
});

test('after "told" comes the listener, not the speaker of the tagged words before it', () => {
  const text = 'Donald Trump spoke after the debate. The “animosity is like I’ve never seen before,” he told Chris Cuomo of CNN.';
  const specs: EntitySpec[] = [person('Donald Trump', 'Trump'), person('Chris Cuomo', 'Cuomo'), { name: 'CNN', type: 'organization' }];
  const ctx = contextOf(text, specs);
  const a = { ...spanOf(text, 'The “animosity is like I’ve never seen before,” he'), source: null, cue: spanOf(text, 'told'), confidence: Infinity };
  const words = attributionSpeaker(ctx, a);
  assert.equal(words === null ? null : createSpeakerResolver(ctx).resolve(words), 'Donald Trump');
});

test('a name inside a comma-enclosed interruption of the subject gives way to the subject', () => {
  // The rules read the words before the cue as the speaker; the interruption hangs on the subject before it.
  const text = 'Zimmerman, who identifies as Hispanic, told the Orlando Sentinel that the original site was not prepared.';
  assert.deepEqual(speakers(text, [person('George Zimmerman', 'Zimmerman')]), [['the original site was not prepared', 'George Zimmerman']]);
  const relative = 'Former candidate Bernie Sanders, who on Tuesday praised Hillary Clinton, said Wednesday that he agrees with the ruling.';
  assert.deepEqual(speakers(relative, [person('Bernie Sanders', 'Sanders'), person('Hillary Clinton', 'Clinton')]).map(([, s]) => s), ['Bernie Sanders']);
  // Without an interruption closing right before the cue, the words before the cue stay the speaker.
  const plain = 'In Ohio, where Kasich governs, voters said that the race was close.';
  assert.notEqual(speakers(plain, [person('John Kasich', 'Kasich')])[0]?.[1], 'John Kasich');
});

test('a participle after a reporting clause of its own ("…, Nefzi said, adding") is that clause’s speaker’s', () => {
  const text = 'Mateen didn\'t mingle but left as soon as prayers were finished, Nefzi said, adding, "He was not very religious." The plan is dead, said Mr. Pike, noting that "nobody wants it."';
  const specs = [person('Omar Mateen', 'Mateen'), person('Adel Nefzi', 'Nefzi'), person('John Pike', 'Mr. Pike')];
  const found = annotate(text, specs);
  assert.deepEqual(found.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]), [['He was not very religious.', 'Adel Nefzi']]);
  assert.ok(found.some((q) => q.text.includes('nobody wants it') && q.speaker === 'John Pike'));
  assert.ok(found.every((q) => q.speaker !== 'Omar Mateen'));
});

test('"…, Spicer said, adding, “…”" reports the clause before the attribution and the quote after it, both his', () => {
  const text = 'Ryan and Trump will meet sometime next week, Spicer said, adding, "They need to sit down and have a good talk."';
  const specs = [person('Paul Ryan', 'Ryan'), person('Donald Trump', 'Trump'), person('Sean Spicer', 'Spicer')];
  assert.deepEqual(speakers(text, specs), [
    ['Ryan and Trump will meet sometime next week', 'Sean Spicer'],
    ['They need to sit down and have a good talk.', 'Sean Spicer'],
  ]);
});

test('a cue coordinated with its clause’s first verb is the clause subject’s, not the object’s before "and"', () => {
  const specs = [person('Hillary Clinton', 'Clinton', 'Mrs. Clinton'), person('Barack Obama', 'President Obama'), person('Bernie Sanders', 'Sanders'),
    person('Bill de Blasio', 'De Blasio'), person('Bill Bratton')];
  assert.deepEqual(speakers('Clinton repeatedly invoked President Obama and suggested that Sanders was attacking the president.', specs)[0],
    ['Sanders was attacking the president', 'Hillary Clinton']);
  const direct = annotate('De Blasio said the move was made by NYPD commissioner Bill Bratton and said, “Who are you going to trust on security?”', specs)
    .filter((q) => q.kind === 'direct');
  assert.deepEqual(direct.map((q) => q.speaker), ['Bill de Blasio']);
});


test('a name ending the sentence’s opening phrase is followed by the subject, not its appositive ("At a press conference in Chelsea, the mayor said")', () => {
  const text = 'Twenty-nine people were injured by an explosion that Mayor Bill de Blasio described as “an intentional act.” At a press conference in Chelsea, the mayor also said that it was too early to tell.';
  const found = annotate(text, [person('Bill de Blasio'), person('Chelsea')]).filter((q) => q.text.startsWith('it was too early'));
  assert.deepEqual(found.map((q) => [q.speaker, q.speakerText]), [['Bill de Blasio', 'the mayor']]);
});

test('a group speaker does not take the subordinator before it ("while Republicans want", "that polls show")', () => {
  const text = 'Democrats want the cuts extended for all but the wealthy, while Republicans want them extended for everybody. Rubio has placed second, and it is clear that polls show he remains the overwhelming second choice.';
  const words = annotate(text).map((q) => q.speakerText);
  assert.ok(words.includes('Republicans') && words.includes('polls'), JSON.stringify(words));
  assert.ok(words.every((w) => w === null || !/^(?:while|that) /.test(w)), JSON.stringify(words));
});

test('"…, said his brother, exiled democracy campaigner Liu Qing." gives the clause to the person named in apposition', () => {
  const text = 'Authorities released Liu on medical parole five months before the end of his sentence provided he go abroad, said his brother, exiled democracy campaigner Liu Qing.';
  assert.deepEqual(speakers(text, [person('Liu Qing'), person('Liu Nianchun', 'Liu')]).map(([, speaker]) => speaker), ['Liu Qing']);
});

test('a group speaker keeps its possessive and "own" ("his own supporters")', () => {
  const text = 'Mr. Rubio’s time is quickly running out, according to his own supporters.';
  assert.deepEqual(annotate(text).map((q) => q.speakerText), ['his own supporters']);
});


test('a local chapter of a body gives its words to the body ("said the Texas chapter of the Sierra Club")', () => {
  const text = 'The base was furious. “Let the Senate know we stand with them,” tweeted the Brooklyn, N.Y., chapter of Indivisible Nation, a leader in the movement. “We will fight,” said the Texas chapter of the Sierra Club.';
  const bodies: EntitySpec[] = [
    { name: 'Brooklyn', type: 'place', aliases: [] },
    { name: 'Indivisible Nation', type: 'person', aliases: [] },
    { name: 'Texas', type: 'place', aliases: [] },
    { name: 'Sierra Club', type: 'organization', aliases: [] },
  ];
  assert.deepEqual(annotate(text, bodies).map((q) => q.speaker), ['Indivisible Nation', 'Sierra Club']);
});

test('a party and state tag between the name and the cue after a quote keeps it a direct quote of that name', () => {
  for (const [tail, name] of [
    ['Sen. Richard Blumenthal (D-Conn.) said.', 'Richard Blumenthal'],
    ['Rep. Peter King (R-N.Y.) said on Monday.', 'Peter King'],
    ['Senate Majority Leader Mitch McConnell, R-Ky., said.', 'Mitch McConnell'],
    ['Gov. Phil Bryant (R) said.', 'Phil Bryant'],
  ] as const) {
    const text = `“I deeply respect the president and the reasons he has given for vetoing the bill,” ${tail}`;
    const quotes = annotate(text, [person(name)]);
    assert.equal(quotes.length, 1, tail);
    assert.equal(quotes[0]!.kind, 'direct', tail);
    assert.equal(quotes[0]!.text, 'I deeply respect the president and the reasons he has given for vetoing the bill', tail);
    assert.equal(quotes[0]!.speaker, name, tail);
  }
});

test('words closed by a title\'s abbreviation qualify the name after them, and do not speak ("ex-Maryland Gov. Martin O\'Malley", "Top Republican Sen. John Thune")', () => {
  const omalley = 'Another former primary candidate, ex-Maryland Gov. Martin O\'Malley, did endorse Clinton, saying "it is time now to unite our party."';
  assert.deepEqual(speakers(omalley, [person('Martin O\'Malley'), person('Hillary Clinton', 'Clinton')]), [['it is time now to unite our party', 'Martin O\'Malley']]);
  const thune = 'Top Republican Sen. John Thune, of South Dakota, said “we will do what is necessary to confirm Judge Gorsuch.”';
  assert.deepEqual(annotate(thune, [person('John Thune')]).map((q) => q.speaker), ['John Thune']);
});

test('a show\'s title in quote marks after "an appearance on the" is no quote', () => {
  const text = '“My hope is that we’re able to pull things together,” Mr. Obama said during a taping of an appearance on the “Tonight Show Starring Jimmy Fallon” on Wednesday in New York.';
  assert.deepEqual(speakers(text, [person('Barack Obama', 'Obama')]), [['My hope is that we’re able to pull things together', 'Barack Obama']]);
});

test('a show\'s name with "&" in quote marks is no quote ("said on “Fox & Friends.”")', () => {
  const text = '“If Scalise was not there, we wouldn’t have had any protection,” Rep. Brad Wenstrup said on “Fox & Friends.”';
  assert.deepEqual(speakers(text, [person('Brad Wenstrup')]), [['If Scalise was not there, we wouldn’t have had any protection', 'Brad Wenstrup']]);
});

test('a participle after the main clause hangs on its subject, not on a name inside an opening "Asked whether …" clause', () => {
  const text = 'Asked whether he was suggesting that Mr. Obama lacked sympathy for the disabled, Mr. Santorum did not back down, saying, “I think the president has a very bad record on the issue of abortion.”';
  const direct = annotate(text, [person('Rick Santorum', 'Santorum'), person('Barack Obama', 'Obama')]).filter((q) => q.kind === 'direct');
  assert.deepEqual(direct.map((q) => q.speaker), ['Rick Santorum']);
});

test('"a Clinton campaign official" speaks as an unnamed official, not as Clinton', () => {
  const text = 'The video shows Trump. A Clinton campaign official later walked back the comments, saying that Clinton “didn’t have a particular video in mind.”';
  const quotes = annotate(text, [person('Hillary Clinton', 'Clinton'), person('Donald Trump', 'Trump')]).filter((q) => q.cue === 'saying');
  assert.ok(quotes.length > 0);
  for (const q of quotes) {
    assert.equal(q.speaker, null);
    assert.equal(q.speakerText, 'A Clinton campaign official');
  }
});
