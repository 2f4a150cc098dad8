/**
 * Speakers as multi-outlet briefs showed them wrong (BASIL and DUC stories read as briefs), run
 * through the whole annotator: entities, rules and the attribution tagger.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnotator } from '../pipeline.js';
import { makeArticle } from '../test-support/articles.js';
import type { Quote } from '../types.js';

const annotator = createAnnotator();
const quotes = (text: string): readonly Quote[] => annotator.article(makeArticle(text)).quotes;
/** Speaker and speaker words of the quotes holding `words`. */
const speakersOf = (text: string, words: string): [string | null, string | null][] =>
  quotes(text).filter((q) => q.text.includes(words)).map((q) => [q.speaker, q.speakerText]);
/** Speaker and speaker words of the quotes holding `words`, failing when there is none. */
const someSpeakersOf = (text: string, words: string): [string | null, string | null][] => {
  const found = speakersOf(text, words);
  assert.ok(found.length > 0, `no quote holds "${words}"`);
  return found;
};
/** Asserts that at least one quote holds `words` and that every such quote is given to `speaker`. */
const assertEverySpeaker = (text: string, words: string, speaker: string): void => {
  for (const [found] of someSpeakersOf(text, words)) assert.equal(found, speaker);
};
/** The resolved speakers alone. */
const speakerNames = (text: string, words: string): (string | null)[] => speakersOf(text, words).map(([speaker]) => speaker);

test('"the Obama campaign said" gives the words to the campaign, not to Obama', () => {
  const text = 'As the brawl over Medicare continued on Tuesday, the Obama campaign said that Mr. Ryan’s budget plan — broadly endorsed by Mr. Romney — “would end Medicare as we know it” and shift costs to beneficiaries.';
  for (const [speaker, words] of someSpeakersOf(text, 'would end Medicare')) {
    assert.notEqual(speaker, 'Barack Obama');
    assert.equal(words, 'the Obama campaign');
  }
});

test('a participle after a preposition’s object is not that object’s', () => {
  const text = 'Elizabeth Lauten is a congressional aide. The communications pro also took a shot at President Obama and the first lady, writing "your mother and father don’t respect their positions very much, or the nation for that matter."';
  for (const [speaker] of someSpeakersOf(text, 'respect their positions')) assert.notEqual(speaker, 'Barack Obama');
});

test('a participle right after a name, with no comma, is that one’s', () => {
  const text = 'Hillary Clinton ran an ad on Monday. The spot ends with footage of Donald Trump saying during the debate, “That makes me smart.”';
  assert.deepEqual(speakerNames(text, 'That makes me smart'), ['Donald Trump']);
});

test('"he" after a sentence opened by an owned role goes with that role, not an earlier speaker', () => {
  const text = `House Freedom Caucus Chairman Mark Meadows said in a statement that the firing was right. Strzok’s attorney, meanwhile, blasted the bureau on Monday.

He added, “A lengthy investigation and multiple rounds of testimony failed to produce a shred of evidence.”`;
  assert.deepEqual(speakersOf(text, 'A lengthy investigation'), [['Strzok’s attorney', 'He']]);
});

test('a woman’s given name keeps "he" off her', () => {
  const text = 'The remarks prompted Meredith Vieira to ask Donald Trump if he had people in Hawaii. He signaled he did, saying, “And they cannot believe what they’re finding. And I’m serious.”';
  assert.deepEqual(speakerNames(text, 'cannot believe'), ['Donald Trump']);
});

test('a quote ending its own sentence is not attributed by a new report after it', () => {
  const text = "Race spokesman Peter Campbell said it was not known how long the sailor could survive. ''It's supposition,'' Campbell said. ''We had John Quinn survive for five hours in 1993 and that was in very severe conditions.'' Gray said about 56 sailors had been winched to safety.";
  assert.deepEqual(speakerNames(text, 'John Quinn'), ['Peter Campbell']);
  // A short sentence after it still attributes it.
  assert.deepEqual(speakerNames('“We won the vote.” Smith said on Monday.', 'We won'), ['Smith']);
});

test('newswire quotes opened with two backticks are quotes', () => {
  const text = "Cambodian leader Hun Sen spoke on Friday. ``No-one should internationalize Cambodian affairs,'' he said.";
  const found = quotes(text).filter((q) => q.kind === 'direct');
  assert.deepEqual(found.map((q) => [q.text, q.speaker]), [['No-one should internationalize Cambodian affairs', 'Hun Sen']]);
});

test('a name the tagger cut at its middle initial stands whole and speaks', () => {
  const text = "Pagliano's attorney, Mark J. MacDougall, also declined to comment. MacDougall said he was sure of it.";
  const speakers = quotes(text).map((q) => q.speaker);
  assert.ok(speakers.length > 0);
  for (const s of speakers) assert.equal(s, 'Mark J. MacDougall');
});

test('"said the spokesman, Peter Carr." gives the quote to the person named in apposition, and reports nothing more', () => {
  const text = 'Robert Mueller leads the inquiry. “BuzzFeed’s description is not accurate,” said the spokesman, Peter Carr.';
  assert.deepEqual(quotes(text).map((q) => [q.kind, q.speaker]), [['direct', 'Peter Carr']]);
  const statement = 'Michael Grimm was charged. “We are disappointed by the decision, but hardly surprised,” said the statement from Grimm’s attorney, William McGinley.';
  assert.deepEqual(quotes(statement).map((q) => [q.kind, q.speaker]), [['direct', 'William McGinley']]);
});

test('"quoted X as saying" gives the words to X, not to the one quoting', () => {
  const text = "The agency also quoted Syrian Foreign Minister Farouq al-Sharaa as saying that Egypt and Syria ``agreed on the graveness of the situation.''";
  const found = quotes(text);
  assert.ok(found.length > 0);
  for (const q of found) assert.equal(q.speaker, 'Farouq al-Sharaa');
});

test('a book title and subtitle in newswire marks is no quote', () => {
  const text = "David Yoffie is co-author of the book, ``Competing on Internet Time: Lessons From Netscape and Its Battle With Microsoft.'' Meanwhile, the government said it was pleased.";
  assert.deepEqual(quotes(text).filter((q) => q.text.includes('Competing')), []);
});

test('a person apposed to a second role joined by "and" speaks ("the president and party chief, Jiang Zemin,")', () => {
  const text = "In a speech on Friday, the president and Communist Party chief, Jiang Zemin, emphasized the primacy of the party, saying, ``The Western mode of political systems must never be adopted.''";
  assert.deepEqual(speakerNames(text, 'Western mode'), ['Jiang Zemin']);
});

test('"he" after a sentence whose subject is no person goes to the one person named there as a subject', () => {
  const text = "James Foley, a State Department spokesman, spoke after Clinton's meeting with Chinese President Jiang Zemin. ``There had been improvements in the human rights situation in China,'' Foley said. The prison terms are ``steps backward,'' he said. Critics of the administration's China policy noted that the sentences were handed out less than a week after Jiang delivered a pointed speech in Beijing in which he made clear that reforms were not a prelude to democracy. ``The Western mode of political systems must never be copied,'' he said.";
  assert.deepEqual(speakerNames(text, 'Western mode'), ['Jiang Zemin']);
  // Not a name the sentence only holds as an object.
  const asked = 'Donald Trump spoke on Monday. Asked on Fox News who leads the party, he said Ryan. “I would say Paul for the time being,” he said.';
  assert.deepEqual(speakerNames(asked, 'I would say Paul'), ['Donald Trump']);
});

test('"said U.S. Embassy spokesman Bill Palmer" gives the quote to the person after the title', () => {
  const text = "The sentences drew protests. ``We are deeply disappointed with the verdict,'' said U.S. Embassy spokesman Bill Palmer.";
  assert.deepEqual(speakerNames(text, 'deeply disappointed'), ['Bill Palmer']);
});

test('a scare quote before a participle does not cut the clause off from its subject', () => {
  const text = 'President Trump on Saturday took aim at social media tech giants for “discriminating” against Republicans and conservatives -- saying that “too many voices are being destroyed” and promising that his administration would not allow it.';
  assertEverySpeaker(text, 'too many voices', 'Donald Trump');
});

test('a participle in an opening time clause is the main clause subject’s', () => {
  const text = 'A day after telling reporters that he\'s "not going to talk about this anymore," Congressman Anthony Weiner (D-N.Y.) broke his silence Wednesday.';
  const partial = quotes(text).filter((q) => q.kind === 'partial');
  assert.deepEqual(partial.map((q) => q.speaker), ['Anthony Weiner']);
});

test('"according to the U.S. Attorney’s Office" names the office, not the country', () => {
  const text = 'Hunter and his wife used campaign money for family trips, prosecutors said. “According to the indictment, the Hunters knew that many of their desired purchases could be made on the campaign account,” according to the U.S. Attorney’s Office.';
  assert.deepEqual(speakersOf(text, 'desired purchases'), [['U.S. Attorney’s Office', 'U.S. Attorney’s Office']]);
});

test('"the Fox News host" is the host introduced earlier, though the outlet was not written there', () => {
  const text = 'Talk show host Glenn Beck spoke first, and radio host Rush Limbaugh had spoken a year before. Beck talked for an hour. Later, the Fox News host said, "We need a bigger tent."';
  assert.deepEqual(speakerNames(text, 'bigger tent'), ['Glenn Beck']);
  // A place in the description must still be written where its holder is introduced.
  const other = 'Sen. Ted Cruz spoke first. Later, the Vermont senator said, "We need a bigger tent."';
  assert.notDeepEqual(speakerNames(other, 'bigger tent'), ['Ted Cruz']);
});

