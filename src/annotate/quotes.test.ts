import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { clauseSpeakersForPartials, createQuoteAnnotator, type Resolved } from './quotes.js';
import { RULES_ONLY, articleOf, entitiesFor, type EntitySpec } from './quotes-test-kit.js';
import { splitSentences } from './sentences.js';

const person = (name: string, ...aliases: string[]): EntitySpec => ({ name, type: 'person', aliases });
const annotate = (text: string, specs: readonly EntitySpec[] = []): Quote[] =>
  createQuoteAnnotator(RULES_ONLY)(articleOf(text), splitSentences(text), entitiesFor(text, specs));
/** Quotes of speech only: belief and speech-act attributions (`stance` set) have their own tests. */
const speechOnly = (quotes: readonly Quote[]): Quote[] => quotes.filter((q) => q.stance === undefined);
/** The fields a reader checks: kind, words, speaker, the words naming the speaker, cue, explicit. */
const brief = (q: Quote): [string, string, string | null, string | null, string | null, boolean] => [q.kind, q.text, q.speaker, q.speakerText, q.cue, q.explicit];

test('a quote followed by "X said" is a direct quote of X without the attribution comma', () => {
  const text = '“We will win,” Pang said.';
  assert.deepEqual(annotate(text, [person('Pang Zhongying', 'Pang')]).map(brief), [['direct', 'We will win', 'Pang Zhongying', 'Pang', 'said', true]]);
});

test('the inverted "…," said X resolves the name after the cue', () => {
  const text = '“We will win,” said Pang Zhongying, an expert at the institute.';
  assert.deepEqual(annotate(text, [person('Pang Zhongying', 'Pang')]).map(brief), [['direct', 'We will win', 'Pang Zhongying', 'Pang Zhongying', 'said', true]]);
});

test('"according to X" attributes a quote on either side of it', () => {
  const specs = [person('Lu Kang', 'Lu')];
  assert.deepEqual(annotate('"Talks went well," according to Lu Kang.', specs).map(brief), [['direct', 'Talks went well', 'Lu Kang', 'Lu Kang', 'according to', true]]);
  assert.deepEqual(annotate('According to Lu, "talks went well and will continue."', specs).map(brief), [
    ['direct', 'talks went well and will continue.', 'Lu Kang', 'Lu', 'according to', true],
  ]);
});

test('a title before the name does not hide the speaker', () => {
  assert.deepEqual(annotate('President Xi said, "The relationship is strong."', [person('Xi Jinping', 'Xi')]).map(brief), [
    ['direct', 'The relationship is strong.', 'Xi Jinping', 'Xi', 'said', true],
  ]);
  const text = "China's Foreign Ministry spokesman Lu Kang told the regular press conference, \"We hope for dialogue.\"";
  assert.deepEqual(annotate(text, [person('Lu Kang', 'Lu')]).map(brief), [['direct', 'We hope for dialogue.', 'Lu Kang', 'Lu Kang', 'told', true]]);
});

test('a colon introducer with "noted" is a direct quote', () => {
  assert.deepEqual(annotate('Foreign Minister Wang Yi noted: "Dialogue is the only way."', [person('Wang Yi', 'Wang')]).map(brief), [
    ['direct', 'Dialogue is the only way.', 'Wang Yi', 'Wang Yi', 'noted', true],
  ]);
});

test('a relative clause between subject and cue does not steal the speaker', () => {
  const text = 'Xi, who met Putin last week, said, "We are partners."';
  assert.deepEqual(annotate(text, [person('Xi Jinping', 'Xi'), person('Vladimir Putin', 'Putin')]).map((q) => q.speaker), ['Xi Jinping']);
});

test('"the spokesman" resolves to the person introduced with that role', () => {
  const text = 'Foreign Ministry spokesman Lu Kang met the press on Monday. Earlier, Premier Li Keqiang had toured Shanghai.\n\n"We oppose unilateral sanctions," the spokesman said.';
  assert.deepEqual(annotate(text, [person('Lu Kang', 'Lu'), person('Li Keqiang', 'Li')]).map(brief), [
    ['direct', 'We oppose unilateral sanctions', 'Lu Kang', 'the spokesman', 'said', true],
  ]);
});

