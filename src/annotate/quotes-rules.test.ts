/** One fixture per attribution rule added for news prose (PolNeAR error analysis). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { createQuoteAnnotator } from './quotes.js';
import { RULES_ONLY, articleOf, entitiesFor, type EntitySpec } from './quotes-test-kit.js';
import { splitSentences } from './sentences.js';

const person = (name: string, ...aliases: string[]): EntitySpec => ({ name, type: 'person', aliases });
const annotate = (text: string, specs: readonly EntitySpec[] = []): Quote[] =>
  createQuoteAnnotator(RULES_ONLY)(articleOf(text), splitSentences(text), entitiesFor(text, specs));
const brief = (q: Quote) => [q.kind, q.text, q.speaker, q.speakerText, q.cue, q.explicit];
/** The resolved speaker of the first quote opening with `opening` (the first quote when no opening is given). */
const speakerOf = (text: string, specs: readonly EntitySpec[], opening = ''): string | null | undefined =>
  annotate(text, specs).find((q) => q.text.startsWith(opening))?.speaker;
/** Text, resolved speaker and cue of the direct quotes found. */
const directQuotes = (text: string, specs: readonly EntitySpec[]) => annotate(text, specs).filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker, q.cue]);
/** Kind, resolved speaker and cue of every quote found. */
const kindsAndSpeakers = (text: string, specs: readonly EntitySpec[]) => annotate(text, specs).map((q) => [q.kind, q.speaker, q.cue]);
/** The speaker words of every quote found. */
const speakerWords = (text: string, specs: readonly EntitySpec[] = []): (string | null)[] => annotate(text, specs).map((q) => q.speakerText);

test('two apostrophes delimit a quote as a double mark does', () => {
  const text = "''We will win,'' Mr. Rhodes said.";
  assert.deepEqual(annotate(text, [person('Ben Rhodes', 'Rhodes')]).map(brief), [['direct', 'We will win', 'Ben Rhodes', 'Rhodes', 'said', true]]);
});

test('an honorific period does not end the attribution after a quote', () => {
  const text = '"This was not the basis," Mr. Rhodes said.';
  assert.deepEqual(annotate(text).map((q) => [q.text, q.speaker]), [['This was not the basis', 'Rhodes']]);
});

test('a quote after "X said." in the same paragraph continues X, implied', () => {
  const text = '“I know a good deal,” Rubio said. “Here is one: free elections.”';
  assert.deepEqual(annotate(text, [person('Marco Rubio', 'Rubio')]).map((q) => [q.text, q.speaker, q.explicit]), [
    ['I know a good deal', 'Marco Rubio', true],
    ['Here is one: free elections.', 'Marco Rubio', false],
  ]);
});

test('a clause attributed at its end is indirect speech without the attribution', () => {
  const text = 'Some of its functions would be done by other agencies, Law said on Friday.';
  assert.deepEqual(annotate(text, [person('Steven Law', 'Law')]).map(brief), [
    ['indirect', 'Some of its functions would be done by other agencies', 'Steven Law', 'Law', 'said', true],
  ]);
});

test('the inverted ", said X" at the end names the speaker after the cue', () => {
  const text = 'The department would be missed by nobody at all, said DeSantis, a congressman.';
  assert.deepEqual(annotate(text, [person('Ron DeSantis', 'DeSantis')]).map((q) => [q.text, q.speaker]), [['The department would be missed by nobody at all', 'Ron DeSantis']]);
});

test('a parenthetical attribution keeps the whole sentence as the reported clause', () => {
  const text = 'Lu Kang spoke. But to prevent problems, he said, local officials should be vigilant.';
  assert.deepEqual(annotate(text, [person('Lu Kang', 'Lu')]).map((q) => [q.text, q.speaker]), [['But to prevent problems, he said, local officials should be vigilant', 'Lu Kang']]);
});

test('"told" with a longer listener phrase reports the clause after "that"', () => {
  const text = 'Sanders told a cheering crowd in West Virginia that he expects to win the primary.';
  assert.deepEqual(annotate(text, [person('Bernie Sanders', 'Sanders')]).filter((q) => q.stance === undefined).map((q) => [q.text, q.speaker]), [['he expects to win the primary', 'Bernie Sanders']]);
});