test('source words in a clause of an earlier sentence do not carry a pronoun chain', () => {
  const text = `Conservative talk show host Glenn Beck closed the conference on Saturday. Beck didn't really name names - save for a swipe at one Republican (presumably Sen. John McCain) for admiring another Republican, Teddy Roosevelt -- the latter of whom Beck accused of launching the modern progressive movement. But the message was clear: supporting anything that closely resembled the Democratic agenda would no longer fly with the modern GOP.

"I have not heard people in the Republican Party admit yet that they have a problem," he said.`;
  assert.deepEqual(speakerNames(text, 'have not heard'), ['Glenn Beck']);
});

test('a group’s words do not open with the preposition or relative word before it', () => {
  for (const [, words] of someSpeakersOf('A majority of Republicans believe that the economy is getting worse.', 'economy is getting worse')) assert.equal(words, 'Republicans');
  // Nor with the relative word before it.
  const partial = quotes("Hall brought back a bag of what officials called ``substitute food'' from a government station.").filter((q) => q.kind === 'partial');
  assert.deepEqual(partial.map((q) => q.speakerText), ['officials']);
});

test('"vowed to “clarify”" gives the vow to those vowing, not to an earlier "said" of the sentence', () => {
  const text = 'After Indiana passed a version which critics said could allow discrimination by businesses, Indiana lawmakers and Gov. Mike Pence later vowed to "clarify" the language in response to complaints.';
  const partial = quotes(text).filter((q) => q.kind === 'partial');
  assert.deepEqual(partial.map((q) => [q.speaker, q.cue]), [['Mike Pence', 'vowed']]);
});

test('an auxiliary opening an inverted clause is no part of the name after it', () => {
  const found = annotator.article(makeArticle('Bernie Sanders lost the primary. Had Sanders won the popular vote, the superdelegates would have swung to him.')).entities;
  assert.deepEqual(found.filter((e) => e.type === 'person').map((e) => e.name), ['Bernie Sanders']);
});

test('a news agency named in apposition right before the cue speaks, not a person named earlier in the clause', () => {
  const text = "Annan's meeting with Gadhafi took place after Libya's official news agency, JANA, initially reported that Annan might not be able to meet with the Libyan leader because Gadhafi was ``in the desert.''";
  assertEverySpeaker(text, 'in the desert', 'JANA');
});

test('a body named before its kind ("the Interfax news agency") speaks by its name; a city council by the council’s', () => {
  assertEverySpeaker('A longer firefight broke out between the kidnappers and Russian security forces, the Interfax news agency said.', 'firefight', 'Interfax');
  assertEverySpeaker("``Goteborg is today a city in shock,'' the Goteborg city council said in a statement.", 'city in shock', 'Goteborg city council');
});

test('a body owned by a name whose mark stands alone ("Sanders’ campaign") speaks as the owner’s body', () => {
  const text = 'Bernie Sanders spoke in Oregon. Sanders’ campaign launched an ad buy in California on Tuesday and announced it would seek a recanvass in the Kentucky primary, where he trailed Clinton.';
  assertEverySpeaker(text, 'recanvass', 'Bernie Sanders’ campaign');
  // Also when the tagger could not type the owner's name.
  assertEverySpeaker('7:10 p.m. Bernie Sanders’ campaign says it raised more than $21 million in January.', '$21 million', 'Bernie Sanders’ campaign');
});

test('"the statement" after a body "issued a strong condemnation" is the body’s', () => {
  const text = "The American Embassy here, which has spent the last two years building improved relations between China and the United States, issued a strong condemnation of what it termed the ``deplorable decisions.'' ``We are deeply disappointed with both the guilty verdicts and the extremely harsh sentences,'' the statement said.";
  assertEverySpeaker(text, 'deeply disappointed', 'American Embassy');
});

test('a report or poll speaks for the one it is by ("said a report by … Human Rights Watch", "according to a new report by Politico")', () => {
  assertEverySpeaker('The Yugoslav army has been responsible for the vast majority of atrocities in the Kosovo conflict, said a report by New York-based group Human Rights Watch, released here.', 'atrocities', 'Human Rights Watch');
  assertEverySpeaker('According to a new report by Politico, Democratic party insiders are desperately trying to mobilize black voters.', 'insiders', 'Politico');
});

test('a participle opening the sentence ("Looking ahead to the fall, …") is no speaker', () => {
  const text = 'Looking ahead to the fall, Mr. Manafort was joined by Rick Wiley, the campaign’s new political director.';
  assert.ok(quotes(text).every((q) => q.speaker !== 'Looking'), JSON.stringify(quotes(text).map((q) => q.speaker)));
});

test('a name after a person’s role word speaks, also when the tagger typed it an organisation; "remembered" reports the quote before it', () => {
  assertEverySpeaker('“We will win the race,” said pollster Stan Greenberg.', 'win the race', 'Stan Greenberg');
  assertEverySpeaker('She was hired in 1999. "She took it upon herself to prove them wrong," remembered Roy Verley, HP\'s former chief corporate spokesman.', 'prove them wrong', 'Roy Verley');
});

test('a compound adjective ("New York-based", "Democratic-leaning") names no speaker', () => {
  const text = 'The Yugoslav army has been responsible for the vast majority of atrocities, said a report by New York-based group Human Rights Watch.';
  for (const [speaker] of someSpeakersOf(text, 'atrocities')) assert.notEqual(speaker, 'New York-based');
  const states = 'Mr. Boehner pointed to what aides called orphan districts in Democratic-leaning states that would not be a factor in the campaign.';
  assert.ok(quotes(states).every((q) => q.speaker !== 'Democratic-leaning'), JSON.stringify(quotes(states).map((q) => q.speaker)));
});

test('"show" in "talk show host" reports nothing; "polls show" still does', () => {
  assert.deepEqual(quotes('Talk show host Glenn Beck spoke first at the conference on Saturday.'), []);
  assert.deepEqual(speakersOf('Polls show Trump is ahead in Ohio.', 'ahead in Ohio'), [['Polls', 'Polls']]);
});

test('a present role no one was introduced with names the person the sentence before is about', () => {
  const text = `California Rep. Ed Royce on Friday questioned the action because of concerns about U.S. national security.

"The administration should withdraw this decision until Zimbabwe stabilizes," the committee chairman said in a statement.`;
  assert.deepEqual(speakerNames(text, 'withdraw this decision'), ['Ed Royce']);
  // A former role is no epithet of whoever was just spoken of.
  const former = 'Bernie Sanders attacked the plan on Monday. "It will not pass," the former secretary of state said.';
  assert.notDeepEqual(speakerNames(former, 'will not pass'), ['Bernie Sanders']);
});

test('an epithet with a place or party names the person the sentence before is about, but not another country’s office', () => {
  assert.deepEqual(speakerNames('Sen. Bernie Sanders held a rally in Iowa on Monday. The Vermont senator said the plan would fail.', 'plan would fail'), ['Bernie Sanders']);
  assert.deepEqual(speakerNames('Hillary Clinton spoke in Ohio on Monday. The Democratic presidential nominee said the economy was growing.', 'economy was growing'), ['Hillary Clinton']);
  // A party inside a person's role is no speaker when no person is found for it.
  assert.deepEqual(speakersOf('There was no noticeable issue with the sound on television. The GOP nominee complained that his microphone had been broken.', 'microphone'), [[null, 'The GOP nominee']]);
  // Tagged source words that are a role a party or place qualifies speak as that role, not as the party or place.
  assert.deepEqual(speakersOf('Donald Trump and Ivana Trump filed legal papers opposing the unsealing. The GOP presidential nominee has argued that the records hold private information.', 'private information'), [['Donald Trump', 'The GOP presidential nominee']]);
  assert.ok(speakerNames('Millions of dollars went to the foundation. The New York businessman said the donors were crooks.', 'donors were crooks').every((s) => s !== 'New York'));
  // A former role narrowed by a place is an epithet too; without one it is not (see the test of present roles).
  assert.deepEqual(speakerNames('Jeb Bush spoke in Iowa on Monday. The former Florida governor said he would not quit the race.', 'not quit'), ['Jeb Bush']);
  // "French" is no place or party: the president is not the American one just named.
  assert.deepEqual(speakerNames('President Obama had a talk this week with Francois Hollande. The French president said the attack was an act of war.', 'act of war'), [null]);
  // After a quote of several sentences, the sentence before the quote is the one the epithet follows.
  const long = `Trump swiftly responded Tuesday, telling the Times it was “highly inappropriate.”

“I think it’s a disgrace to the court and I think she should apologize. I couldn’t believe it when I saw it,” the presumptive Republican nominee said.`;
  assert.deepEqual(speakerNames(long, 'disgrace to the court'), ['Donald Trump']);
  // A time before "after" opens a phrase that holds no subject ("One month after announcing his support for Donald Trump, Marco Rubio …").
  const rubio = 'One month after announcing his support for Donald Trump, Marco Rubio still believes that the nominee is unfit. “I stand by everything I said during the campaign,” the Florida senator told reporters.';
  assert.deepEqual(speakerNames(rubio, 'I stand by everything'), ['Marco Rubio']);
});

test('business and campaign roles describe a person: "the billionaire businessman", "the congressman’s spokesman"', () => {
  assert.deepEqual(speakersOf('Donald Trump spoke in Iowa on Monday. The billionaire businessman said he would win the state.', 'win the state'), [['Donald Trump', 'The billionaire businessman']]);
  // "Rep." introduces a congressman as "Sen." a senator.
  assert.deepEqual(speakerNames('Rep. Peter Welch spoke in Burlington. Sen. Bernie Sanders spoke in Iowa. "We will win the state," the congressman said.', 'win the state'), ['Peter Welch']);
  // The spokesman speaks, not the congressman who owns him.
  const spokesman = 'Trey Gowdy fired an aide, his spokesman Jamal Ware said on Monday. The congressman’s spokesman said the firing was lawful.';
  for (const [speaker, words] of someSpeakersOf(spokesman, 'firing was lawful')) {
    assert.notEqual(speaker, 'Trey Gowdy');
    assert.equal(words, 'The congressman’s spokesman');
  }
});