test('an appositive role ("a Russia expert") lets "the expert" find its person', () => {
  const text = 'Li Xing, a Russia expert at a Beijing university, spoke at the forum. Trump was not mentioned.\n\n"Ties will deepen," the expert said.';
  assert.deepEqual(annotate(text, [person('Li Xing', 'Li'), person('Donald Trump', 'Trump')]).map((q) => q.speaker), ['Li Xing']);
});

test('an appositive naming the owner of the role ("Apple\'s chief executive") lets "the executive" find its person', () => {
  const text = "Tim Cook, Apple's chief executive, defended the design. Jony Ive was not there.\n\n\"We are proud of it,\" the executive said.";
  assert.deepEqual(annotate(text, [person('Tim Cook', 'Cook'), person('Jony Ive', 'Ive')]).filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerText]), [
    ['Tim Cook', 'the executive'],
  ]);
});

test('an abbreviated title ("Sen.") introduces the role, and a place in the description must be in the title too', () => {
  const specs = [person('Bernie Sanders', 'Sanders'), person('John McCain', 'McCain')];
  const intro = 'Vermont Sen. Bernie Sanders spoke in Ohio. Sen. John McCain spoke in Arizona.\n\n';
  const speakerOf = (text: string) => annotate(text, specs).filter((q) => q.kind === 'direct').map((q) => q.speaker);
  assert.deepEqual(speakerOf(`${intro}"We will win," the Vermont senator said.`), ['Bernie Sanders']);
  assert.deepEqual(speakerOf(`${intro}"We will win," the senator said.`), ['John McCain']);
  // No senator was introduced with Ohio: no guess.
  assert.deepEqual(speakerOf(`${intro}"We will win," the Ohio senator said.`), [null]);
});

test('"the senator" is the senator spoken of last, not the last one introduced', () => {
  const text = 'Sen. Ted Cruz spoke first. Sen. Marco Rubio followed him. Then Cruz left the stage.\n\n"We will win," the senator said.';
  assert.deepEqual(annotate(text, [person('Ted Cruz', 'Cruz'), person('Marco Rubio', 'Rubio')]).filter((q) => q.kind === 'direct').map((q) => q.speaker), ['Ted Cruz']);
});

test('the capitalised words of a headline are no title ("Prince Mocks Trump" does not make Trump a prince)', () => {
  const text = 'Saudi Prince Mocks Trump.\n\nPrince Alwaleed bin Talal wrote on Twitter on Friday. Donald Trump replied within the hour.\n\n"You are a disgrace," the prince wrote.';
  assert.deepEqual(annotate(text, [person('Alwaleed bin Talal', 'Alwaleed'), person('Donald Trump', 'Trump')]).filter((q) => q.kind === 'direct').map((q) => q.speaker), ['Alwaleed bin Talal']);
});

test('a role written before the name and a comma ("The White House press secretary, Josh Earnest,") introduces the person', () => {
  const text = 'The White House press secretary, Josh Earnest, briefed reporters. Joe Biden was travelling.\n\n"We are confident," the press secretary said.';
  assert.deepEqual(annotate(text, [person('Josh Earnest', 'Earnest'), person('Joe Biden', 'Biden')]).filter((q) => q.kind === 'direct').map((q) => q.speaker), ['Josh Earnest']);
});

test('a description of two role or body nouns is read whole ("the party chairman", "a campaign aide")', () => {
  assert.deepEqual(annotate('"We will win," the party chairman said.').map(brief), [['direct', 'We will win', null, 'the party chairman', 'said', true]]);
  assert.deepEqual(annotate('A campaign aide said the event was canceled.').map((q) => q.speakerText), ['A campaign aide']);
});

test('a role\'s "of" complement is part of the description ("the former secretary of state")', () => {
  const text = 'Hillary Clinton, the former secretary of state, campaigned in Iowa. Bernie Sanders was in Ohio.\n\n"We will win," the former secretary of state said.';
  assert.deepEqual(annotate(text, [person('Hillary Clinton', 'Clinton'), person('Bernie Sanders', 'Sanders')]).map(brief), [
    ['direct', 'We will win', 'Hillary Clinton', 'the former secretary of state', 'said', true],
  ]);
  // A name in apposition after such a description is the speaker.
  const apposed = 'On Wednesday, the director of the Federal Bureau of Investigation, James B. Comey, said that the messages were private.';
  assert.deepEqual(annotate(apposed, [person('James B. Comey', 'Comey')]).map((q) => [q.speaker, q.speakerText]), [['James B. Comey', 'James B. Comey']]);
});