test('a body described with a possessive speaks ("O’Malley’s campaign says")', () => {
  const text = 'O’Malley’s campaign says it will shift staff to the early states.';
  assert.deepEqual(annotate(text).map((q) => [q.text, q.speakerText, q.speaker]), [['it will shift staff to the early states', 'Malley’s campaign', null]]);
});

test('a participle hangs on the clause subject, not the object before it', () => {
  const text = 'Donald Trump ratcheted up his attacks on Rubio, saying he is weak on immigration.';
  assert.deepEqual(annotate(text, [person('Donald Trump', 'Trump'), person('Marco Rubio', 'Rubio')]).map((q) => q.speaker), ['Donald Trump']);
});

test('a relative clause without commas does not hand the cue to its object', () => {
  const text = 'Officials who spoke with The Huffington Post said the group had become a shell.';
  const quotes = annotate(text, [{ name: 'The Huffington Post', type: 'organization' }]);
  assert.deepEqual(quotes.map((q) => q.speakerText), ['Officials']);
});

test('a title before the name after an inverted cue is skipped', () => {
  const text = '“October was good for her,” said former Obama adviser David Axelrod.';
  assert.deepEqual(annotate(text, [person('David Axelrod', 'Axelrod'), person('Barack Obama', 'Obama')]).map((q) => q.speaker), ['David Axelrod']);
});

test('a clause opening with a comma after a quote does not loop forever', () => {
  const text = 'A speech compared immigrants to “criminals” and “rapists”, actress America Ferrera wrote in a blog.';
  assert.doesNotThrow(() => annotate(text, [person('America Ferrera', 'Ferrera')]));
});

test('"needless to say" and its kind are the writer\'s voice: no speaker is read from them', () => {
  const text = 'Needless to say, the war was not “a war of Obama’s choosing.” Suffice it to say, Steele did not call it “a mistake.”';
  const speakers = speakerWords(text, [person('Michael Steele', 'Steele')]);
  assert.ok(!speakers.includes('Needless'), `speakers: ${speakers.join(', ')}`);
  assert.ok(!speakers.includes('Suffice'), `speakers: ${speakers.join(', ')}`);
});

test('"the admiral" is the person introduced with the title', () => {
  const text = 'Admiral Harry Harris leads the Pacific Command. The derogatory comments had two goals, the admiral said.';
  assert.deepEqual(annotate(text, [person('Harry Harris', 'Harris')]).map((q) => [q.text, q.speaker, q.speakerText]), [
    ['The derogatory comments had two goals', 'Harry Harris', 'the admiral'],
  ]);
});

test('an opener of a spoken sentence ("Yes", "Ultimately") is no speaker', () => {
  const text = 'Ultimately, it was a clear decision. Yes, the senator said the bill would pass.';
  const speakers = speakerWords(text);
  assert.ok(!speakers.includes('Ultimately') && !speakers.includes('Yes'), `speakers: ${speakers.join(', ')}`);
});

test('a show named in quote marks after a cue is no quote ("told NBC’s “Today” show")', () => {
  const text = 'Trump told NBC’s “Today” show on Thursday that he had doubts.';
  assert.ok(!annotate(text, [person('Donald Trump', 'Trump')]).some((q) => q.text === 'Today'));
});

test('a person fronted as the topic ("Of Obama, he said") is not the speaker', () => {
  const text = 'Trump spoke in Iowa on Friday.\n\nOf Obama, he said, “I want him to do well.”';
  assert.equal(speakerOf(text, [person('Donald Trump', 'Trump'), person('Barack Obama', 'Obama')], 'I want'), 'Donald Trump');
});

test('after a quote, "he said" goes on with whoever the sentence before the quote has speaking', () => {
  const text = 'The argument confounded Justice Anthony Kennedy and drew the ire of Justice Antonin Scalia, who said he was whipsawed. “If somebody tells you how to exercise discretion, you don’t have discretion,” he said.';
  assert.equal(speakerOf(text, [person('Anthony Kennedy', 'Kennedy'), person('Antonin Scalia', 'Scalia')], 'If somebody'), 'Antonin Scalia');
});

test('"the president" is not the vice president introduced as "Vice President …"', () => {
  const text = 'President Barack Obama spoke on Wednesday. Vice President Joe Biden led the task force. “I intend to use whatever weight this office holds,” said the president.';
  assert.equal(speakerOf(text, [person('Joe Biden', 'Biden'), person('Barack Obama', 'Obama')], 'I intend'), 'Barack Obama');
});