test('"it" before a verb of saying is the body the sentence before is about; "it is not clear" names no one', () => {
  assert.deepEqual(speakersOf('The State Department released a statement on Monday. It said the talks would resume in May.', 'talks would resume'), [['State Department', 'It']]);
  assert.deepEqual(speakersOf('Apple defended the design on Monday. “We are proud of every detail,” it said in a statement.', 'proud of every detail'), [['Apple', 'it']]);
  // The body that spoke last in the sentence before, wherever that sentence names it.
  assert.deepEqual(speakerNames('Officials met in Cairo on Monday, the Xinhua news agency reported. It said the minister would travel to Beijing.', 'travel to Beijing'), ['Xinhua']);
  // A name before "it" in its own sentence that is no known body: no guess from the sentence before.
  assert.deepEqual(speakerNames('The Shelton Weekly ran the story. When a national outlet, Slate magazine, produced a profile of Mr. Blumenthal in 2000, it said he had served in Vietnam.', 'served in Vietnam'), [null]);
  // No body before it: the words stay, no person is guessed.
  assert.deepEqual(speakerNames('Bernie Sanders spoke on Monday. It said the talks would resume.', 'talks would resume'), [null]);
  for (const q of quotes('Officials met on Monday, but it is not clear whether the talks will resume in May.')) assert.notEqual(q.speakerText, 'it');
});

test('a participle hangs on a body opening its clause when no person is its subject, not on the object named before it', () => {
  assert.deepEqual(speakerNames('Apple defended the design on Monday, saying it was proud of it.', 'proud of it'), ['Apple']);
  // "Fiorina" alone is typed a body; the appositive's Trump is the object of "for".
  const text = 'Fiorina was upfront about her distaste for Donald Trump, the current GOP front-runner, saying conservatives need to band together to stop him.';
  assert.deepEqual(speakerNames(text, 'band together'), ['Fiorina']);
});

test('a verb of saying after a quote inside the subject’s aside is the subject’s, and reports what follows it', () => {
  const text = "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be a unifying force for the party.";
  assert.deepEqual(speakersOf(text, 'unifying force'), [['Manafort', 'Manafort']]);
  // The inverted order still names its speaker and reports nothing of its own.
  assert.deepEqual(quotes('“We will win,” said the spokesman, Peter Carr.').map((q) => [q.kind, q.speaker]), [['direct', 'Peter Carr']]);
});

test('a quote that is a whole sentence after one reporting someone’s words, in the same paragraph, goes on with that speaker', () => {
  const text = 'Then, in 2017, Kerry said that 100,000 would be accepted. "That adds up to 185,000 over two years. But this would be the total number."';
  assert.deepEqual(quotes(text).filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.explicit]), [['Kerry', false]]);
  // Words after the quote are an attribution of its own, even one no rule reads: no guess.
  const after = "Hariri said in an interview that Turkey's moves were the product of its alliance with Israel. ``The Turkish threats are the first outcome of the strategic alliance,'' Hariri was quoted as saying.";
  assert.deepEqual(quotes(after).filter((q) => q.kind === 'direct' && !q.explicit), []);
});

test('the wire’s "X was quoted as saying" and "the agency quoted X as saying" after a quote name the one quoted', () => {
  for (const text of ["``We will not bow to pressure,'' Habibie was quoted as saying.", "``We will not bow to pressure,'' Habibie was quoted as saying by the Antara news agency."]) {
    assert.deepEqual(quotes(text).map((q) => [q.kind, q.speaker, q.cue]), [['direct', 'Habibie', 'quoted as saying']]);
  }
  // The agency quoting is not the speaker.
  const active = "``They decided that the government should be brought down through demonstrations,'' the Bernama news agency quoted Mahathir as saying in Sarawak state.";
  assert.deepEqual(quotes(active).map((q) => [q.kind, q.speaker]), [['direct', 'Mahathir']]);
  const him = "Yitzhak Mordechai met the envoy on Sunday. ``Israel is not interested in confrontation with Syria,'' his office quoted him Sunday as saying.";
  assert.deepEqual(quotes(him).filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerText]), [['Yitzhak Mordechai', 'him']]);
});

test('an attribution set off by commas inside the sentence names a titled speaker ("The hashtag, Mr. Abboud said, accompanied …")', () => {
  const text = 'The hashtag, Mr. Abboud said, accompanied descriptions of loved ones sought.';
  assert.deepEqual(quotes(text).map((q) => [q.kind, q.speaker, q.text]), [['indirect', 'Abboud', text.slice(0, -1)]]);
  const that = 'It is no surprise, Mr. Garin said, that Mrs. Clinton did better among African-Americans.';
  assert.deepEqual(speakerNames(that, 'did better'), ['Garin']);
});

test('"… and said, “…”" ends the first attribution before the second verb, and the quote stands alone', () => {
  const text = 'Trump called on her to resign from her post and said, “Her mind is shot. Resign!”';
  assert.deepEqual(quotes(text).map((q) => [q.kind, q.speaker, q.text]), [
    ['indirect', 'Donald Trump', 'her to resign from her post'],
    ['direct', 'Donald Trump', 'Her mind is shot. Resign!'],
  ]);
});

test('a trailing attribution whose subject has an appositive names the speaker and ends the clause before them', () => {
  for (const text of ['The plan will fail, the company’s chief executive, John Smith, said on Monday.', 'The plan will fail, John Smith, the chief executive, said on Monday.']) {
    assert.deepEqual(quotes(text).map((q) => [q.kind, q.speaker, q.text]), [['indirect', 'John Smith', 'The plan will fail']]);
  }
});

test('words after a cue and a colon, in no quote marks, are what the speaker reports ("Hewitt writes: The movie …")', () => {
  const text = 'Hewitt writes: The movie mentions neither the president nor the secretary of state by name.';
  assert.deepEqual(quotes(text).map((q) => [q.kind, q.speaker, q.text]), [['indirect', 'Hewitt', 'The movie mentions neither the president nor the secretary of state by name']]);
});

test('"told" reaches its clause past a long listener, a show in quote marks or a named outlet', () => {
  assert.deepEqual(speakersOf('Retired neurosurgeon Ben Carson told a crowded banquet hall at a hotel in downtown Baltimore that he is not giving up.', 'not giving up'), [['Ben Carson', 'Ben Carson']]);
  assert.deepEqual(speakerNames('Sanders told MSNBC\'s "Morning Joe" that nobody would question her intelligence.', 'question her intelligence'), ['Sanders']);
  // The outlet told is the listener, not the speaker.
  assert.deepEqual(speakerNames('The director of the European Centre, Ina Kirsch, told the AP her group never worked with Manafort or Gates.', 'never worked'), ['Ina Kirsch']);
  assert.deepEqual(speakerNames('Christine Todd Whitman, the former New Jersey governor, told The Star-Ledger of Newark last week she would rather vote for Hillary Clinton.', 'rather vote'), ['Christine Todd Whitman']);
});

test('a titled name the tagger typed as neither person nor body is a person ("absolve President Trump or his campaign")', () => {
  const text = 'Mr. Schiff said he would not absolve President Trump or his campaign. He “should be forced to resign from Congress!” the president wrote on Twitter.';
  const people = annotator.article(makeArticle(text)).entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.ok(people.includes('Donald Trump'), people.join(', '));
  assertEverySpeaker(text, 'forced to resign', 'Donald Trump');
});

test('"Mrs. Clinton" is Hillary Clinton and "Mr. Clinton" Bill Clinton, whoever was named last', () => {
  const text = 'Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa. Mrs. Clinton said the economy was improving. Mr. Clinton said the race was close.';
  assert.deepEqual(speakerNames(text, 'economy was improving'), ['Hillary Clinton']);
  assert.deepEqual(speakerNames(text, 'race was close'), ['Bill Clinton']);
});

test('"the statement said" is the statement’s author, named where the statement came in', () => {
  const said = `"Hillary Clinton should get out of this race," Donald Trump said in a statement released by his campaign.

"We can't afford to be politically correct anymore," the statement continued.`;
  assert.deepEqual(speakerNames(said, 'politically correct'), ['Donald Trump']);
  const from = `"We are disappointed by the government's decision," said the statement from Grimm's attorney, William McGinley. "He will be vindicated," the statement said.`;
  assert.deepEqual(speakerNames(from, 'vindicated'), ['William McGinley']);
});

test('"United States warned" keeps the whole name; a count or adverb opening a sentence is no speaker', () => {
  const warned = "Strains are growing over a secret complex. The United States warned last week that the ``agreed framework'' will be in jeopardy unless access is granted.";
  assertEverySpeaker(warned, 'agreed framework', 'United States');
  const count = 'Mr. Trump did not respond. Fifteen minutes later, however, his father tweeted: “Very little pick-up by the dishonest media!”';
  for (const [speaker] of someSpeakersOf(count, 'dishonest media')) assert.notEqual(speaker, 'Fifteen');
  for (const [speaker] of speakersOf("No one knew what it would do, but nearly everyone agreed that ``something must be flung out to appease the public.''", 'appease')) assert.notEqual(speaker, 'No');
  const names = annotator.article(makeArticle('Likewise, the children were sick. Already, the aid had run out. Sten Swedlund spoke.')).entities.map((e) => e.name);
  assert.deepEqual(names.filter((n) => n === 'Likewise' || n === 'Already'), []);
});

test('title words before a name are no part of it ("Chief Executive Officer James Barksdale", "RNC Chair Reince Priebus")', () => {
  assert.deepEqual(speakerNames("Netscape's Chief Executive Officer James Barksdale said the deal was good for the company.", 'deal was good'), ['James Barksdale']);
  assert.deepEqual(speakerNames('RNC Chair Reince Priebus said the party was united behind its nominee.', 'party was united'), ['Reince Priebus']);
  assert.deepEqual(speakerNames('Senate President Pro Tem David Long said the law was clear to everyone.', 'law was clear'), ['David Long']);
});