test('a description with a noun that is no known role finds the person whose appositive it heads ("a nurse from Ohio")', () => {
  const specs = [person('Jane Smith', 'Smith'), person('Bob Jones', 'Jones')];
  const text = 'Jane Smith, 45, a nurse from Ohio, voted early. Bob Jones, a volunteer for the campaign, stayed home.\n\n';
  const speakerOf = (rest: string) => annotate(text + rest, specs).filter((q) => q.kind === 'direct').map((q) => q.speaker);
  assert.deepEqual(speakerOf('"I want change," the nurse said.'), ['Jane Smith']);
  // "the campaign" heads no one's appositive ("a volunteer for the campaign" is headed by "volunteer").
  assert.deepEqual(speakerOf('"We want change," the campaign said.'), [null]);
});

test('a spokesman for a body, named by no one, speaks for the body', () => {
  const specs: EntitySpec[] = [{ name: 'State Department', type: 'organization', aliases: [] }];
  assert.deepEqual(annotate('"The talks will resume," a spokesman for the State Department said.', specs).map(brief), [
    ['direct', 'The talks will resume', 'State Department', 'a spokesman for the State Department', 'said', true],
  ]);
});

test('a group whose members an interruption names speaks as a group ("…, including the Asbury Park Press, said")', () => {
  const specs: EntitySpec[] = [{ name: 'Asbury Park Press', type: 'organization', aliases: [] }, person('Fred Goldberg', 'Mr. Goldberg')];
  assert.deepEqual(annotate('Six Gannett newspapers in New Jersey, including the Asbury Park Press, said he is not fit to be governor.', specs).map((q) => [q.speaker, q.speakerText]), [
    ['Six Gannett newspapers in New Jersey', 'Six Gannett newspapers in New Jersey'],
  ]);
  assert.deepEqual(annotate('Many tax experts, including Mr. Goldberg, have said that the rules are loose.', specs).map((q) => q.speaker), ['Many tax experts']);
});

test('"they" right after a counted subject and its verb of saying stands for that subject', () => {
  assert.deepEqual(annotate('About 4 in 10 say they want the next president to have more liberal policies.').map((q) => [q.speaker, q.speakerText]), [['About 4 in 10', 'they']]);
  // A clause that opens with something other than its subject gives no such speaker.
  assert.deepEqual(annotate('When asked, they said they would leave.').map((q) => q.speaker), [null]);
});

test('a quote paragraph after "X released the following statement:" is X\'s, past a person named in an opening clause', () => {
  const text = 'When George Wallace died in 1998, President Bill Clinton released the following statement:\n\n“Hillary and I offer our condolences to his family.”';
  assert.deepEqual(annotate(text, [person('George Wallace', 'Wallace'), person('Bill Clinton', 'Clinton')]).map((q) => [q.kind, q.speaker]), [['direct', 'Bill Clinton']]);
});

test('"he" stands for no name that does not read as a person\'s ("Guardian", "Axelrod’s memoir")', () => {
  const text = 'Donald Trump toured Atlantic City on Monday. The casino closed in 2014, Guardian reported.\n\n“It is a great city,” he said.';
  const quotes = annotate(text, [person('Donald Trump', 'Trump')]);
  assert.deepEqual(quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerText]), [['Donald Trump', 'he']]);
});

test('people a "his" owns are named by the owner ("His surrogates" → "Donald Trump\'s surrogates")', () => {
  const text = "Donald Trump said last week that paying no taxes made him smart. His surrogates called him a genius for it.";
  assert.deepEqual(annotate(text, [person('Donald Trump', 'Trump')]).filter((q) => q.cue === 'called').map((q) => [q.speaker, q.speakerText]), [
    ["Donald Trump's surrogates", 'His surrogates'],
  ]);
});

test('he and she pick the person of the matching gender', () => {
  const text = 'Ms. Merkel met Mr. Macron in Paris. She said, "Europe must act together."\n\nHe said, "France agrees."';
  const quotes = annotate(text, [person('Angela Merkel', 'Merkel'), person('Emmanuel Macron', 'Macron')]);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.speakerText, q.explicit]), [
    ['Angela Merkel', 'She', true],
    ['Emmanuel Macron', 'He', true],
  ]);
});