test('a pronoun goes on with the subject of the sentence before, not the person of its opening "When" clause', () => {
  const text = 'When Mr. Biden went after the remark, Mr. Ryan reminded the vice president of his own gaffes. “I think the vice president knows that sometimes the words don’t come out right,” he said.';
  assert.equal(speakerOf(text, [person('Joe Biden', 'Biden'), person('Paul Ryan', 'Ryan')], 'I think'), 'Paul Ryan');
});

test('a person opening the clause speaks, not a name inside the aside between commas before the cue', () => {
  const text = 'Mary Cheney, openly gay and married to Heather Poe since 2012, reportedly posted on her page: “For the record, I love my sister, but she is dead wrong on the issue of marriage.”';
  assert.equal(speakerOf(text, [person('Mary Cheney', 'Cheney'), person('Heather Poe', 'Poe')]), 'Mary Cheney');
});

test('"the House speaker" is the person who holds the office, not the House', () => {
  const text = 'House Speaker Nancy Pelosi spoke at a town hall on Friday. “I don’t like that language. I wouldn’t use that language,” the House speaker continued.';
  const entities = [person('Nancy Pelosi', 'Pelosi'), { name: 'House', type: 'organization' as const, aliases: [] }];
  assert.equal(speakerOf(text, entities), 'Nancy Pelosi');
});

test('"He added" opening a new paragraph after a quote goes on with that quote’s speaker', () => {
  const text = '“This ruling provides certainty,” Treasury Secretary Jacob Lew said in a statement.\n\nHuman Rights Campaign President Chad Griffin said that “couples will now be treated equally.”\n\nHe added, “These families finally have access to crucial tax benefits.”';
  assert.equal(speakerOf(text, [person('Jacob Lew', 'Lew'), person('Chad Griffin', 'Griffin')], 'These families'), 'Chad Griffin');
});

test('a pronoun goes to a person of its gender, known by a common given name', () => {
  const text = 'Ted Cruz won the endorsement of Carly Fiorina on Wednesday. “We need a leader,” she said.';
  assert.equal(speakerOf(text, [person('Ted Cruz', 'Cruz'), person('Carly Fiorina', 'Fiorina')]), 'Carly Fiorina');
  // More of the common given names: "she" after a man's name goes to the woman named before him.
  const grayson = 'Dena Grayson met Trevor Noah on Monday. “It was old, white men,” she said.';
  assert.equal(speakerOf(grayson, [person('Dena Grayson', 'Grayson'), person('Trevor Noah', 'Noah')]), 'Dena Grayson');
  const melanie = 'Trevor Noah met Melanie Smith on Monday. “He really does love us,” she said.';
  assert.equal(speakerOf(melanie, [person('Trevor Noah', 'Noah'), person('Melanie Smith', 'Smith')]), 'Melanie Smith');
});

test('the "I" of a party tag ("(I-Vt.)") is no speaker', () => {
  const text = 'Sen. Bernie Sanders (I-Vt.) said Sunday in Madison that he was hoping for a large turnout, which “will help elect JoAnne Kloppenburg to the Supreme Court.”';
  const speakers = speakerWords(text, [person('Bernie Sanders', 'Sanders')]);
  assert.ok(!speakers.includes('I'), `speakers: ${speakers.join(', ')}`);
});

test('a show named in quote marks with the sentence’s stop inside is no quote, a short spoken sentence still is', () => {
  const text = '“It is a fraud,” Perez said Sunday on NBC’s “Meet the Press.” “They sue,” he said.';
  const texts = annotate(text, [person('Tom Perez', 'Perez')]).map((q) => q.text);
  assert.ok(!texts.some((t) => t.startsWith('Meet the Press')), texts.join(' | '));
  assert.ok(texts.includes('They sue'), texts.join(' | '));
});