test('a body described in apposition, then "which said", is who says it', () => {
  const text = 'The Perry ad was denounced by the Log Cabin Republicans, a gay men and lesbian group, which said it was “wrong for Governor Perry to assume being gay is wrong.”';
  assertEverySpeaker(text, 'assume being gay', 'Log Cabin Republicans');
});

test('a time after the subject is no part of who speaks ("Greece on Monday warned")', () => {
  const text = "Greece on Monday warned that mounting tension between Turkey and Syria could lead to ``tragic results'' if not dealt with in its early stages.";
  assertEverySpeaker(text, 'tragic results', 'Greece');
});

test('"they" opening its clause is the group the sentence before opens with', () => {
  const text = 'Several Missouri Republican senators urged Akin to step aside. In a statement released Tuesday afternoon, they said his presence does not serve "the national interest."';
  assertEverySpeaker(text, 'national interest', 'Republican senators');
  // Not a body: "Congress … they say" was someone else's.
  const body = "Congress boosted funding in 2016, yet it's still less than half of what is needed. It's an investment, they say, that would be recouped.";
  for (const [speaker] of speakersOf(body, 'recouped')) assert.notEqual(speaker, 'Congress');
});

test('"the agency said" is the government body named last before it', () => {
  const text = 'The U.S. Fish and Wildlife Service reversed the ban on Thursday. "Legal, well-regulated sport hunting can benefit conservation," the agency said in a statement.';
  assert.deepEqual(speakerNames(text, 'sport hunting'), ['U.S. Fish and Wildlife Service']);
});

test('a participle after an earlier quote of its sentence hangs on that quote’s speaker, not on a name in between', () => {
  const text = 'Clapper also insisted that the government “does not unilaterally obtain information from the servers” of telephone and Internet providers, saying that information is turned over only under court order, when there is a “documented, foreign intelligence purpose” for the data.';
  assertEverySpeaker(text, 'foreign intelligence purpose', 'Clapper');
});

test('an inverted attribution set off by commas inside the sentence gives the sentence to the one named after the cue', () => {
  const text = 'The White House said on Wednesday that Mr. Obama agreed with Ms. Rice’s assessment. Her comments, said Josh Earnest, the White House press secretary, are “entirely consistent with what the president has said.”';
  assertEverySpeaker(text, 'entirely consistent', 'Josh Earnest');
  const expert = 'The paradox of Nancy, says Carl Anthony, historian at the National First Ladies Library, is that she was "one of the most powerful first ladies."';
  assertEverySpeaker(expert, 'powerful first ladies', 'Carl Anthony');
});

test('a partial quote of the speaker’s other point leaves the clause before it reported ("He said … and said that … “party of Reagan”")', () => {
  const text = 'Rubio said that over the last five days he has begun to unmask Trump. He said his recent attacks on Trump have given his campaign momentum and said that Trump did not represent the legacy of the “party of Reagan.”';
  assertEverySpeaker(text, 'his recent attacks on Trump', 'Rubio');
});

test('a preposition opening the sentence names no one ("Ahead of the vote, some said")', () => {
  for (const text of ['Ahead of the vote, some said the process was rigged.', 'Throughout the night, his friends and employees talked glowingly about his character and leadership style.']) {
    for (const q of quotes(text)) assert.ok(q.speaker === null || !['Ahead', 'Throughout'].includes(q.speaker), q.speaker ?? '');
  }
});

const NOBEL = 'But Portuguese state radio said he was taken off the plane before departure. The literature prize is one of five established by Alfred Nobel. According to the terms of Nobel\'s will, the literature prize is to recognize writing that works ``in an ideal direction.\'\'';

test('"writing" as a noun ("recognize writing that works") is no participle reporting what follows', () => {
  assert.ok(quotes(NOBEL).every((q) => q.cue !== 'writing'));
});

test('a verb of opinion after a determiner is a noun ("the terms of Nobel\'s will"): the quoted phrase is attributed "according to" it', () => {
  assert.deepEqual(quotes(NOBEL).filter((q) => q.kind === 'partial').map((q) => [q.text, q.cue]), [['in an ideal direction', 'according to']]);
});

test('"according to" takes no source from an earlier sentence', () => {
  for (const [speaker] of someSpeakersOf(NOBEL, 'ideal direction')) assert.notEqual(speaker, 'Portuguese');
});

test('the words naming an inverted attribution\'s speaker are not reported as what was said ("…, said his brother, … Liu Qing.")', () => {
  const text = 'Authorities released Liu on medical parole five months before the end of his sentence provided he go abroad, said his brother, exiled democracy campaigner Liu Qing. His wife claimed for two years that he was ill.';
  assert.ok(quotes(text).every((q) => !q.text.startsWith('his brother')), JSON.stringify(quotes(text).map((q) => q.text)));
  assertEverySpeaker(text, 'Authorities released Liu', 'Liu Qing');
});

test('"The Obama campaign said" opening a sentence names the campaign as "the Obama campaign" does mid-sentence', () => {
  for (const text of ['Barack Obama spoke. The Obama campaign said that the plan would fail.', 'Barack Obama spoke. On Tuesday, the Obama campaign said that the plan would fail.']) {
    assertEverySpeaker(text, 'the plan would fail', 'Obama campaign');
  }
});

test('a role in the lede that no one was named before is the person the next sentence opens with in apposition', () => {
  const text = "The senior Olympic official who leveled stunning allegations of corruption within the IOC said Sunday he had been ``muzzled'' by president Juan Antonio Samaranch. Marc Hodler, the Swiss member of the IOC executive board, said Samaranch had ordered him to keep quiet.";
  assertEverySpeaker(text, 'muzzled', 'Marc Hodler');
  // Not when someone was named before the role: the role may be theirs.
  const named = "Juan Antonio Samaranch spoke first. The senior Olympic official said Sunday he had been ``muzzled''. Marc Hodler, the Swiss member of the board, agreed.";
  for (const [speaker] of speakersOf(named, 'muzzled')) assert.notEqual(speaker, 'Marc Hodler');
});

test('a clause before "and said, “…”" stays reported next to the quote ("De Blasio said the move was made by Bratton and said, “…”")', () => {
  const text = 'Mayor Bill de Blasio spoke on Friday. De Blasio said the move was made by NYPD commissioner Bill Bratton and said, “Who are you going to trust on security and keeping people safe?”';
  assert.deepEqual(quotes(text).filter((q) => q.cue === 'said').map((q) => [q.kind, q.speaker, q.text]), [
    ['indirect', 'Bill de Blasio', 'the move was made by NYPD commissioner Bill Bratton'],
    ['direct', 'Bill de Blasio', 'Who are you going to trust on security and keeping people safe?'],
  ]);
});

test('a reported clause ends before a coordinated clause whose own verb opens a quote ("…, and when pressed …, the mother of three replied, “…”")', () => {
  const text = 'Ivanka Trump noted the rule in the interview last week. She said fathers and parents who adopt would not be eligible for the six weeks of paid leave, and when pressed on why the plan leaves out dads, the 34-year-old mother of three replied, "It\'s meant to benefit the mother who has given birth to the child."';
  assert.deepEqual(quotes(text).filter((q) => q.cue === 'said').map((q) => [q.kind, q.speaker, q.text]), [
    ['indirect', 'Ivanka Trump', 'fathers and parents who adopt would not be eligible for the six weeks of paid leave'],
  ]);
});

test('a participle of saying after a reported clause opens the speaker’s next point (", adding that …")', () => {
  const text = 'Rep. Charlie Rangel said he was “outraged” to even hear about the plan, arguing that eliminating superdelegates would be discriminatory.';
  assert.deepEqual(quotes(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.cue, q.text]), [
    ['Charlie Rangel', 'said', 'he was “outraged” to even hear about the plan'],
    ['Charlie Rangel', 'arguing', 'eliminating superdelegates would be discriminatory'],
  ]);
  const act = 'In December, Prince Alwaleed bin Talal called for Trump to drop out of the race, calling him a disgrace to the Republican party.';
  assert.deepEqual(quotes(act).filter((q) => q.kind === 'indirect').map((q) => [q.cue, q.text]), [
    ['called for', 'Trump to drop out of the race'],
    ['calling', 'him a disgrace to the Republican party'],
  ]);
});

test('a second subject and its verb of saying end the first reported clause and report their own ("…, while 22 percent said …"; "While Comey said …, Lewandowski said …")', () => {
  const poll = 'Most of his backers said they are set on voting for the real estate mogul, while 22 percent said they might change their mind.';
  assert.deepEqual(quotes(poll).filter((q) => q.kind === 'indirect').map((q) => [q.cue, q.text]), [
    ['said', 'they are set on voting for the real estate mogul'],
    ['said', 'they might change their mind'],
  ]);
  const spliced = 'James Comey testified on Thursday. While Comey said there was clear evidence that Clinton was careless, Corey Lewandowski said he does not make those calls publicly.';
  assert.deepEqual(quotes(spliced).filter((q) => q.kind === 'indirect' && q.cue === 'said').map((q) => [q.speaker, q.text]), [
    ['James Comey', 'there was clear evidence that Clinton was careless'],
    ['Corey Lewandowski', 'he does not make those calls publicly'],
  ]);
});

test('the words after a verb of saying that only say when, where or how are not what was said ("Trump said Sunday on NBC’s Meet the Press")', () => {
  for (const text of [
    '“I would love to have Michael Bloomberg run, I would love that competition. I think I’d do very well against it,” Trump said Sunday on NBC’s Meet the Press.',
    '“Paul Manafort has been in operational control of the campaign since April 7. That’s a fact,” Lewandowski said without further comment.',
    '“It is a troubling willingness to back up Putin,” Clinton said in an interview with “Fox News Sunday.”',
    '“He’s doing his own thing,” John Bryant, the Republican chairman, said in an interview of Trump.',
  ]) {
    assert.deepEqual(quotes(text).filter((q) => q.kind === 'indirect').map((q) => q.text), [], text);
  }
  assert.deepEqual(quotes('Trump said Sunday the wall would be built.').map((q) => q.kind), ['indirect']);
});