test('a pronoun prefers the subject of the previous sentence over an earlier speaker', () => {
  const text = 'Pang said the talks had failed. Trump had threatened tariffs before. He said, "We will respond."';
  const quotes = annotate(text, [person('Pang Zhongying', 'Pang'), person('Donald Trump', 'Trump')]);
  assert.deepEqual(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker), ['Donald Trump']);
});

test('a pronoun skips people named inside quotes', () => {
  const text = '“Putin is a partner,” Xi said. He added, “We trust each other.”';
  const quotes = annotate(text, [person('Xi Jinping', 'Xi'), person('Vladimir Putin', 'Putin')]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [
    ['Putin is a partner', 'Xi Jinping'],
    ['We trust each other.', 'Xi Jinping'],
  ]);
});

test('a quote of several sentences is one quote', () => {
  const text = 'Pang said, "The trip matters. It shows trust. It will last."';
  assert.deepEqual(annotate(text, [person('Pang Zhongying', 'Pang')]).map((q) => q.text), ['The trip matters. It shows trust. It will last.']);
});

test('a quote paragraph without attribution continues the previous speaker, implied', () => {
  const text = '“The visit matters,” Pang said.\n\n“But the risks are real. Nobody should forget that.”';
  assert.deepEqual(annotate(text, [person('Pang Zhongying', 'Pang')]).map(brief), [
    ['direct', 'The visit matters', 'Pang Zhongying', 'Pang', 'said', true],
    ['direct', 'But the risks are real. Nobody should forget that.', 'Pang Zhongying', null, null, false],
  ]);
});

test('a quote paragraph far from any quote has no speaker', () => {
  const text = '“The visit matters,” Pang said.\n\nThe weather was fine.\n\n“Nobody knows why the talks stalled, and nobody will say.”';
  assert.deepEqual(annotate(text, [person('Pang Zhongying', 'Pang')]).map((q) => q.speaker), ['Pang Zhongying', null]);
});

test('a quote whose closing mark is missing runs on over paragraphs with its speaker', () => {
  const text = 'Li Xing, a Russia expert, said: "The visit matters.\n\n"It shows trust between the two capitals.\n\n"And it will last."';
  assert.deepEqual(annotate(text, [person('Li Xing', 'Li')]).map((q) => [q.text, q.speaker, q.explicit]), [
    ['The visit matters.', 'Li Xing', true],
    ['It shows trust between the two capitals.', 'Li Xing', false],
    ['And it will last.', 'Li Xing', false],
  ]);
});

test('a run-on quote attributed only in its last paragraph gives that speaker to the first', () => {
  const text = '"The first paragraph of a long quote.\n\n"The last one," Pang said.';
  assert.deepEqual(annotate(text, [person('Pang Zhongying', 'Pang')]).map((q) => [q.text, q.speaker, q.explicit]), [
    ['The first paragraph of a long quote.', 'Pang Zhongying', false],
    ['The last one', 'Pang Zhongying', true],
  ]);
});

test('a short quoted phrase after a speech verb is a partial quote of the subject', () => {
  const text = 'Lu defended the North by saying that Pyongyang has made "important efforts" to stop tests.';
  assert.deepEqual(speechOnly(annotate(text, [person('Lu Kang', 'Lu')])).filter((q) => q.kind === 'partial').map(brief), [['partial', 'important efforts', 'Lu Kang', 'Lu', 'saying', true]]);
});

test('a view verb attributes the phrase after it, without the sentence stop', () => {
  const text = 'Wang wants closer ties with Russia, a relationship Xi views as "the best in history."';
  assert.deepEqual(speechOnly(annotate(text, [person('Xi Jinping', 'Xi'), person('Wang Qishan', 'Wang')])).map(brief), [
    ['partial', 'the best in history', 'Xi Jinping', 'Xi', 'views as', true],
  ]);
});

test('scare quotes and names in quotes produce nothing', () => {
  const text = 'Both field Trump’s ‘America First’ policy. The committee praised the ‘Made in China’ plan and the "One Belt, One Road" initiative.';
  assert.deepEqual(speechOnly(annotate(text, [person('Donald Trump', 'Trump')])), []);
});