test('"said to People" names who was spoken to, it is no infinitive ("said to have")', () => {
  const text = '“Sometimes us ex-diplomats need our fix!” Clinton said to People. In response, Trump wrote to Roffman: “Only a fool would send such a letter.” He is said to have left.';
  const specs = [person('Hillary Clinton', 'Clinton'), person('Donald Trump', 'Trump')];
  assert.deepEqual(directQuotes(text, specs), [
    ['Sometimes us ex-diplomats need our fix!', 'Hillary Clinton', 'said'],
    ['Only a fool would send such a letter.', 'Donald Trump', 'wrote'],
  ]);
  assert.ok(annotate(text, specs).every((q) => q.cue !== 'said' || !q.text.startsWith('to have')));
});

test('"pointed out" introduces a quote and a reported clause', () => {
  const text = 'As RealClearPolitics’ David Byler pointed out in December, “In the week before the convention, the delegates will have many chances.” Sanders pointed out that veterans’ issues were largely ignored.';
  const specs = [person('David Byler', 'Byler'), person('Bernie Sanders', 'Sanders')];
  assert.deepEqual(kindsAndSpeakers(text, specs), [
    ['direct', 'David Byler', 'pointed out'],
    ['indirect', 'Bernie Sanders', 'pointed out'],
  ]);
});

test('an inverted attribution with "recalled", "replied" or "countered" after a quote gives the quote to the one named after it', () => {
  const text = "Others did not. ''My advice was not to do it,'' recalled James B. Cunningham, then ambassador to Israel. \"We will see,\" replied Senator Smith. \"No,\" countered Jones.";
  const specs = [person('James B. Cunningham', 'Cunningham'), person('John Smith', 'Smith'), person('Ann Jones', 'Jones')];
  assert.deepEqual(directQuotes(text, specs), [
    ['My advice was not to do it', 'James B. Cunningham', 'recalled'],
    ['We will see', 'John Smith', 'replied'],
    ['No', 'Ann Jones', 'countered'],
  ]);
});

test('"charged", "quipped" and "shot back" report the quote they follow, and only there', () => {
  const text = '“You’ve called women you don’t like fat pigs,” Kelly charged in her now-infamous assault. “If you guys ask another mean question, I may have to leave,” Cruz quipped. The firm charged a fee for each call.';
  const specs = [person('Megyn Kelly', 'Kelly'), person('Ted Cruz', 'Cruz')];
  assert.deepEqual(kindsAndSpeakers(text, specs), [
    ['direct', 'Megyn Kelly', 'charged'],
    ['direct', 'Ted Cruz', 'quipped'],
  ]);
});

test('words after an inverted cue followed by a verb open the reported clause; they are not its speaker', () => {
  // "…, however, said they believed …": the clause before the comma is the subject, not the content.
  const experts = 'Cyber security experts and U.S. officials, however, said they believed Russia engineered the release of the emails.';
  assert.ok(annotate(experts).every((q) => !q.text.startsWith('Cyber security experts')), JSON.stringify(annotate(experts).map(brief)));
  // A quote inside the subject's own phrase ("Mr. Manafort, citing ''…,'' said the candidate could …") is not attributed to "the candidate".
  const manafort = "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a very competitive situation.";
  const specs = [person('Paul Manafort', 'Manafort')];
  assert.ok(annotate(manafort, specs).every((q) => q.speakerText !== 'the candidate'), JSON.stringify(annotate(manafort, specs).map(brief)));
  // Words describing the speaker may follow it.
  const source = '“It’s a way to participate without supporting Trump,” says a source involved in the super-PAC’s creation.';
  assert.deepEqual(annotate(source).filter((q) => q.kind === 'direct').map((q) => q.text), ['It’s a way to participate without supporting Trump']);
});

test('a quote closing its sentence is not given to the next sentence when that one goes on to a quote of its own', () => {
  const text = 'Japan branded North Korea an "outlaw nation in the neighborhood." Russia insisted that Pyongyang "stop its dangerous escapade."';
  const specs: EntitySpec[] = [{ name: 'Japan', type: 'place' }, { name: 'Russia', type: 'place' }];
  assert.ok(annotate(text, specs).every((q) => !(q.text.includes('outlaw nation') && q.cue === 'insisted')), JSON.stringify(annotate(text, specs).map(brief)));
  // A short attribution sentence after the quote still takes it.
  assert.deepEqual(directQuotes('"The situation is bad." Campbell said. "We will act."', [person('Tom Campbell', 'Campbell')])[0], ['The situation is bad.', 'Tom Campbell', 'said']);
});