test('a subject and its appositive before ", said" are not what the person after "said" reported ("…, said Clinton didn’t appear concerned")', () => {
  for (const [text, subject] of [
    ['Rep. Elijah Cummings (D-Md.), chair of the party’s platform drafting committee, said Clinton didn’t appear concerned about working with the Vermont senator.', 'Elijah Cummings'],
    ['Sen. Marco Rubio, R-Fla., appearing on Fox News right after the speech, said Obama failed to address public concerns about the threats.', 'Marco Rubio'],
    ['Rep. Bobby Scott (D-Va.), ranking member of the House education committee and one of the bill’s chief negotiators, said he fully supports the compromise.', 'Bobby Scott'],
    ['A White House official, who requested anonymity to discuss a private conversation, said the president also has spoken with Emanuel.', 'A White House official'],
  ] as const) {
    const opening = text.slice(0, text.indexOf(','));
    assert.ok(quotes(text).every((q) => !q.text.includes(opening.slice(-8))), `${subject}: ${JSON.stringify(quotes(text).map((q) => [q.text, q.speaker]))}`);
  }
});

test('the words before ", said that" are the subject of the verb, not what it reports', () => {
  const text = 'Mr. Cruz, whose narrow third-place finish was widely seen as a disappointment, said that he was the lone candidate who has shown an ability to top Mr. Trump.';
  assert.deepEqual(quotes(text).map((q) => q.text), ['he was the lone candidate who has shown an ability to top Mr. Trump']);
});

test('a place before ", said" ends the clause of an inverted attribution; the person after "said" speaks ("… in Boston, said Democratic strategist Hank Sheinkopf")', () => {
  const text = 'His endorsement could matter more for the purposes of identity politics than for his clout in Boston, said Democratic strategist Hank Sheinkopf.';
  assert.deepEqual(quotes(text).map((q) => [q.speaker, q.text]), [['Hank Sheinkopf', text.slice(0, text.indexOf(', said'))]]);
});

test('"according to" set off by commas inside a sentence attributes the whole sentence ("Other major cleavages, according to the poll, include ideology")', () => {
  const text = 'But the next day, according to Roffman, Trump made further demands on the firm.';
  assert.deepEqual(quotes(text).map((q) => [q.cue, q.speaker, q.text]), [['according to', 'Roffman', text.slice(0, -1)]]);
});

test('a group and its verb set off by commas inside a sentence attribute the whole sentence to the group ("To get their votes, participants said, …")', () => {
  const text = 'To get their votes, participants said, the Democrats must consider policies to shut down deportation centers.';
  assert.deepEqual(quotes(text).map((q) => [q.speakerText, q.text]), [['participants', text.slice(0, -1)]]);
  // A noun that looks like a verb of saying does not make a group's aside.
  const states = 'Clinton scrambled to organize, especially in caucus states, and her campaign lurched from one crisis to the next.';
  assert.deepEqual(quotes(states).filter((q) => q.cue === 'states'), []);
});

test('a headline\'s "Full Name: words" gives the words to the full name even when title case hides it from the tagger', () => {
  const text = 'Elizabeth Warren: Donald Trump Is a ‘Proven Failure’ in Business.\n\nSaturday at the convention Sen. Elizabeth Warren said Trump was a failure.';
  assert.deepEqual(quotes(text).filter((q) => q.cue === ':').map((q) => [q.speaker, q.text]), [['Elizabeth Warren', 'Donald Trump Is a ‘Proven Failure’ in Business']]);
  // A headline's own phrase before the colon is no one.
  assert.deepEqual(quotes('Clinton Wades In: Urges Britain to Remain In European Union.\n\nShe spoke on Friday.').filter((q) => q.speakerText === 'Clinton Wades In'), []);
});

test('a paragraph that is one short quote and nothing else is a subheading, not someone\'s words', () => {
  const text = 'Carly Fiorina took over the company in 1999. "It was also an opportunity for her to demonstrate her own strength," one director said.\n\n\'A fight from start to finish.\'\n\nThe $25 billion deal closed in 2002.';
  assert.deepEqual(quotes(text).filter((q) => q.text.includes('fight from start')), []);
  // A quoted paragraph of several sentences goes on with the speaker before it.
  const long = 'Carly Fiorina spoke to the board. "We will close the deal," she said.\n\n"It will be a fight from start to finish, and we will win it because we are right."';
  assert.equal(quotes(long).filter((q) => q.text.includes('fight from start')).length, 1);
});

test('the question put after "asked" and a time or place phrase is reported ("When asked at the business conference about the merger, …")', () => {
  const text = 'Fiorina declined requests for an interview. When asked at the business conference about the merger, she defended her decision.';
  assert.deepEqual(quotes(text).filter((q) => q.cue === 'asked').map((q) => q.text), ['about the merger']);
});

test('a participle whose subject the rules could not name does not take the tagger\'s name from the preposition before it', () => {
  const text = '"Rise to the occasion. Dress like you deserve respect ... And certainly don’t make faces during televised, public events." added Lauten, who works for Rep. Stephen Fincher, R-Tenn. The communications pro also took a shot at President Obama and the first lady, writing "your mother and father don’t respect their positions very much, or the nation for that matter, so I’m guessing you’re coming up a little short in the \'good role model\' department.”';
  for (const [speaker] of someSpeakersOf(text, 'your mother and father')) assert.notEqual(speaker, 'Barack Obama');
});

test('a tagger span that runs from a partial quote into the words naming its speaker is that quote, not a clause of its own', () => {
  const text = 'Mr. Schiff said he would not absolve President Trump or his campaign. He “should be forced to resign from Congress!” the president wrote on Twitter.';
  assert.deepEqual(quotes(text).filter((q) => q.text.includes('forced to resign')).map((q) => [q.kind, q.speaker]), [['partial', 'Donald Trump']]);
});

test('a relative "who said" after a quoted speaker and his appositive reports the speaker\'s further point', () => {
  const text = '“That may be of concern to people in the community,” said Alan Berger, a gynecologist from Englewood, New Jersey, who said he is friendly with Trump’s in-laws.';
  assert.deepEqual(quotes(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]), [['Alan Berger', 'he is friendly with Trump’s in-laws']]);
});

test('a reported clause ends before a participle of saying that opens a quote, and both are reported ("… could be “messy,” adding, “…”")', () => {
  const text = 'In an AP interview Monday, Sanders said the process of crafting the party’s platform could be “messy,” adding, “Democracy is messy.”';
  assert.deepEqual(quotes(text).filter((q) => q.kind !== 'partial').map((q) => [q.kind, q.speaker, q.text]), [
    ['indirect', 'Sanders', 'the process of crafting the party’s platform could be “messy,”'],
    ['direct', 'Sanders', 'Democracy is messy.'],
  ]);
});

test('"that" followed by a verb after "said" is the reported clause\'s subject ("Christie said that was a natural part …")', () => {
  const text = 'Asked about his previous criticisms of Trump, Christie said that was a natural part of having to run against him.';
  assert.deepEqual(quotes(text).filter((q) => q.cue === 'said').map((q) => q.text), ['that was a natural part of having to run against him']);
});

test('a capitalised adverb opening a sentence is no speaker ("Significantly, the judge said …")', () => {
  const text = 'Judge Richard Berman sentenced him on Tuesday. Significantly, the judge said he could have sent him to prison.';
  assert.deepEqual(quotes(text).filter((q) => q.text.startsWith('he could')).map((q) => q.speakerText), ['the judge']);
});

test('a work\'s title in quote marks after the word naming the work is no quote ("his book “The Art of the Deal”")', () => {
  const text = 'In his 2002 book, “Make Your Kid a Millionaire,” Kevin McKinley suggested putting away money. He praised the film "Mr. Smith Goes to Washington" too.';
  const book = "In the 1980s he paid $8 million for a Boeing 727, according to his book ''The Art of the Deal.''";
  for (const t of [text, book]) assert.deepEqual(quotes(t).filter((q) => q.kind !== 'indirect').map((q) => q.text), [], t);
});

test('"referring to" after a quote\'s attribution reports what the quote was about, by the quote\'s speaker', () => {
  const text = '“I’m a unifier, unlike our president right now,” Trump said, referring to Barack Obama.';
  assert.deepEqual(quotes(text).filter((q) => q.kind === 'indirect').map((q) => [q.cue, q.speaker, q.text]), [['referring to', 'Donald Trump', 'Barack Obama']]);
});

test('where, to whom or how words were said is not what was said ("Clinton said to a raucous crowd", "he said in a follow-up phone interview")', () => {
  for (const text of [
    '“There’s much more that unites us than divides us,” Clinton said to a raucous crowd in Philadelphia.',
    '“I can’t really find a candidate that I like,” he said in a follow-up phone interview.',
    '“The women of the party put the biggest crack yet in the glass ceiling,” she said in a video message to the convention.',
    '“This is an organized effort to destroy Western civilization,” Bush said in an interview with radio host Hugh Hewitt.',
    '“We will build a great wall along the southern border!” he said to an enormous cheer.',
    '“I would have been all in,” Mr. Regalado, the Republican mayor of Miami, said in his office overlooking Biscayne Bay.',
  ]) {
    assert.deepEqual(quotes(text).filter((q) => q.kind === 'indirect').map((q) => q.text), [], text);
  }
  // A clause after the setting is what was said.
  assert.ok(quotes('Trump said in an interview that the wall would be built.').some((q) => q.kind === 'indirect' && q.text.includes('the wall would be built')));
});