test('indirect speech spans the reported clause, with and without "that"', () => {
  const text = 'Lu said the talks would resume next week. Lu told reporters that both sides were ready.';
  assert.deepEqual(annotate(text, [person('Lu Kang', 'Lu')]).map(brief), [
    ['indirect', 'the talks would resume next week', 'Lu Kang', 'Lu', 'said', true],
    ['indirect', 'both sides were ready', 'Lu Kang', 'Lu', 'told', true],
  ]);
});

test('a group speaker is its words as written', () => {
  assert.deepEqual(annotate('Experts stated that the visit would add heft to diplomacy.').map(brief), [
    ['indirect', 'the visit would add heft to diplomacy', 'Experts', 'Experts', 'stated', true],
  ]);
});

test('"according to" an organisation names it even when the entities miss it', () => {
  const text = 'According to the Chinese Ministry of Foreign Affairs, Wang will attend the forum.';
  assert.deepEqual(annotate(text, [person('Wang Qishan', 'Wang')]).map(brief), [
    ['indirect', 'Wang will attend the forum', 'Chinese Ministry of Foreign Affairs', 'Chinese Ministry of Foreign Affairs', 'according to', true],
  ]);
});

test('"is said to" and a cue followed by a time phrase are not indirect speech', () => {
  const text = 'He is said to have close ties. The ministry said on Monday (May 21), his first trip.';
  assert.deepEqual(annotate(text), []);
});

test('indirect speech repeating a direct quote of the same speaker in its sentence is dropped', () => {
  const text = 'Lu Kang told the press conference, "We hope for talks," saying that the sides should meet.';
  assert.deepEqual(annotate(text, [person('Lu Kang', 'Lu')]).map((q) => q.kind), ['direct']);
});

test('quote text is always the article slice and quotes come sorted by start', () => {
  const text = '“Talks matter,” Pang said. Li said the trip was key. “It is,” Li said.';
  const quotes = annotate(text, [person('Pang Zhongying', 'Pang'), person('Li Xing', 'Li')]);
  assert.equal(quotes.length, 3);
  for (const q of quotes) assert.equal(q.text, text.slice(q.start, q.end));
  assert.deepEqual(quotes.map((q) => q.start), [...quotes.map((q) => q.start)].sort((a, b) => a - b));
});

test('bad content never throws: unbalanced marks, empty text, stray mentions', () => {
  const text = '"" ” “ \'\n\n“';
  const bogus = [{ name: 'X', type: 'person' as const, aliases: [], mentions: [{ start: 90, end: 95, text: 'X', type: 'person' as const, name: 'X' }] }];
  assert.doesNotThrow(() => createQuoteAnnotator()(articleOf(text), splitSentences(text), bogus));
  assert.deepEqual(createQuoteAnnotator()(articleOf(''), [], []), []);
});

test('options switch off indirect and partial quotes, and a bad look-back throws at once', () => {
  const text = 'Lu said the talks would resume. Lu said the North made "important efforts" to stop.';
  const quotes = createQuoteAnnotator({ indirect: false, partial: false })(articleOf(text), splitSentences(text), entitiesFor(text, [person('Lu Kang', 'Lu')]));
  assert.deepEqual(quotes, []);
  assert.throws(() => createQuoteAnnotator({ continuationParagraphs: -1 }), /continuationParagraphs/);
});

test('a reported clause running on into a second verb of saying of the same subject is two attributions', () => {
  const text = 'Lopez said the bill would pass the House this year and urged the Senate to take it up quickly.';
  assert.deepEqual(annotate(text, [person('Maria Lopez', 'Lopez')]).map((q) => [q.text, q.speaker, q.cue]), [
    ['the bill would pass the House this year', 'Maria Lopez', 'said'],
    ['the Senate to take it up quickly', 'Maria Lopez', 'urged'],
  ]);
  // Inside quote marks the words are the speaker's own.
  const quoted = 'Lopez said the bill was “good for farmers and said to be cheap by all experts” last week.';
  assert.equal(annotate(quoted, [person('Maria Lopez', 'Lopez')]).filter((q) => q.kind === 'indirect').length, 1);
});