test('the description of a speaker named after an inverted verb is not what was said ("…,” said Norm Coleman, the former senator from Minnesota")', () => {
  for (const [text, speaker] of [
    ['“A vote against Marco is a vote for Donald Trump, and that is a terrible thing,” said Norm Coleman, the former senator from Minnesota who is supporting Mr. Rubio after first backing two of his rivals.', 'Norm Coleman'],
    ['“It is a perception that Ryan is operating in a very ambitious way,” said Peter Wehner, a former director of the White House Office of Strategic Initiatives under President George W. Bush.', 'Peter Wehner'],
    ['“I have a two-minute commute,” said Peter Hart, 25, a PNC bank employee and one of the thousands of new residents downtown.', 'Peter Hart'],
  ] as const) {
    assert.deepEqual(quotes(text).map((q) => [q.kind, q.speaker]), [['direct', speaker]], text);
  }
  // A clause the speaker's own verb opens after the name is what was said.
  const own = '“We won,” said Peter Hart, who added that the count would take a week.';
  assert.ok(quotes(own).some((q) => q.kind === 'indirect' && q.text.includes('the count would take a week')), own);
});

test('"states" after a number, quantifier or adjective is the plural noun, no cue ("The two states hold primaries", "Rust Belt states that have suffered")', () => {
  for (const text of [
    'He is campaigning in Massachusetts and Vermont instead. The two states hold primaries on March 1.',
    'It takes 2,383 to win. The other states voting Tuesday are North Carolina, Ohio, Missouri and Illinois.',
    'Primary voters went to the polls in Illinois and Ohio, Rust Belt states that have suffered intensely from the loss of manufacturing jobs.',
  ]) {
    assert.deepEqual(quotes(text).map((q) => [q.cue, q.text]), [], text);
  }
  assert.deepEqual(quotes('The report states that the program failed.').map((q) => [q.cue, q.text]), [['states', 'the program failed']]);
});

test('after an inverted attribution, a relative clause about "one of" the speakers and the speaker after "tweeted" are not what was said', () => {
  const advisers = '“There won’t be a path for Bernie to succeed,” said one of those advisers, who spoke on the condition of anonymity to share internal information.';
  assert.deepEqual(quotes(advisers).filter((q) => q.text.includes('anonymity')).map((q) => q.text), [], advisers);
  const tweet = '“We don’t have freedom of opinion anymore,” tweeted a German user from Hanover going by the handle Pulvermann.';
  assert.deepEqual(quotes(tweet).filter((q) => q.text.includes('German user')).map((q) => q.text), [], tweet);
});

test('the words "according to" names are its source, not what was reported ("…, according to new financial documents he submitted")', () => {
  const text = 'Donald Trump has invested in some of the companies that he uses as punching bags on the campaign trail, according to new financial documents he submitted to the U.S. government.';
  assert.deepEqual(quotes(text).filter((q) => q.text.includes('documents')).map((q) => q.text), [], text);
  assert.ok(quotes(text).some((q) => q.cue === 'according to' && q.text.includes('Trump has invested')), text);
});

test('a list of one subject\'s acts is one attribution per act ("She urged …, proposed that …, and pushed …")', () => {
  const text = 'She urged the administration to join a NATO-led coalition to oust Col. Muammar el-Qaddafi in Libya, proposed that more forces be left in Iraq, and pushed to funnel arms to moderate Syrian rebels.';
  const found = quotes(text).filter((q) => q.kind === 'indirect').map((q) => [q.cue, q.text]);
  assert.ok(found.some(([cue, words]) => cue === 'urged' && words!.endsWith('in Libya')), JSON.stringify(found));
  assert.ok(found.some(([cue, words]) => cue === 'proposed' && words!.startsWith('more forces be left in Iraq')), JSON.stringify(found));
  assert.ok(found.every(([, words]) => !(words!.includes('Qaddafi') && words!.includes('Iraq'))), JSON.stringify(found));
});

test('a subject interrupted by an aside naming someone else speaks, after a party tag or in a later clause ("Sen. Roy Blunt (R-Mo.), facing … Jason Kander, noted")', () => {
  assertEverySpeaker('Sen. Roy Blunt (R-Mo.), facing a stiff reelection challenge from Missouri Secretary of State Jason Kander, noted that Cruz’s campaign manager, Jeff Roe, is from the state.', 'campaign manager', 'Roy Blunt');
  assertEverySpeaker('The backpedaling began even before he cleared Mexican airspace, as Peña Nieto, contradicting Trump, said he had told Trump at the beginning of the meeting that Mexico would not pay for a wall.', 'would not pay', 'Peña Nieto');
});

test('a title after a place, a body\'s full name and a sentence-opening full name reach the speaker', () => {
  assertEverySpeaker('Spoiler no more: Kasich ends bid.\n\nOhio Gov. John Kasich suspended his presidential campaign Wednesday evening, telling supporters in Columbus, Ohio, that he had "renewed faith" that "the Lord will show me the way forward."', 'renewed faith', 'John Kasich');
  assertEverySpeaker('John Kasich suspended his presidential campaign Wednesday evening, telling supporters in Columbus that he had faith.', 'he had faith', 'John Kasich');
  assertEverySpeaker('Carter used a private account at the Pentagon. The New York Times reported it obtained 72 work-related emails that Carter sent.', '72 work-related emails', 'New York Times');
  assertEverySpeaker('Democrats welcomed the fight. The Republican National Committee noted Bill Clinton had called the law crazy.', 'Bill Clinton had called', 'Republican National Committee');
});

test('a name after "then-President" inside an appositive is no subject: the appositive\'s head speaks', () => {
  assertEverySpeaker('Mateen was killed in a police shootout. Juan Zarate, a top terrorism adviser to then-President George W. Bush, also questioned Trump\'s logic.', 'Trump\'s logic', 'Juan Zarate');
});

test('a sentence-opening adverb or headline label is no speaker ("Rather, …", "Further, …", "Breaking: …")', () => {
  const text = 'Mr. Clinton was not a shouter, as Mrs. Clinton can be. Rather, he would squeeze every word for maximum effect, aides said. Further, the scale of the assault suggests the Islamic State planned it, officials said.';
  for (const q of quotes(text)) assert.ok(!['Rather', 'Further'].includes(q.speaker ?? ''), JSON.stringify(q));
  for (const q of quotes('Breaking: Latest Primary Has Big Impact On Clinton\n\nThe result was close.')) assert.notEqual(q.speaker, 'Breaking');
});

test('"on the Mall, said" names a place, not the person a later "she" is', () => {
  const text = 'Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen on the Mall, said the event brought back memories of her father. "These are the stories that we talk about," she said.';
  assertEverySpeaker(text, 'These are the stories', 'Donna Sampson Rawlings');
});

test('speaker words the tagger cut short of a country\'s or body\'s name reach its end ("North| Korea is warning")', () => {
  assertEverySpeaker('Washington refuses to pay, and North Korea is warning that the standoff could hurt relations.', 'the standoff could hurt', 'North Korea');
});

test('a "he" does not go on with a name that opens with a nationality or creed ("Islamic State", "Democratic National Convention")', () => {
  const text = 'Obama Claims Hillary Most Qualified Presidential Candidate Ever, But ….\n\nOne of the central claims of President Barack Obama’s speech to the Democratic National Convention on Wednesday night does not stand up to scrutiny.\n\nHe told his Democratic audience, to rowdy applause:\n\n“I can say with confidence there has never been a man or a woman, nobody more qualified than Hillary Clinton to serve as president.”';
  assertEverySpeaker(text, 'I can say with confidence', 'Barack Obama');
});

test('"he" after a list of people a verb names goes with the one whose possessive opens the sentence, not the list', () => {
  const text = 'Mr. Trump’s desire for approval by Fox and other conservative news outlets was on display when he identified various pundits as supporters, naming Sean Hannity, Laura Ingraham, Tucker Carlson and Rush Limbaugh, although he insisted that “they don’t decide policy.”\n\nBut Ms. Coulter, who has viscerally attacked Mr. Trump for caving on the wall, has clearly gotten under his skin. “I don’t know her,” he said before quickly correcting himself.';
  assertEverySpeaker(text, 'they don’t decide policy', 'Donald Trump');
  assertEverySpeaker(text, 'I don’t know her', 'Donald Trump');
  // A comma alone between two names is no list: "During his visit to Trump Tower, LeVell said he saw …".
  assertEverySpeaker('Bruce Walker backs the campaign. During his visit to Trump Tower, Walker said he saw people of many races working there.', 'people of many races working there', 'Bruce Walker');
});

test('a name after a kinship word ("a daughter, Bella,") is a woman’s, so "he" skips it', () => {
  const text = 'Rick Santorum spoke in Ohio. The former Pennsylvania senator has a 3-year-old daughter, Bella, with a serious chromosomal disorder, and he said that doctors who detect such a condition typically recommend abortion.';
  assertEverySpeaker(text, 'typically recommend abortion', 'Rick Santorum');
});

test('"He" after a sentence whose subject a person owns ("Biden’s argument … He acknowledged") goes with the owner', () => {
  const text = 'Biden and Romney say their program would create jobs. Biden didn’t worry so much about numbers. Biden’s argument on Medicare was aimed at voters’ guts, much more so than minds. He acknowledged that Romney’s Medicare plan was popular.';
  assertEverySpeaker(text, 'Medicare plan was popular', 'Joe Biden');
});

test('an ordinal or adverb opening the sentence ("First, she …") is no speaker', () => {
  const text = 'Hillary Clinton spoke in Las Vegas on Tuesday. First, she and other Democrats on the stage refused to criticise the plan, saying it was fair.';
  for (const speaker of speakerNames(text, 'it was fair')) assert.notEqual(speaker, 'First');
  assert.ok(speakerNames(text, 'it was fair').length > 0);
});

test('a spoken opener the tagger takes with the source words is no part of the speaker ("Sure, official data suggest")', () => {
  const text = 'The world’s coal production peaked in 2013, some say. Sure, official data suggest that the world’s production peaked in 2013.';
  for (const [speaker, words] of speakersOf(text, 'production peaked in 2013')) {
    assert.ok(!/^Sure/.test(speaker ?? '') && !/^Sure/.test(words ?? ''), `${speaker} / ${words}`);
  }
});