test('an attribution inside a longer reported clause is part of it: a belief, or the same speaker’s speech read twice', () => {
  const specs = [person('Maria Lopez', 'Lopez'), person('Peter Cook', 'Cook'), person('Ash Carter', 'Carter')];
  assert.deepEqual(annotate('Cook told reporters that Carter believes his use of personal email was a mistake.', specs).map((q) => [q.text, q.speaker]), [
    ['Carter believes his use of personal email was a mistake', 'Peter Cook'],
  ]);
  assert.deepEqual(annotate('Lopez said she feels the bill will pass the House this year.', specs).map((q) => [q.text, q.speaker]), [
    ['she feels the bill will pass the House this year', 'Maria Lopez'],
  ]);
  assert.deepEqual(annotate('Lopez argued that the bill would pass the House this year.', specs).map((q) => [q.text, q.speaker, q.cue]), [
    ['that the bill would pass the House this year', 'Maria Lopez', 'argued'],
  ]);
});

/** Builds drafts over words of `text` (first occurrence), each with its speaker words and cue. */
function draftIn(text: string) {
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  return (kind: 'indirect' | 'partial', words: string, speakerWords: string, cue: string) => ({
    kind, ...at(words), speaker: { ...at(speakerWords), text: speakerWords, kind: 'person' as const, name: null }, cue, explicit: true, implied: null, mark: null,
  });
}

test('a partial quote inside a reported clause is the clause speaker’s, unless a name in the clause has its own cue', () => {
  const text = 'Carson took the stage at the Grand Hotel in Baltimore and called the political system “rotten to the core.” Wang wants ties with Russia, a bond Xi views as “the best in history.”';
  const draft = draftIn(text);
  const quotes: Resolved[] = [
    { draft: draft('indirect', 'the political system “rotten to the core.”', 'Carson', 'called'), speaker: 'Ben Carson' },
    { draft: draft('partial', 'rotten to the core', 'Baltimore', 'called'), speaker: 'Baltimore' },
    { draft: draft('indirect', 'ties with Russia, a bond Xi views as “the best in history.”', 'Wang', 'wants'), speaker: 'Wang Qishan' },
    { draft: draft('partial', 'the best in history', 'Xi', 'views as'), speaker: 'Xi Jinping' },
  ];
  assert.deepEqual(clauseSpeakersForPartials(quotes).map((q) => q.speaker), ['Ben Carson', 'Ben Carson', 'Wang Qishan', 'Xi Jinping']);
});

test('a partial quote attributed right after its marks keeps that speaker inside another clause', () => {
  const text = 'The House vote on the motto is “not putting people back to work,” President Obama said Wednesday.';
  const draft = draftIn(text);
  const quotes: Resolved[] = [
    { draft: draft('indirect', 'on the motto is “not putting people back to work,”', 'House', 'vote'), speaker: 'House' },
    { draft: draft('partial', 'not putting people back to work', 'Obama', 'said'), speaker: 'Barack Obama' },
  ];
  assert.deepEqual(clauseSpeakersForPartials(quotes).map((q) => q.speaker), ['House', 'Barack Obama']);
});

test("one speaker's attribution found twice over the same words is reported once", () => {
  const text = 'De Blasio, speaking on WOR710, called Trump a “blowhard,” and said his anti-Muslim remarks were priceless “propaganda” for terrorist groups like Islamic State.';
  const quotes = annotate(text, [person('Bill de Blasio', 'De Blasio')]);
  const clause = 'his anti-Muslim remarks were priceless “propaganda” for terrorist groups like Islamic State';
  assert.deepEqual(quotes.filter((q) => q.text === clause).map((q) => [q.kind, q.speaker]), [['indirect', 'Bill de Blasio']]);
  // The other attributions of the sentence stay: the first clause and the partial quote inside the second.
  assert.deepEqual(quotes.map((q) => q.text), ['Trump a “blowhard,”', clause, 'propaganda']);
});

test('a clause read twice, whole and from its object on, keeps the whole clause', () => {
  const text = "Ms. Acosta acknowledged that even she found the ''debt stack'' confusing.";
  const quotes = annotate(text, [person('Melba Acosta', 'Ms. Acosta')]).filter((q) => q.kind === 'indirect');
  assert.deepEqual(quotes.map((q) => q.text), ["that even she found the ''debt stack'' confusing"]);
});