test('the words after the verb of a quote’s trailing attribution say how, when or to whom, and report nothing', () => {
  const text = [
    '“I don’t know where he got that number from,” Grassley said of the new estimate. “We have asked twice.”',
    '“Did you know it was Mussolini?” Todd asked the real estate mogul. “It’s okay to know,” Trump said.',
    '“We are going to win this state,” he said two days after the attack. The crowd cheered.',
  ].join('\n\n');
  const found = quotes(text).map((q) => q.text);
  for (const words of ['of the new estimate', 'the real estate mogul', 'two days after the attack']) {
    assert.ok(!found.some((q) => q.includes(words)), `"${words}" read as a quote: ${JSON.stringify(found)}`);
  }
  // The quotes themselves keep their speakers.
  assert.deepEqual(speakerNames(text, 'where he got that number'), ['Grassley']);
  assert.deepEqual(speakerNames(text, 'Mussolini'), ['Todd']);
});

test('"said the NBA commissioner, David Stern." gives the quote to the person named after the comma, not to the body in the title', () => {
  const text = "The league said it would decide in two weeks. ``I'm very sad and disappointed,'' said the NBA commissioner, David Stern. ``I consider it to be a collective failure.''";
  assert.deepEqual(speakerNames(text, 'very sad'), ['David Stern']);
  assert.deepEqual(speakerNames(text, 'collective failure'), ['David Stern']);
});

test('a participle goes with the clause’s subject, not with a body after "by the U.S."', () => {
  const text = "U.S. special envoy Charles Kartman said Thursday there was ``compelling evidence'' of a site. But in a statement distributed by the U.S. Embassy here Saturday, Kartman backtracked, saying instead that the United States lacks ``conclusive evidence'' the site is a nuclear facility.";
  assertEverySpeaker(text, 'conclusive evidence', 'Charles Kartman');
});

test('"his campaign said" names whose campaign it is, as "his surrogates" did', () => {
  const text = "Martin O'Malley has also opposed the deal. In a sign of its resonance within the party, his campaign noted in an email to supporters Saturday that Clinton's speech in New York didn't \"weigh in on the secretive TPP deal.\"";
  assertEverySpeaker(text, 'secretive TPP deal', "Martin O'Malley's campaign");
  assert.deepEqual(speakerNames('Hillary Clinton spoke in Iowa. Her campaign said she would win the state.', 'she would win'), ["Hillary Clinton's campaign"]);
});

test('"his" skips a woman named before, by the given names news writes ("Zoe", "Astrid")', () => {
  const text = 'Rep. Zoe Lofgren spoke first. Republicans pounced on the policy and, in Sen. David Vitter’s case, terrorist threats. His office put out a statement saying the U.S. “does not have the capacity.”';
  assertEverySpeaker(text, 'does not have the capacity', "David Vitter's office");
});

test('a subject before two appositives speaks, not a name inside the first ("Evan Wolfson, the founder of Freedom to Marry, a gay rights organization, said")', () => {
  const text = 'Evan Wolfson, the founder of Freedom to Marry, a gay rights organization, said that now “there is absolutely no way that opponents of gay rights can hide behind any unclarity.”';
  assertEverySpeaker(text, 'absolutely no way', 'Evan Wolfson');
});

test('a name ending an opening phrase owns no description after its comma ("Before approaching Mac and Cheese, the president remarked")', () => {
  const text = 'Sasha and Malia join President Obama at the ceremony every year. Before approaching Mac and Cheese, the president remarked that it was "puzzling that I do this every year."';
  assertEverySpeaker(text, 'puzzling that I do', 'Barack Obama');
});

test('speaker words the tagger closed on a preposition or connector end before it ("Lebanon on Monday denied")', () => {
  const text = 'Lebanon on Monday denied it is harboring Kurdish rebels and blamed Israel for the rising tension between Syria and Turkey. President Elias Hrawi traveled to Damascus Monday for a summit.';
  assert.deepEqual(speakerNames(text, 'harboring Kurdish rebels'), ['Lebanon']);
});

test('a group keeps a qualifier of its qualifier ("law enforcement officials", "Republican primary voters"), and a name that qualifies one word of it stays the speaker', () => {
  assert.deepEqual(speakerNames('Law enforcement officials said the gunman acted alone.', 'acted alone'), ['Law enforcement officials']);
  assert.deepEqual(speakerNames('About two-thirds of Republican primary voters said they want a ban on Muslims.', 'want a ban'), ['Republican primary voters']);
  assert.deepEqual(speakerNames('White House officials said the president would veto the bill.', 'would veto'), ['White House']);
});

test('"said Maj. Gen. Chanvut Vajrabukka" gives the quote to the officer, not to "Maj"', () => {
  const text = "About 100 of those detained were displayed Friday. ``Most come here because of economic hardship,'' said Maj. Gen. Chanvut Vajrabukka, deputy commissioner for the immigration police.";
  assert.deepEqual(speakerNames(text, 'economic hardship'), ['Chanvut Vajrabukka']);
});

test('a country opening the clause before its verb speaks the participle, not a person named in its object ("Turkey stepped up pressure … Abdullah Ocalan, saying")', () => {
  const text = "Turkey stepped up pressure on Italy for the extradition of captured Kurdish rebel leader Abdullah Ocalan, saying Sunday that granting him asylum would amount to ``opening doors to terrorism.''";
  assertEverySpeaker(text, 'opening doors to terrorism', 'Turkey');
});

test('"the U.N. chief" after a sentence about U.N. Secretary-General Kofi Annan is Annan, not the United Nations', () => {
  const text = 'U.N. Secretary-General Kofi Annan arrived in Baghdad on Sunday. The U.N. chief said he was hopeful that a deal could be reached.';
  assert.deepEqual(speakerNames(text, 'deal could be reached'), ['Kofi Annan']);
});

test('"the bureau" and "the company" speak for the bureau or company named before ("FBI", "Microsoft Corp.")', () => {
  assert.deepEqual(speakerNames('FBI Director Louis Freeh met agents Monday. The bureau said it would investigate the bombing.', 'investigate the bombing'), ['FBI']);
  assert.deepEqual(speakerNames('Microsoft Corp. fought the suit for a year. The company said it would appeal.', 'would appeal'), ['Microsoft Corp.']);
});

test('"…, said the bureau\'s director, James B. Comey, on Monday." gives the clause to Comey, and his name and title report nothing', () => {
  const text = 'The FBI looked for a connection between Mateen and Abusalha in 2014 and did not find "ties of any consequence," aside from the two men knowing each other "casually," said the bureau\'s director, James B. Comey, on Monday. Others disagreed.';
  assert.deepEqual(speakerNames(text, 'looked for a connection'), ['James B. Comey']);
  assert.ok(!quotes(text).some((q) => q.text.includes('James B. Comey')), JSON.stringify(quotes(text).map((q) => q.text)));
});

test('a participle after "with" and a name is that one\'s ("…, with Chairman Trey Gowdy saying"), not the clause subject\'s', () => {
  const text = 'But Republicans tore into the FBI official, with House Oversight Committee Chairman Trey Gowdy saying he exhibited "textbook bias."\n\nThe bureau declined to comment.';
  assert.deepEqual(speakerNames(text, 'exhibited'), ['Trey Gowdy']);
  // With a comma, "with" ends a phrase of the clause: "sided with the Democrats, saying" is the judge's.
  const sided = 'In May, a U.S. District Court judge, Thomas Schroeder, sided with the Democrats, saying the law violated the Constitution.';
  assert.deepEqual(speakerNames(sided, 'violated'), ['Thomas Schroeder']);
});

test('a show\'s title after "an episode of" is no quote ("in an episode of “The Late Show with Stephen Colbert,” said")', () => {
  const text = 'Sen. Kristen Gillibrand of New York, who announced her bid on Jan. 15 in an episode of "The Late Show with Stephen Colbert," said Trump\'s offer was a "bad deal."';
  const found = quotes(text);
  assert.ok(!found.some((q) => q.text.startsWith('The Late Show')), JSON.stringify(found.map((q) => q.text)));
  assert.ok(found.some((q) => q.text === 'bad deal'), JSON.stringify(found.map((q) => q.text)));
});

test('a title naming a department with "and" leads to the person after it ("tweeted former Housing and Urban Development Secretary Julián Castro")', () => {
  const text = '“The American people deserve to know the full truth about Russia’s interference in our democracy,” tweeted former Housing and Urban Development Secretary Julián Castro.';
  assert.deepEqual(speakerNames(text, 'full truth'), ['Julián Castro']);
  // "said of Mr. Rubio" names whom the words are about, not a title before a speaker.
  const about = 'A Republican official in Miami-Dade County said of Mr. Rubio: “He is American 100 percent, but he is proud of his roots.”';
  assert.ok(!speakerNames(about, 'American 100 percent').includes('Marco Rubio'));
});

test('"he said" after "X, asked if … Y, said …" goes on with X, the one before the commas, not Y', () => {
  const text = 'Mr. O’Rourke, asked if he supported impeaching Mr. Trump, said he believed the president had “sought to collude.”\n\n“I think those are grounds enough for members of the House to bring up the issue of impeachment,” he said.';
  assert.deepEqual(speakerNames(text, 'grounds enough'), ['O’Rourke']);
  const porter = 'Paul Porter, a truck driver who is a member of the Teamsters union and a supporter of Mr. Trump, said he strongly favored the new overtime regulation. “I have friends who are managers who get taken advantage of terribly,” he said.';
  assert.deepEqual(speakerNames(porter, 'taken advantage'), ['Paul Porter']);
});

test('"he" goes on with the subject after an opening phrase and a subordinate clause, not with the clause\'s subject', () => {
  const text = 'And on Saturday, one day before Attorney General William Barr released a short summary of the findings, former Texas Rep. Beto O’Rourke charged on the campaign trail that the president colluded with Russia.\n\nHe did not comment at length on Sunday, but did say at a campaign stop in Las Vegas that Trump is “one of the most racist and uncivil presidents we have ever had.”';
  assert.deepEqual(speakerNames(text, 'most racist'), ['Beto O’Rourke']);
  // A subordinate clause after a main clause keeps its subject ("… that spring when Michael Capellas, … Compaq, called").
  const capellas = 'One big obstacle disappeared that spring when Michael Capellas, her counterpart at struggling Compaq, called with an enticing offer. In a merger, he said, the HP brand would survive.';
  assert.deepEqual(speakerNames(capellas, 'HP brand'), ['Michael Capellas']);
});

test('a show\'s title after a network\'s possessive is no quote ("said on Fox News\' “On the Record with Greta Van Susteren.”")', () => {
  const text = '"They are more worried about the politics in Israel," Graham said Tuesday night on Fox News\' "On the Record with Greta Van Susteren."\n\nDurbin said he regretted it.';
  const found = quotes(text).map((q) => q.text);
  assert.ok(!found.some((t) => t.includes('On the Record')), JSON.stringify(found));
  assert.deepEqual(speakerNames(text, 'more worried'), ['Graham']);
});

test('"the Arizona Republican said" goes to the one person named before with that party and state ("Sen. John McCain, R-Ariz.")', () => {
  const text = 'Sen. John McCain, R-Ariz., called the remarks wrong. Sen. Lindsey Graham, R-S.C., agreed. "That is not accurate." The Arizona Republican said Steele needs to assess whether he can still function in his job.';
  assert.deepEqual(speakerNames(text, 'needs to assess'), ['John McCain']);
  // A party tag may write a state with an abbreviation that is also a word ("R-Miss.").
  const wicker = 'Sen. Roger Wicker, R-Miss., objected. Sen. Tom Carper, D-Del., agreed. The Mississippi Republican said the bill was flawed.';
  assert.deepEqual(speakerNames(wicker, 'was flawed'), ['Roger Wicker']);
});

test('a written text a relative clause is about speaks its words, not a person named before it ("the part of the U.S. code that says")', () => {
  const text = 'Rep. Joe Sestak said he would stay in the race. Critics say the Sestak job offer may have violated the part of the U.S. code that says: "Whoever, directly or indirectly, promises any employment, position, compensation to any person as consideration shall be fined under this title or imprisoned not more than one year, or both."';
  const found = quotes(text).filter((q) => q.kind === 'direct' && q.text.includes('Whoever, directly')).map((q) => [q.speaker, q.speakerText]);
  assert.deepEqual(found, [[null, 'the part of the U.S. code']]);
  // A statement speaks for whoever issued it.
  assertEverySpeaker('Rep. Darrell Issa issued a statement that said: "This is punishable by prison, and the White House must answer for it."', 'punishable by prison', 'Darrell Issa');
});

test('the object of a participle opening the sentence is not the pronoun after it ("Saying President Obama, he said, was …")', () => {
  const text = 'Glenn Beck spoke at CPAC on Saturday. “What are we suffering from?” he asked. Saying President Obama, he said, was “too simple an answer.” The real problem, he said, is progressivism. “This is the disease in America,” he said.';
  assertEverySpeaker(text, 'too simple an answer', 'Glenn Beck');
  assertEverySpeaker(text, 'the disease in America', 'Glenn Beck');
});

test('the few words of a label ("with the subject line, “conference call.”") are no one’s quote', () => {
  const text = 'Michael Steele wants another term. Fox News confirmed Steele sent an e-mail to committee members Saturday night with the subject line, "conference call." In the note, he asked members to join him "for a private conference call" Monday evening.';
  assert.deepEqual(quotes(text).filter((q) => q.text.trim() === 'conference call.' || q.text.trim() === 'conference call'), []);
  assertEverySpeaker(text, 'for a private conference call', 'Michael Steele');
});

test('a party and state tag in capitals names no one ("Sen. John Cornyn, R-TX, who heads …, said")', () => {
  const text = 'Sen. John Cornyn, R-TX, who heads the GOP campaign committee, said Tuesday, "I think it\'s a blockbuster revelation." "I think it\'s definitely going to make that race more competitive."';
  assertEverySpeaker(text, 'blockbuster revelation', 'John Cornyn');
  assertEverySpeaker(text, 'more competitive', 'John Cornyn');
});

test('a resolution that says and a letter its signers send speak for them; an adverb keeps a subject ("The resolution initially said")', () => {
  const resolution = 'The NAACP met in Kansas City. The resolution initially said the NAACP would "repudiate the racism of the Tea Parties" and stand against the movement.';
  for (const [, words] of someSpeakersOf(resolution, 'repudiate the racism')) assert.equal(words, 'The resolution');
  const letter = 'On Wednesday, Senate Majority Leader Harry Reid (D-Nev.) received a letter signed by all 42 Senate Republicans, which stated, "[W]e write to inform you that we will not agree to invoke cloture on the motion."';
  assertEverySpeaker(letter, 'invoke cloture', 'Senate Republicans');
  assertEverySpeaker('Reid received a letter signed by Sen. Mitch McConnell, which stated, "We will not agree to it."', 'will not agree', 'Mitch McConnell');
  assertEverySpeaker('Paul Manafort met the committee. He also openly said that Mr. Trump wanted to coordinate with the party.', 'wanted to coordinate', 'Paul Manafort');
});

test('the question after "Asked …," is the unnamed asker’s, not the one who replies', () => {
  const text = 'Rep. Anthony Weiner spoke on Tuesday. Asked point-blank, "Is that picture you?" Weiner replied, "You know I\'m not going to talk about this anymore."';
  assert.deepEqual(speakerNames(text, 'Is that picture you'), [null]);
  assertEverySpeaker(text, 'not going to talk', 'Anthony Weiner');
});

test('a page label names no one and "now" keeps the subject before its verb ("UPDATE: … The Washington Post now reports that …")', () => {
  const text = 'Grimm will turn himself in once the indictment is unsealed.\n\nUPDATE: 7:19 p.m. -- The Washington Post now reports that Grimm has already "been secretly indicted by a federal grand jury in Brooklyn, according to people familiar with the case. The indictment is expected to be unsealed in the coming days."';
  const found = quotes(text).filter((q) => q.kind === 'partial').map((q) => [q.speaker, q.speakerText]);
  assert.deepEqual(found, [['Washington Post', 'Washington Post']]);
  for (const [, words] of someSpeakersOf('The budget office issued a forecast in August. The budget office now says the reckoning will arrive sooner than expected.', 'reckoning will arrive')) assert.equal(words, 'The budget office');
});

test('the place where a speaker is does not speak ("The U.S. National Weather Service in Miami said")', () => {
  const text = 'Mitch was expected to remain in the Caribbean. The U.S. National Weather Service in Miami said Mitch could weaken somewhat, but warned it would still remain ``a very dangerous hurricane capable of causing catastrophic damage.\'\'';
  assertEverySpeaker(text, 'catastrophic damage', 'National Weather Service');
  const observers = 'This weekend, foreign diplomatic observers in Kosovo reported that a ``military stand-down\'\' had taken place in the province.';
  for (const [speaker] of someSpeakersOf(observers, 'military stand-down')) assert.equal(speaker, 'foreign diplomatic observers');
});

test('a body or a description opening the clause speaks across an aside set off by commas ("The Palestinian cabinet, in a statement …, accused")', () => {
  const text = 'The Palestinian cabinet, in a statement issued after a meeting on Friday night, accused ``foreign forces\'\' of standing behind the attack.';
  for (const [, words] of someSpeakersOf(text, 'foreign forces')) assert.equal(words, 'The Palestinian cabinet');
  const agency = '``Such a grumbling about an American general is a bit unkind,\'\' Xinhua, the official Chinese news agency, wrote on Monday.';
  assertEverySpeaker(agency, 'a bit unkind', 'Xinhua');
});

test('a dash closing the words of a speaker is no role that a hyphenated name matches ("a segment of society -- labeled “birthers”")', () => {
  const text = 'Officials in Hawaii have certified Obama\'s citizenship, but a segment of society -- labeled "birthers" in the vernacular -- have demanded additional proof. '
    + 'Trump said "it looks like (Libyan strongman Muammar) al-Qaddafi is going to beat the United States."';
  for (const [speaker] of speakersOf(text, 'birthers')) assert.notEqual(speaker, 'al-Qaddafi');
});

test('a participle’s subject is not the one named right after the clause’s verb, its object ("A New York judge has rejected a media request …, saying")', () => {
  const judge = "A New York judge has rejected a media request to make public the contents of a court file on Donald Trump's divorce, saying the courts have no business deciding what voters need.";
  assert.deepEqual(speakersOf(judge, 'no business deciding'), [[null, 'A New York judge']]);
  const praise = 'Donald Trump spoke in Ohio. The New York businessman has praised Putin, saying he was a stronger leader than Obama.';
  assert.deepEqual(speakersOf(praise, 'stronger leader'), [[null, 'The New York businessman']]);
  // The subject named first stays the speaker ("Trump attacked Rubio, saying").
  assert.deepEqual(speakerNames('Donald Trump spoke in Ohio. Trump attacked Marco Rubio, saying he was weak.', 'he was weak'), ['Donald Trump']);
});

test('an epithet of an office is not the person the article gives another office ("Representative Bob Etheridge … The senator said")', () => {
  assert.deepEqual(speakersOf('Representative Bob Etheridge spoke on Monday. The senator praised the governor, saying she had done well.', 'she had done well'), [[null, 'The senator']]);
  assert.deepEqual(speakersOf('Senator Bob Smith spoke on Monday. The senator praised the governor, saying she had done well.', 'she had done well'), [['Bob Smith', 'The senator']]);
});
