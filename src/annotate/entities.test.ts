import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityAnnotator } from './entities.js';
import { splitSentences } from './sentences.js';
import { makeArticle } from '../test-support/articles.js';
import type { EntityType, LocalEntity } from '../types.js';

const annotate = createEntityAnnotator();

function entities(text: string): LocalEntity[] {
  return annotate(makeArticle(text), splitSentences(text));
}

function find(es: readonly LocalEntity[], name: string, type?: EntityType): LocalEntity | undefined {
  return es.find((e) => e.name === name && (type === undefined || e.type === type));
}

describe('entity annotator', () => {
  it('reads newswire names cleanly: backtick marks, a day after a body, an office before a name, a name ending like a title', () => {
    const es = entities(
      "Japan's Secretary of State Nobutaka Machimura said the talks would go on. The opposition asked the Asian Development Bank Monday to stop loans. ``Some opposition politicians have wanted the United Nations to help,'' Prak Sokhonn said. Police called it an attack on Hun Sen. The opposition denied it.",
    );
    assert.ok(find(es, 'Nobutaka Machimura', 'person'), JSON.stringify(es.map((e) => e.name)));
    assert.ok(find(es, 'Asian Development Bank', 'organization'), JSON.stringify(es.map((e) => e.name)));
    assert.ok(!es.some((e) => /^(?:State |The$|`)|Monday/.test(e.name)), JSON.stringify(es.map((e) => e.name)));
  });

  it('gives a name one type in an article, the type most of its mentions carry, and keeps each mention\'s own', () => {
    const es = entities(
      "Mission Control gave the astronauts plenty of time for the tasks. The smaller gap would have been ``probably a little too close for comfort,'' Mission Control said. The biggest worry was over the capture of Zarya. The arm had never handled an object as massive as the 44,000-pound Zarya, a power and propulsion module. In case Zarya and Unity could not be connected, the crew would return.",
    );
    const named = (name: string) => es.filter((e) => e.name === name).map((e) => [e.type, e.mentions.length]);
    assert.deepEqual(named('Zarya'), [['place', 3]]);
    assert.deepEqual(named('Mission Control'), [['organization', 2]]);
    // The speaker rules read the words before "said" as a person's.
    const control = find(es, 'Mission Control')!;
    assert.deepEqual(control.mentions.map((m) => m.type), ['organization', 'person']);
  });

  it('reads a name written beside its kind of craft as a craft in every mention, and a country or a chamber as before', () => {
    const es = entities(
      "With a roar, Endeavour made its fiery ascent. The flight of the space shuttle Endeavour had gone according to plan until early Sunday. Endeavour's astronauts then captured the Russian-made Zarya control module and attached the new U.S. module. Zarya had been in orbit for two weeks. The race was led by the yacht Sword of Orion. Later, Dennis Hastert spoke in the House chamber.",
    );
    const named = (name: string) => es.filter((e) => e.name === name).map((e) => [e.type, e.mentions.length]);
    assert.deepEqual(named('Endeavour'), [['other', 3]]);
    assert.deepEqual(named('Zarya'), [['other', 2]]);
    assert.ok(!es.some((e) => e.name.startsWith('Sword') && e.type !== 'other'), JSON.stringify(es));
    assert.equal(find(es, 'United States')?.type, 'place');
    assert.equal(find(es, 'Dennis Hastert')?.type, 'person');
    assert.ok(!es.some((e) => e.name === 'House' && e.type === 'other'), JSON.stringify(es));
  });

  it('reads a common word opening a sentence or quote as no place or body, a rank as no person, a corps as a body, and seas and the Earth as places', () => {
    const es = entities(
      "``Great show, Endeavour,'' mission control radioed after a great day. Liberal groups urged a vote, and liberal lawmakers agreed. AOL said users could visit aol.com for help. The pilot is Maj. Frederick Sturckow of the Marine Corps.",
    );
    const names = es.map((e) => `${e.type}:${e.name}`);
    for (const word of ['Great', 'Liberal', 'Maj']) assert.ok(!es.some((e) => e.name === word), JSON.stringify(names));
    assert.equal(find(es, 'AOL')?.type, 'organization', JSON.stringify(names));
    assert.equal(find(es, 'Frederick Sturckow')?.type, 'person', JSON.stringify(names));
    assert.equal(find(es, 'Marine Corps')?.type, 'organization', JSON.stringify(names));
    const seas = entities('The two pieces joined above the South Pacific, some 240 miles above the Earth.');
    assert.deepEqual(seas.map((e) => [e.type, e.name]), [['place', 'South Pacific'], ['place', 'Earth']]);
  });

  it('reads a name spelled out before its acronym as one name, and the acronym as that name', () => {
    const es = entities(
      'The offer would extend protections for 700,000 Deferred Action for Childhood Arrivals (DACA) recipients. Democrats said DACA needed a permanent fix. Officials at the National Security Agency (NSA) declined to comment, and the NSA said nothing more.',
    );
    const names = es.map((e) => `${e.type}:${e.name}`);
    const daca = find(es, 'Deferred Action for Childhood Arrivals');
    assert.equal(daca?.type, 'other', JSON.stringify(names));
    assert.deepEqual(daca?.mentions.map((m) => m.text), ['Deferred Action for Childhood Arrivals', 'DACA', 'DACA']);
    assert.ok(!es.some((e) => /^(?:Deferred Action|Childhood Arrivals|DACA)$/.test(e.name)), JSON.stringify(names));
    assert.deepEqual(find(es, 'National Security Agency', 'organization')?.mentions.length, 3, JSON.stringify(names));
  });

  it('parts bodies run together at a comma, and reads an occasion, a hashtag and a group word as no body', () => {
    const es = entities(
      'Hundreds of thousands of families are being harmed. The Administration, Senate Republicans, and Democrats should talk. The president could not deliver his State of the Union address. Pelosi blamed the chaos of the #TrumpShutdown. Another leading Dem, Sen. Kristen Gillibrand of New York, said a fix for Dreamers was needed. Nervousness grew on Capitol Hill.',
    );
    const names = es.map((e) => `${e.type}:${e.name}`);
    assert.ok(!es.some((e) => e.name.includes(',')), JSON.stringify(names));
    assert.equal(find(es, 'Senate Republicans')?.type, 'organization', JSON.stringify(names));
    assert.equal(find(es, 'State of the Union')?.type, 'other', JSON.stringify(names));
    for (const word of ['Union', 'TrumpShutdown', 'Dem', 'Dreamers']) assert.ok(!es.some((e) => e.name === word), JSON.stringify(names));
    assert.equal(find(es, 'Capitol Hill')?.type, 'place', JSON.stringify(names));
    assert.equal(find(es, 'Kristen Gillibrand')?.type, 'person', JSON.stringify(names));
  });

  it('ends no name on a lower-case word, reads landforms and counties as places, writes a capitals dateline as a reader would, and names no handle', () => {
    const es = entities(
      'DES MOINES, Iowa (AP) — The bill reached the House floor on Tuesday. Clinton spoke on Roosevelt Island, and officials in Maricopa County agreed. The Italian government said nothing, @MittRomney wrote.',
    );
    const names = es.map((e) => `${e.type}:${e.name}`);
    assert.equal(find(es, 'Des Moines')?.type, 'place', JSON.stringify(names));
    assert.ok(!es.some((e) => /\s\p{Ll}+$/u.test(e.name)), JSON.stringify(names));
    assert.equal(find(es, 'Roosevelt Island')?.type, 'place', JSON.stringify(names));
    assert.equal(find(es, 'Maricopa County')?.type, 'place', JSON.stringify(names));
    assert.ok(!es.some((e) => e.name === 'MittRomney' || e.name === 'Italian'), JSON.stringify(names));
  });

  it('reads occasions and eras as names of another kind, a region\'s people as no name, and no preposition as part of a name', () => {
    const es = entities(
      'Relations had not been this tense since the Cold War. North Koreans crossed the border, and Southeast Asians watched. Malaysians marched, and Kuwaitis stayed home. Besides Ewing, the Knicks had no star. Tickets for the Super Bowl sold out, the Arizona Super Bowl Host Committee said.',
    );
    const names = es.map((e) => `${e.type}:${e.name}`);
    assert.equal(find(es, 'Cold War')?.type, 'other', JSON.stringify(names));
    assert.equal(find(es, 'Super Bowl')?.type, 'other', JSON.stringify(names));
    assert.equal(find(es, 'Arizona Super Bowl Host Committee')?.type, 'organization', JSON.stringify(names));
    assert.ok(!es.some((e) => /Koreans|Asians|Besides|Malaysians|Kuwaitis/.test(e.name)), JSON.stringify(names));
  });

  it('reads a word news writes in lower case, opening a sentence, as no name, and a surname there as one', () => {
    const es = entities('Normally, the panel meets in May. Poor turnout worried the organisers in Ohio. Brown said the vote would wait.');
    const names = es.map((e) => `${e.type}:${e.name}`);
    assert.ok(!es.some((e) => e.name === 'Normally' || e.name === 'Poor'), JSON.stringify(names));
    assert.equal(find(es, 'Brown')?.type, 'person', JSON.stringify(names));
    assert.equal(find(es, 'Ohio')?.type, 'place', JSON.stringify(names));
  });

  it('reads a word news writes in lower case as no person anywhere, unless it is the surname of someone the article names in full', () => {
    const es = entities('The visitors were counted by Media Metrix/Relevant Knowledge, a market research firm. Tom Price spoke on Monday, and Price said the bill would pass.');
    const names = es.map((e) => `${e.type}:${e.name}`);
    assert.ok(!es.some((e) => e.name === 'Knowledge' && e.type === 'person'), JSON.stringify(names));
    assert.deepEqual(find(es, 'Tom Price', 'person')?.mentions.length, 2, JSON.stringify(names));
  });

  it('parts companies and bodies joined by "and" after a closing word, keeps those joined by "&" whole, and ends no name on a comma', () => {
    const es = entities('Exxon Corp. and Mobil Corp. agreed to merge, the companies said. Shares of Royal Dutch, Texaco and others rose. The Department of Health and Human Services said nothing. Mobil said the deal was fair.');
    const names = es.map((e) => `${e.type}:${e.name}`);
    assert.equal(find(es, 'Exxon Corp.')?.type, 'organization', JSON.stringify(names));
    assert.deepEqual(find(es, 'Mobil Corp.', 'organization')?.mentions.map((m) => m.text), ['Mobil Corp.', 'Mobil'], JSON.stringify(names));
    assert.ok(find(es, 'Department of Health and Human Services', 'organization'), JSON.stringify(names));
    assert.ok(!es.some((e) => /[,;:]$/.test(e.name) || e.name.includes(' and Mobil')), JSON.stringify(names));
    // A firm named after people stays whole: "Stanley" is no given name the rules part a run before.
    assert.deepEqual(entities('Analysts at Morgan Stanley Dean Witter raised their estimates on Tuesday.').map((e) => `${e.type}:${e.name}`), ['organization:Morgan Stanley Dean Witter']);
    const amp = entities("Shares of Standard & Poor's rose. AT&T and Procter & Gamble gained.").map((e) => `${e.type}:${e.name}`);
    assert.deepEqual(amp, ["organization:Standard & Poor's", 'organization:AT&T', 'organization:Procter & Gamble']);
  });

  it('joins a given name, an initial and a surname the tagger typed as a body into one person, and the lone surname to it', () => {
    const es = entities("House Speaker-elect Robert L. Livingston presented a fresh note of shock to the impeachment debate. ``I will not stand for a vote,'' Livingston declared in a statement.");
    assert.deepEqual(es.filter((e) => /Livingston|Robert/.test(e.name)).map((e) => [e.type, e.name, e.mentions.length]), [['person', 'Robert L. Livingston', 2]]);
  });

  it('reads no name in a quote\'s spoken opener, and cuts an opening preposition off a name ("Aboard Endeavour")', () => {
    const es = entities("``Sure, it's frustrating,'' said Bill Readdy. ``Let's go do this,'' said commander Robert Cabana. Inside Endeavour, the crew waited.");
    assert.deepEqual(es.map((e) => e.name).sort(), ['Bill Readdy', 'Endeavour', 'Robert Cabana']);
  });

  it('ends a body\'s name before "on" and a month\'s abbreviation ("Kennedy Space Center on Dec. 3")', () => {
    const es = entities('The crew will arrive at Kennedy Space Center on Dec. 3 for the launch.');
    assert.ok(find(es, 'Kennedy Space Center', 'organization'), JSON.stringify(es.map((e) => e.name)));
  });

  it('reads a nickname in parentheses inside a name, not a country after a name, and no name in "Everybody" or a closing "of"', () => {
    const es = entities('An aide to Rep. W.J. (Billy) Tauzin, R-La., said so. Thomas P. (Tip) O\'Neill spoke. Everybody recognizes that. It was the smallest majority since the Republican-controlled Congress of 1953. In the race, Olaf Ludwig (Germany) Telekom finished third.');
    const names = es.map((e) => e.name);
    for (const name of ['W.J. Tauzin', 'Thomas P. O\'Neill', 'Congress']) assert.ok(names.includes(name), `${name} in ${JSON.stringify(names)}`);
    assert.ok(!names.some((n) => /Everybody|Billy|Tip|Ludwig Telekom|Congress of/.test(n)), JSON.stringify(names));
  });

  it('parts a body and a person joined by "and" or "of", and keeps a body named after two people whole', () => {
    const es = entities('Michael Cusumano of the MIT Sloan School of Management and David B. Yoffie of Harvard Business School wrote the book. The Bill and Hillary Clinton Foundation spoke. The Department of Health and Human Services agreed.');
    assert.ok(find(es, 'David B. Yoffie', 'person'), JSON.stringify(es.map((e) => [e.type, e.name])));
    for (const body of ['MIT Sloan School of Management', 'Harvard Business School', 'Bill and Hillary Clinton Foundation', 'Department of Health and Human Services']) {
      assert.ok(find(es, body, 'organization'), `${body} in ${JSON.stringify(es.map((e) => [e.type, e.name]))}`);
    }
  });

  it('reads a company\'s first word alone as that company ("Netscape" of "Netscape Communications Corp.")', () => {
    const es = entities('America Online agreed to purchase Netscape Communications Corp., the Internet pioneer. Netscape said it would not comment. Microsoft Corp. declined to comment. Microsoft said later it welcomed competition.');
    assert.deepEqual(es.filter((e) => /Netscape|Microsoft/.test(e.name)).map((e) => [e.type, e.name, e.mentions.length]),
      [['organization', 'Netscape Communications Corp.', 2], ['organization', 'Microsoft Corp.', 2]]);
  });

  it('joins a name across a particle when the tagger typed its last word as a place ("Osama bin | Laden")', () => {
    const es = entities('Prosecutors asked to extradite a top lieutenant of Saudi terrorist suspect Osama bin Laden, officials said. Bin Laden denied it.');
    assert.deepEqual(es.filter((e) => /Laden|Osama/.test(e.name)).map((e) => [e.type, e.name, e.mentions.length]), [['person', 'Osama bin Laden', 2]]);
  });

  it('reads no person in a lone group word, holiday or common word opening a sentence ("Hispanic", "Christmas", "Once")', () => {
    const es = entities('Hispanic voters turned out. Christmas came early for the campaign, Bill Clinton said. Once the votes were counted, the count went on. He said it happened once. “Tell me who you are,” Bob Etheridge said.');
    const people = es.filter((e) => e.type === 'person').map((e) => e.name).sort();
    assert.deepEqual(people, ['Bill Clinton', 'Bob Etheridge']);
  });

  it('reads a state\'s abbreviation as the state, and no name in a party tag or a title alone', () => {
    const es = entities('Jorge Villasenor, 31, of Tujunga, Calif., said so. Rep. Ed Markey (D-Mass.) agreed. The Rev. Al Sharpton spoke. He lives in Albany, N.Y., now. California is big.');
    assert.deepEqual(find(es, 'California', 'place')?.aliases, ['Calif']);
    assert.ok(find(es, 'New York', 'place'), JSON.stringify(es.map((e) => e.name)));
    assert.ok(!es.some((e) => /^(?:D-Mass|Rev\.?|Calif|N\.Y\.?)$/.test(e.name)), JSON.stringify(es.map((e) => [e.type, e.name])));
  });

  it('joins a given name and an initial to a surname with its suffix ("Roger J. Stone Jr.")', () => {
    const es = entities('Roger J. Stone Jr., a longtime adviser to President Trump, was arrested. Mr. Stone stood on the steps of a courthouse.');
    assert.deepEqual(es.filter((e) => /Stone|Roger/.test(e.name)).map((e) => [e.name, e.mentions.length]), [['Roger J. Stone Jr.', 2]]);
  });

  it('ends a body\'s name before a verb of saying the tagger ran it over ("The Times reports Liz Cheney")', () => {
    const es = entities('Mary Cheney posted on Facebook. The Times reports Liz Cheney on Friday first articulated her position on the subject.');
    assert.ok(!es.some((e) => /reports/.test(e.name)), JSON.stringify(es.map((e) => [e.type, e.name])));
  });

  it('reads a name a landform\'s word opens as a place ("Cape Canaveral")', () => {
    const es = entities('The shuttle took off from Cape Canaveral on Friday.');
    assert.ok(find(es, 'Cape Canaveral', 'place'), JSON.stringify(es.map((e) => [e.type, e.name])));
  });

  it('keeps a generational suffix in the name: "Donald Trump Jr." is not Donald Trump, "King Jr." no title', () => {
    const es = entities('WASHINGTON — Donald Trump Jr. had conversations with WikiLeaks. Martin Luther King Jr. spoke in Memphis. Robert Downey Jr. acted. President Donald Trump left.');
    const people = es.filter((e) => e.type === 'person');
    assert.ok(find(people, 'Donald Trump Jr.'), JSON.stringify(people.map((e) => [e.name, e.aliases])));
    assert.ok(find(people, 'Martin Luther King Jr.'), JSON.stringify(people.map((e) => [e.name, e.aliases])));
    assert.ok(find(people, 'Robert Downey Jr.'), JSON.stringify(people.map((e) => [e.name, e.aliases])));
    assert.ok(people.every((e) => e.name !== 'Jr.' && !e.aliases.includes('Jr.') && !(e.name === 'Donald Trump' && e.mentions.some((m) => m.start < 20))),
      JSON.stringify(people.map((e) => [e.name, e.aliases])));
  });

  it('ends a title-case headline\'s name before a preposition of time ("WikiLeaks During Campaign")', () => {
    const es = entities('Donald Trump Jr. Communicated With WikiLeaks During Campaign\n\nWASHINGTON — Donald Trump Jr. had online conversations with WikiLeaks.');
    assert.ok(find(es, 'WikiLeaks', 'organization'), JSON.stringify(es.map((e) => e.name)));
    assert.ok(es.every((e) => !e.name.includes('During')), JSON.stringify(es.map((e) => e.name)));
  });

  it('keeps "New" in a name that opens with a place ("The New York Times"), and drops it as an adjective ("New polls")', () => {
    const es = entities('The New York Times reported that the emails were sent. Officials told the New York Post on Friday. New polls show Clinton ahead.');
    const names = JSON.stringify(es.map((e) => [e.name, e.type]));
    assert.ok(find(es, 'New York Times', 'organization'), names);
    assert.ok(find(es, 'New York Post'), names);
    assert.ok(es.every((e) => !/^(?:York|New polls)/.test(e.name)), names);
  });

  it('drops a nationality only before a government office ("Chinese Foreign Ministry"), not from a body\'s name ("American Civil Liberties Union")', () => {
    const es = entities('The Chinese Foreign Ministry said it. The American Civil Liberties Union sued. The Republican National Committee met. The Christian Democratic Union voted.');
    const names = JSON.stringify(es.map((e) => e.name));
    assert.ok(find(es, 'Foreign Ministry', 'organization'), names);
    for (const body of ['American Civil Liberties Union', 'Republican National Committee', 'Christian Democratic Union']) assert.ok(find(es, body, 'organization'), names);
  });

  it('names the person after a title or an affiliation inside a run ("Texas Sen. Ted Cruz", "House Republican Thomas Massie"), the place before the title a place', () => {
    const es = entities('Ohio Gov. John Kasich suspended his campaign. Texas Sen. Ted Cruz said it. House Republican Thomas Massie used to support fellow Kentuckian Rand Paul.');
    const names = JSON.stringify(es.map((e) => [e.name, e.type]));
    for (const person of ['John Kasich', 'Ted Cruz', 'Thomas Massie', 'Rand Paul']) assert.ok(find(es, person, 'person'), names);
    assert.ok(find(es, 'Ohio', 'place'), names);
    assert.ok(es.every((e) => !/Gov\.|Sen\.|House Republican|Kentuckian/.test(e.name)), names);
  });

  it('keeps a full name whole where the tagger took part of it: an initial before an untagged surname, a dateline before a name, a title word as surname', () => {
    const es = entities('“It is fiscally responsible,” Leonard E. Burman, director of the Urban Institute, said. INDIANAPOLIS - Ted Cruz, who badly needs a win, said it. Stephen King spoke.');
    const names = JSON.stringify(es.map((e) => [e.name, e.type]));
    for (const person of ['Leonard E. Burman', 'Ted Cruz', 'Stephen King']) assert.ok(find(es, person, 'person'), names);
    assert.ok(es.every((e) => e.name !== 'Leonard' && e.name !== 'Cruz'), names);
  });

  it('reads a common noun the tagger split off a name\'s end as no person ("North American Free Trade Agreement", "Western Journalism")', () => {
    const es = entities('His criticism of the North American Free Trade Agreement is seemingly genuine. As reported by Western Journalism, the FBI agreed.');
    const names = JSON.stringify(es.map((e) => [e.name, e.type]));
    assert.ok(es.every((e) => e.type !== 'person'), names);
  });

  it('knows Agence France-Presse by its full name, so no "Agence" person speaks for it', () => {
    const es = entities('Officials spoke to Agence France-Presse on Friday.');
    const names = JSON.stringify(es.map((e) => [e.name, e.type]));
    assert.ok(find(es, 'Agence France-Presse', 'organization'), names);
    assert.ok(es.every((e) => e.type !== 'person'), names);
  });

  it('names a body by its name, not by the words describing it before its noun ("the Interfax news agency")', () => {
    const es = entities('Cochetel was freed, but a longer firefight broke out between the kidnappers and security forces, the Interfax news agency said. The Goteborg city council said in a statement that the city was in shock.');
    const names = JSON.stringify(es.map((e) => e.name));
    assert.ok(find(es, 'Interfax', 'organization'), names);
    assert.ok(es.every((e) => !/\bnews$|\bcity$/.test(e.name)), names);
    assert.ok(find(es, 'Goteborg city council', 'organization'), names);
  });

  it('strips titles and nationalities before a person name', () => {
    const es = entities('Russian President Vladimir Putin met Brazilian Foreign Minister Aloysio Nunes and Vice-Premier Liu He.');
    assert.ok(find(es, 'Vladimir Putin', 'person'));
    assert.ok(find(es, 'Aloysio Nunes', 'person'));
    assert.ok(find(es, 'Liu He', 'person'));
    assert.ok(!es.some((e) => /President|Minister/.test(e.name)));
  });

  it('resolves a surname alone to the full name introduced earlier in the article', () => {
    const es = entities('Li Xing, a Russia expert at Beijing Normal University, spoke first. Later, Li said the talks would fail.');
    const li = find(es, 'Li Xing', 'person')!;
    assert.equal(li.mentions.length, 2);
    assert.deepEqual(li.aliases, ['Li']);
  });

  it('keeps a name with lower-case particles whole, and its capitalised surname is the same person', () => {
    const es = entities('Mayor Bill de Blasio spoke on Monday. De Blasio said the city was safe. Ursula von der Leyen met Crown Prince Mohammed bin Salman in Riyadh.');
    const mayor = find(es, 'Bill de Blasio', 'person');
    assert.deepEqual(mayor?.mentions.map((m) => m.text), ['Bill de Blasio', 'De Blasio']);
    assert.ok(find(es, 'Ursula von der Leyen', 'person'));
    assert.ok(find(es, 'Mohammed bin Salman', 'person'));
    assert.ok(!es.some((e) => ['Bill', 'Blasio', 'Ursula', 'Leyen', 'Salman'].includes(e.name)));
    // A particle before a place is not part of a name ("in La Paz").
    assert.ok(!entities('Obama in La Paz met the president.').some((e) => e.name.startsWith('Obama ')));
  });

  it('cuts a person named before "of" off the organisation after it ("David Woodard of Clemson University")', () => {
    const es = entities('Another pollster, David Woodard of Clemson University, said the race was tight. The Bank of America agreed.');
    assert.ok(find(es, 'David Woodard', 'person'));
    assert.ok(find(es, 'Clemson University', 'organization'));
    assert.ok(find(es, 'Bank of America', 'organization'));
    assert.ok(!es.some((e) => e.name.includes('Woodard of')));
  });

  it('resolves a given name used as a surname to the full name', () => {
    const es = entities('Wang Qishan will visit Russia. In May, after Qishan attended the meeting, he spoke.');
    assert.deepEqual(find(es, 'Wang Qishan')!.aliases, ['Qishan']);
  });

  it('names well-known people from a surname alone, spelling variants included', () => {
    const es = entities('They support the Asad regime in Syria, and Putin agrees.');
    assert.ok(find(es, 'Bashar al-Assad', 'person'));
    assert.ok(find(es, 'Vladimir Putin', 'person'));
    assert.ok(find(es, 'Syria', 'place'));
  });

  it('recognises organisations by keyword, with connectors and acronyms', () => {
    const es = entities('He was Secretary of the Central Commission for Discipline Inspection. The CCDI is the highest body of the Communist Party of China (CPC).');
    const ccdi = find(es, 'Central Commission for Discipline Inspection', 'organization')!;
    assert.ok(ccdi.aliases.includes('CCDI'));
    assert.ok(find(es, 'Communist Party of China', 'organization'));
  });

  it('splits possessives and hyphenated compounds into their places', () => {
    const es = entities("China's Foreign Ministry said the US-China talks and the Beijing-led Shanghai Cooperation Organisation matter.");
    assert.ok(find(es, 'China', 'place'));
    assert.ok(find(es, 'Foreign Ministry', 'organization'));
    assert.ok(find(es, 'United States', 'place'));
    assert.ok(find(es, 'Beijing', 'place'));
    assert.ok(find(es, 'Shanghai Cooperation Organisation', 'organization'));
  });

  it("names a place without the possessive the tagger ran into it, but keeps a name ending in 's", () => {
    const es = entities("Beijing may back Pyongyang as the U.S. and North Korea intensify maneuvering over the North's denuclearization. Practice resumed at Lord's, where it rained.");
    assert.ok(find(es, 'North', 'place'));
    assert.ok(!es.some((e) => e.name === "North's"));
    assert.ok(!es.some((e) => e.name === 'Lord'));
  });

  it('types a country the tagger read as an organisation ("US President …") as the place', () => {
    const es = entities('Beijing and Moscow seek closer ties to hedge against US President Donald Trump’s unconventional approach on trade.');
    assert.ok(find(es, 'United States', 'place'));
    assert.ok(!es.some((e) => e.type === 'organization'));
  });

  it('reads the person after an office title, without the title, the office or the day after the name', () => {
    const es = entities('Party Chairman Michael Steele Sunday declined. White House Counsel Bob Bauer and White House Chief of Staff Rahm Emanuel met Congressman Sestak. Press Secretary Robert Gibbs spoke on Friday. Prime Minister Theresa May agreed.');
    for (const name of ['Michael Steele', 'Bob Bauer', 'Rahm Emanuel', 'Sestak', 'Robert Gibbs', 'Theresa May']) assert.ok(find(es, name, 'person'), name);
    assert.ok(!es.some((e) => /Sunday|Friday|Counsel|Staff|Congressman/.test(e.name)), es.map((e) => e.name).join(', '));
  });

  it('does not read a party and state after a name ("R-Calif.") as a person', () => {
    const es = entities('Rep. Darrell Issa, R-Calif., said the offer was a felony, and Sen. Jim DeMint, R-S.C., agreed.');
    assert.ok(find(es, 'Darrell Issa', 'person'));
    assert.ok(!es.some((e) => /^[RD]-/.test(e.name)), es.map((e) => e.name).join(', '));
  });

  it('reads a lone surname as the person the article names in full, whatever type the tagger gave it', () => {
    const es = entities('Rep. Joe Sestak won the primary. The White House official said the plan always was for Sestak to remain in the House. Clinton initiated conversations with Sestak at the behest of the White House.');
    const sestak = find(es, 'Joe Sestak', 'person');
    assert.ok(sestak);
    assert.equal(sestak.mentions.length, 3);
    assert.ok(!es.some((e) => e.name === 'Sestak'), es.map((e) => `${e.type}:${e.name}`).join(', '));
  });

  it('keeps a full name whole when the tagger splits it between types, without the marks around it', () => {
    const es = entities('The pushback crested with Bill Kristol — still an influential voice — writing a letter.');
    assert.deepEqual(es.map((e) => `${e.type}:${e.name}`), ['person:Bill Kristol']);
  });

  it('names no group ("Muslims") and no quote mark as an entity', () => {
    const es = entities('“We respect the thoughts and concerns of a majority of Americans,” said James Renacci. Critics noted that Muslims were also killed in the attacks.');
    assert.ok(find(es, 'James Renacci', 'person'));
    assert.ok(es.every((e) => /\p{L}/u.test(e.name) && e.name !== 'Muslims' && e.name !== 'Americans'), es.map((e) => e.name).join(', '));
  });

  it('names no title alone and no opener of a spoken sentence ("Well", "For")', () => {
    const es = entities('Weekly Standard Editor Bill Kristol led the charge. “Well, if he’s such a student of history, he should know better.” “For the sake of the troops, he should go.”');
    assert.ok(find(es, 'Bill Kristol', 'person'));
    assert.ok(!es.some((e) => ['Editor', 'Well', 'For'].includes(e.name)), es.map((e) => `${e.type}:${e.name}`).join(', '));
  });

  it('gives a surname two people share to the one the headline names, unless an honorific says otherwise', () => {
    const text = 'Bill Clinton and Hillary Clinton paid $44 million in taxes. Clinton said the code favours the rich. Mr. Clinton earned $20 million advising companies.';
    const es = annotate(makeArticle(text, { title: 'Hillary Clinton Releases Tax Returns' }), splitSentences(text));
    const mention = (words: string) => es.find((e) => e.mentions.some((m) => m.start === text.indexOf(words)))?.name;
    assert.equal(mention('Clinton said'), 'Hillary Clinton');
    assert.equal(mention('Clinton earned'), 'Bill Clinton');
  });

  it("keeps a plural owner's possessive inside an organisation's name", () => {
    const es = entities('She went door to door for the Children’s Defense Fund in 1973.');
    assert.ok(find(es, 'Children’s Defense Fund', 'organization'), es.map((e) => `${e.type}:${e.name}`).join(', '));
  });

  it('reads a name with a nickname in quote marks as one person ("Jim “Mad Dog” Mattis")', () => {
    const es = entities('Defense Secretary Jim “Mad Dog” Mattis resigned on Thursday. Mattis wrote a letter. Speaker Thomas "Tip" O’Neill spoke. “Trump is an orange buffoon,” Susan said.');
    const mattis = find(es, 'Jim Mattis', 'person');
    assert.deepEqual(mattis?.mentions.map((m) => m.text), ['Jim “Mad Dog” Mattis', 'Mattis']);
    assert.ok(find(es, 'Thomas O’Neill', 'person'));
    assert.ok(!es.some((e) => ['Mad', 'Dog', 'Mad Dog', 'Jim'].includes(e.name)), es.map((e) => e.name).join(', '));
  });

  it('does not join places listed with "and" into one name', () => {
    const es = entities('Moscow has been isolated over its military intervention in Ukraine and Syria.');
    assert.ok(find(es, 'Ukraine', 'place'));
    assert.ok(find(es, 'Syria', 'place'));
  });

  it('names programmes followed by a programme noun, commas and quotes included', () => {
    const es = entities('In Belarus, he will back the "One Belt, One Road" international economic initiative and the America First policy.');
    assert.ok(find(es, 'One Belt, One Road', 'other'));
    assert.ok(find(es, 'America First', 'other'));
  });

  it('ignores capitalised sentence openers, months and weekdays', () => {
    const es = entities('Observers said on Monday that Tensions eased in March. Trade grew.');
    assert.deepEqual(es, []);
  });

  it('reads an all-capitals dateline as places', () => {
    const es = entities('BEIJING/MOSCOW -- Talks began.');
    assert.deepEqual(es.map((e) => e.name).sort(), ['Beijing', 'Moscow']);
  });

  it('makes an unknown two-word name a person only when it reads like one', () => {
    const es = entities('Pang Zhongying, a Beijing-based expert, said it was no coincidence.');
    assert.ok(find(es, 'Pang Zhongying', 'person'));
    assert.equal(find(es, 'Pang Zhongying')!.mentions[0]!.start, 0);
  });
});

it('a given name and a surname listed with people are a person, whatever type the tagger gave ("… Jon M. Huntsman Jr. and Ron Paul all declined")', () => {
  const es = entities('Mitt Romney, Rick Perry, Michele Bachmann, Jon M. Huntsman Jr. and Ron Paul all declined.');
  assert.equal(find(es, 'Ron Paul')?.type, 'person');
  // A firm named like a person stays a body outside such a list.
  assert.notEqual(find(entities('Shares of Morgan Stanley rose 3 percent on Friday.'), 'Morgan Stanley')?.type, 'person');
});

it('reads the quoted title of a show or article as no body or place of the story, keeping the people and acronyms named in it', () => {
  const es = entities('Sanders spoke on Sunday. He said on CBS\' "Face the Nation." John Podesta told NBC’s “Meet the Press” that Clinton was right. A post titled “The Obama Girls Could Not Be More Bored by Their Dad’s Jokes.” ran on Friday. Lindsey Graham said it on “On the Record with Greta Van Susteren.” Trump spoke to “Axios on HBO” on Monday.');
  const names = es.map((e) => e.name);
  for (const piece of ['Nation', 'Press', 'Jokes']) assert.ok(!names.includes(piece), JSON.stringify(names));
  assert.ok(find(es, 'John Podesta', 'person'), JSON.stringify(names));
  assert.ok(names.includes('HBO') && names.includes('Greta Van Susteren'), JSON.stringify(names));
});

it('leaves a letter’s salutation out of the name it greets ("Dear Sasha and Malia")', () => {
  const es = entities('The girls are Sasha Obama and Malia Obama. Dear Sasha and Malia, I get you are both in those awful teen years.');
  assert.ok(!es.some((e) => e.name.startsWith('Dear')), JSON.stringify(es.map((e) => e.name)));
  assert.equal(find(es, 'Sasha Obama', 'person')?.mentions.length, 2);
});

it('keeps "for the" inside a body’s name after its keyword ("National Association for the Advancement of Colored People")', () => {
  const es = entities('The National Association for the Advancement of Colored People met. The Committee for a Responsible Federal Budget said so. Smith of the Post wrote.');
  const names = es.map((e) => e.name);
  assert.ok(find(es, 'National Association for the Advancement of Colored People', 'organization'), JSON.stringify(names));
  assert.ok(find(es, 'Committee for a Responsible Federal Budget', 'organization'), JSON.stringify(names));
  assert.ok(!names.some((n) => /Colored People|Responsible Federal Budget|of the Post/.test(n) && n.length < 40), JSON.stringify(names));
});

it('reads a law and its acronym as a name of another kind, and al-Qaeda as a body', () => {
  const es = entities('Lawmakers renewed the Patriot Act. Republicans attacked the Affordable Care Act. Now the ACA covers millions. Al Qaeda claimed the attack.');
  assert.equal(find(es, 'Patriot Act')?.type, 'other');
  assert.equal(find(es, 'Affordable Care Act')?.type, 'other');
  assert.ok(!es.some((e) => e.name === 'ACA'), JSON.stringify(es.map((e) => [e.name, e.type])));
  assert.equal(find(es, 'al-Qaeda')?.type, 'organization');
});

it('parts bodies joined by "and" after an acronym or before "The" ("the FBI and National Security Agency", "the Guardian and The Washington Post")', () => {
  const names = entities('The FBI and National Security Agency tapped the servers, the Guardian and The Washington Post reported.').map((e) => e.name);
  for (const name of ['FBI', 'National Security Agency', 'Guardian', 'Washington Post']) assert.ok(names.includes(name), JSON.stringify(names));
});

it('reads a company’s first word alone as the company the article names, even where the tagger typed it a place', () => {
  const es = entities('Exxon Corp. agreed to buy Mobil Corp. So when the 900 or so remaining blue-collar workers here at Mobil\'s largest domestic refinery heard the news, they worried.');
  assert.ok(!es.some((e) => e.type === 'place'), JSON.stringify(es.map((e) => [e.name, e.type])));
  assert.equal(find(es, 'Mobil Corp.', 'organization')?.mentions.length, 2);
});

it('reads holidays as occasions and weekdays in the plural as no names ("Remembrance Day", "on Wednesdays and Saturdays")', () => {
  const es = entities('While veterans devote Wednesday to honoring soldiers, Remembrance Day is marked in Canada. The clinic is closed on Wednesdays and Saturdays. Memorial Day falls on Monday.');
  assert.deepEqual(es.filter((e) => e.type !== 'place').map((e) => [e.name, e.type]), [['Remembrance Day', 'other'], ['Memorial Day', 'other']]);
});

it('keeps a campaign for a right whole ("National Right to Life Committee", "Freedom to Marry")', () => {
  const es = entities('The National Right to Life Committee said so. Evan Wolfson, the founder of Freedom to Marry, disagreed.');
  const names = es.map((e) => e.name);
  assert.ok(find(es, 'National Right to Life Committee', 'organization'), JSON.stringify(names));
  assert.ok(find(es, 'Freedom to Marry', 'organization'), JSON.stringify(names));
  assert.ok(!names.includes('Marry') && !names.includes('Freedom'), JSON.stringify(names));
});

it('reads a role opening a sentence, a name and its body as a person of that body ("Historian Alan Brinkley of Columbia University")', () => {
  const es = entities('Historian Alan Brinkley of Columbia University told Fox News the reading may be a bit of theater.');
  assert.ok(find(es, 'Alan Brinkley', 'person'), JSON.stringify(es.map((e) => [e.name, e.type])));
  assert.ok(find(es, 'Columbia University', 'organization'), JSON.stringify(es.map((e) => [e.name, e.type])));
});

it('knows internet services as bodies ("Skype", "Gmail", "YouTube"), not people or places', () => {
  const es = entities('The agency taps the servers of Google, Skype, YouTube, Gmail and AOL, the report said.');
  for (const name of ['Skype', 'YouTube', 'Gmail', 'AOL']) assert.equal(find(es, name)?.type, 'organization', JSON.stringify(es.map((e) => [e.name, e.type])));
});

it('reads a state’s abbreviation as the state only with its stop, a city or a party tag ("Kansas City, Mo.", "(D-Mass)"), not as a word of a name ("known as Mo")', () => {
  const es = entities('Gov. Deval Patrick appointed William "Mo" Cowan on Wednesday. Mr. Cowan, who is known as Mo, is a lawyer. Sen. Elizabeth Warren (D-Mass) agreed. He grew up in Kansas City, Mo. He visited Calif. last week.');
  const missouri = find(es, 'Missouri', 'place');
  assert.equal(missouri?.mentions.length, 1, JSON.stringify(es.map((e) => [e.name, e.type, e.mentions.length])));
  assert.ok(find(es, 'Massachusetts', 'place') && find(es, 'California', 'place'));
});

it('parts a body, its title and the holder’s name run together ("National Organization for Women President Terry O\'Neill")', () => {
  const es = entities("National Organization for Women President Terry O'Neill said the cover was sexist. NOW has long opposed it.");
  assert.ok(find(es, "Terry O'Neill", 'person'), JSON.stringify(es.map((e) => [e.name, e.type])));
  assert.ok(find(es, 'National Organization for Women', 'organization'), JSON.stringify(es.map((e) => [e.name, e.type])));
});

it('drops a name left in lower case once the tagger’s "The" is cut ("The bureau said")', () => {
  const names = entities('The FBI met agents Monday. The bureau said it would investigate.').map((e) => e.name);
  assert.deepEqual(names, ['FBI']);
});

it('drops a lone word news writes in lower case that the tagger typed a body or place anywhere ("History" of a list of departments), keeping body words ("Police")', () => {
  const es = entities('The letter was signed by a dozen Georgetown Jesuit priests, numerous members of the Theology and other departments including History, Government, Philosophy, School of Foreign Service and School of Nursing. Part of the plan stalled in the Legislature, and Police said so.');
  const names = es.filter((e) => e.type !== 'other').map((e) => e.name);
  assert.ok(!names.includes('History'), JSON.stringify(names));
  assert.ok(names.includes('Police'), JSON.stringify(names));
});

it('reads a common given name and a surname the tagger typed a place as a person ("Victoria Nuland"), not a site ("Grace Road")', () => {
  const es = entities('The Senate offered support nonetheless for the nomination of Victoria Nuland, who helped edit the talking points.');
  assert.equal(find(es, 'Victoria Nuland')?.type, 'person', JSON.stringify(es.map((e) => [e.name, e.type])));
});

it('parts a body run into "of" and a person\'s possessive ("told Congress of Mueller\'s findings")', () => {
  const es = entities("Robert Mueller finished his report in March. Mr. Barr told Congress of Mueller's findings on Sunday.");
  const names = es.map((e) => e.name);
  assert.ok(names.includes('Congress') && !names.some((n) => n.includes('Congress of')), JSON.stringify(names));
  assert.equal(find(es, 'Robert Mueller', 'person')?.mentions.length, 2);
});

it('reads a body’s keyword alone as the article’s one body of that kind ("the Committee", "the Post"), not "Senate" or "Congress"', () => {
  const es = entities('Adam Schiff leads the House Intelligence Committee. Republicans on the Committee asked him to resign, The Washington Post reported. The Post said the Senate would not act.');
  const committee = find(es, 'House Intelligence Committee', 'organization');
  assert.equal(committee?.mentions.length, 2, JSON.stringify(es.map((e) => [e.name, e.mentions.length])));
  assert.equal(find(es, 'Washington Post')?.mentions.length, 2);
  assert.ok(find(es, 'Senate', 'organization'));
});

it('joins a given name the tagger typed a place or body to the initial and surname after it ("Susan E. Rice", "Vladimir V. Putin’s Russia")', () => {
  const es = entities('The witnesses warned that Vladimir V. Putin’s Russia would grow bolder. Susan E. Rice, the national security adviser, disagreed. Rice spoke on Sunday.');
  const names = es.map((e) => [e.name, e.type]);
  assert.ok(find(es, 'Vladimir V. Putin', 'person'), JSON.stringify(names));
  assert.ok(find(es, 'Susan E. Rice', 'person'), JSON.stringify(names));
  assert.ok(!es.some((e) => e.name === 'Vladimir' || e.name === 'Susan'), JSON.stringify(names));
});

it('reads a storm named after its kind as no person in any mention ("Hurricane Mitch … Mitch weakened")', () => {
  const es = entities('The storm killed thousands. Hurricane Mitch hit Honduras. Mitch weakened on Monday, but Mitch left floods behind.');
  assert.ok(!es.some((e) => e.type === 'person'), JSON.stringify(es.map((e) => [e.name, e.type])));
});

it('reads "<people or cause> for <aim>" as one body ("Americans for Prosperity", "Democracy for America"), not a slogan', () => {
  const es = entities('Tim Phillips, president of Americans for Prosperity, spoke. “It is over,” said Jim Dean, the chairman of Democracy for America. Protesters chanted Freedom for Chechnya.');
  const names = es.map((e) => [e.name, e.type]);
  assert.ok(find(es, 'Americans for Prosperity', 'organization'), JSON.stringify(names));
  assert.ok(find(es, 'Democracy for America', 'organization'), JSON.stringify(names));
  assert.ok(!es.some((e) => e.name === 'Democracy' || e.name === 'Freedom for Chechnya'), JSON.stringify(names));
});

it('lists no generational suffix alone when it ends a sentence ("Robert S. Mueller III. He …")', () => {
  const es = entities('The inquiry was led by the special counsel, Robert S. Mueller III. He was appointed in May.');
  const names = es.map((e) => [e.name, e.type]);
  assert.ok(find(es, 'Robert S. Mueller', 'person'), JSON.stringify(names));
  assert.ok(!es.some((e) => /^(?:III|Jr)\.?$/.test(e.name)), JSON.stringify(names));
});

it('reads no person in a word after "a" ("a former Marine", "a Des Moines Register poll") or in "Other Democrats"', () => {
  const es = entities('A former Marine in Iraq, Mr. Hunter was first elected in 2008, according to a Des Moines Register poll.\n\nOther Democrats said Trump should nix the summit.');
  const names = es.map((e) => [e.name, e.type]);
  assert.ok(!es.some((e) => e.type === 'person' && ['Marine', 'Des', 'Other Democrats'].includes(e.name)), JSON.stringify(names));
});

it('types a place\'s party members as a body and drops a family named by a listed person\'s surname ("California Republicans", "the Hunters")', () => {
  const es = entities('Rep. Duncan Hunter and his wife, Margaret Hunter, were indicted. A grand jury indicted the Hunters on charges. For California Republicans, it has implications.');
  const names = es.map((e) => [e.name, e.type]);
  assert.ok(find(es, 'California Republicans', 'organization'), JSON.stringify(names));
  assert.ok(!es.some((e) => e.name === 'Hunters'), JSON.stringify(names));
  // The family of a known person, though the article names no one of it.
  const known = entities('Sarah Palin called on the Obamas to rebuke the group.');
  assert.deepEqual(known.map((e) => e.name), ['Sarah Palin'], JSON.stringify(known.map((e) => [e.name, e.type])));
});

it('joins "Rod" to the initial and surname after it ("by Rod J. Rosenstein, the deputy attorney general")', () => {
  const es = entities('The charges were announced here on Friday by Rod J. Rosenstein, the deputy attorney general.');
  assert.deepEqual(es.map((e) => [e.name, e.type]), [['Rod J. Rosenstein', 'person']]);
});

it('keeps an office named after its holder whole ("the U.S. Attorney’s Office", "the Broward County Sheriff’s Office")', () => {
  const es = entities('The press release from the U.S. Attorney’s Office said so. The Broward County Sheriff’s Office declined. The Inspector General’s Office agreed.');
  const names = es.map((e) => [e.name, e.type]);
  for (const name of ['U.S. Attorney’s Office', 'Broward County Sheriff’s Office', 'Inspector General’s Office']) assert.ok(find(es, name, 'organization'), JSON.stringify(names));
  assert.ok(!es.some((e) => e.name === 'Office'), JSON.stringify(names));
});

it('lists treaties and health laws as other names, and a leader\'s title as no body ("NAFTA", "Obamacare", "Senate Majority Leader")', () => {
  const es = entities('Trade experts said the North American Free Trade Agreement, which Trump rebranded the United States Mexico Canada Agreement, will not bring in much. Senate Majority Leader Mitch McConnell agreed. The repeal of Obamacare failed, and ObamaCare stayed. The Dayton Accords held.');
  const names = es.map((e) => [e.name, e.type]);
  for (const name of ['North American Free Trade Agreement', 'United States Mexico Canada Agreement', 'Obamacare', 'ObamaCare', 'Dayton Accords']) assert.ok(find(es, name, 'other'), JSON.stringify(names));
  assert.ok(find(es, 'Mitch McConnell', 'person'), JSON.stringify(names));
  assert.ok(!es.some((e) => e.name === 'Senate Majority Leader'), JSON.stringify(names));
  const agent = entities('He will serve with the dedication that has characterized his lifetime of public service as a Marine Corps combat veteran and decorated FBI Special Agent, the statement said.');
  assert.ok(!agent.some((e) => e.name === 'FBI Special Agent'), JSON.stringify(agent.map((e) => [e.name, e.type])));
});

it('reads online outlets as bodies and no name in a region\'s adjective or a sentence\'s opening gerund ("Axios", "Middle Eastern", "Changing")', () => {
  const es = entities('He claimed the caravan is stocked with Middle Eastern terrorists.\n\nChanging that policy would reshape the country. The White House Counsel’s Office has advised him otherwise, Trump told Axios.');
  const names = es.map((e) => [e.name, e.type]);
  assert.ok(find(es, 'Axios', 'organization'), JSON.stringify(names));
  assert.ok(find(es, 'White House Counsel’s Office', 'organization'), JSON.stringify(names));
  assert.ok(!es.some((e) => e.name === 'Middle Eastern' || e.name === 'Changing'), JSON.stringify(names));
});

it('reads a name as a programme\'s only when the words after it modify the programme noun ("Democrats rejected the plan" names no programme)', () => {
  const es = entities('However, Democrats rejected the plan before Trump announced it, and a Senate version of the plan failed. Texas Rep. Beto O’Rourke called for a campaign. The Juncker investment plan grew.');
  const names = es.map((e) => [e.name, e.type]);
  assert.ok(find(es, 'Senate', 'organization'), JSON.stringify(names));
  assert.ok(find(es, 'Beto O’Rourke', 'person'), JSON.stringify(names));
  assert.ok(find(es, 'Juncker', 'other'), JSON.stringify(names));
  assert.ok(!es.some((e) => e.type === 'other' && e.name !== 'Juncker'), JSON.stringify(names));
});

it('parts two chambers the tagger joined with "and" ("the Senate and House", "House Democrats and Senate Republicans")', () => {
  const es = entities('Both the Senate and House passed the bill. It must please House Democrats and Senate Republicans alike.');
  const names = es.map((e) => e.name).sort();
  assert.deepEqual(names, ['House', 'House Democrats', 'Senate', 'Senate Republicans']);
});

it('joins a given name the tagger split off the rest of a long name ("George| Herbert Walker Bush")', () => {
  const es = entities('The shutdown paused for the funeral of George Herbert Walker Bush last month.');
  assert.deepEqual(es.map((e) => [e.name, e.type]), [['George Herbert Walker Bush', 'person']]);
});

it('reads words of address in quoted speech as no names ("‘Mama, look, you won.’ … ‘Baby, they don’t.’")', () => {
  const es = entities('“And when your son looks at you and says, ‘Mama, look, you won. Bullies don’t win.’ And I say, ‘Baby, they don’t,’” Rashida Tlaib said.');
  assert.deepEqual(es.map((e) => [e.name, e.type]), [['Rashida Tlaib', 'person']]);
});

it('reads a plural title as no part of the first name after it ("Senators Amy Klobuchar of Minnesota")', () => {
  const es = entities('Four other candidates — Senators Amy Klobuchar of Minnesota; Gov. Jay Inslee of Washington; and John Delaney — also called for the release.');
  const names = es.map((e) => [e.name, e.type]);
  assert.ok(find(es, 'Amy Klobuchar', 'person'), JSON.stringify(names));
  assert.ok(!es.some((e) => e.name.startsWith('Senators')), JSON.stringify(names));
});

it('names a place spelled the 1990s wire way by the gazetteer\'s name ("Kazakstan" is Kazakhstan)', () => {
  const es = entities('Zarya was launched from Kazakstan last month. Kazakhstan leases the Baikonur site to Russia.');
  const places = es.filter((e) => e.type === 'place').map((e) => e.name);
  assert.ok(places.includes('Kazakhstan') && !places.includes('Kazakstan'), JSON.stringify(places));
});

it('reads a bridge, stadium or square named after a person as a place ("the George Washington Bridge", "Jack Murphy Stadium")', () => {
  const es = entities('The lane closures at the George Washington Bridge caused chaos. The game was at Jack Murphy Stadium. Crowds filled Tiananmen Square. George Washington spoke.');
  const names = es.map((e) => [e.name, e.type]);
  for (const name of ['George Washington Bridge', 'Jack Murphy Stadium', 'Tiananmen Square']) assert.ok(find(es, name, 'place'), JSON.stringify(names));
  assert.ok(find(es, 'George Washington', 'person'), JSON.stringify(names));
});

it('reads "Wal-Mart" and "Walmart" as one company, and "LGBT" as no body', () => {
  const es = entities('Wal-Mart urged a veto. Walmart is based in Arkansas. LGBT groups protested.');
  assert.deepEqual(es.map((e) => [e.name, e.type]), [['Walmart', 'organization'], ['Arkansas', 'place']]);
});

it('reads an occupation opening a sentence as no part of the name after it, and a doctrine as a policy\'s name ("Journalist Charlie Rose", "the Rubio Doctrine")', () => {
  const es = entities('Journalist Charlie Rose asked Marco Rubio about the Rubio Doctrine. Rubio said it differs from the Bush Doctrine. Pollster said so.');
  const names = es.map((e) => [e.name, e.type]);
  assert.ok(find(es, 'Charlie Rose', 'person'), JSON.stringify(names));
  assert.ok(find(es, 'Rubio Doctrine', 'other') && find(es, 'Bush Doctrine', 'other'), JSON.stringify(names));
  assert.ok(find(es, 'Marco Rubio', 'person')?.mentions.length === 2, JSON.stringify(names));
  assert.ok(!es.some((e) => e.name.startsWith('Journalist') || e.name === 'Pollster'), JSON.stringify(names));
  const torre = entities('Manager Joe Torre said the Yankees won.');
  assert.ok(find(torre, 'Joe Torre', 'person'), JSON.stringify(torre.map((e) => [e.name, e.type])));
});

it('reads a sentence adverb or answer opening a quoted sentence as no name ("Sadly, I believe …", "OK, so …")', () => {
  const es = entities('“Sadly, I believe President Obama often disagrees with that simple truth,” Rubio said. “OK, so we won,” Trump said.');
  assert.ok(!es.some((e) => e.name === 'Sadly' || e.name === 'OK'), JSON.stringify(es.map((e) => [e.name, e.type])));
});

it('reads a city the gazetteer lacks as a place where the tagger saw a person ("Lockerbie", "Minneapolis"), not where it saw a team', () => {
  const es = entities('The plane exploded over Lockerbie in 1988. The mayors of Minnesota’s Twin Cities, Minneapolis and St. Paul, condemned the measure.');
  const names = es.map((e) => [e.name, e.type]);
  for (const name of ['Lockerbie', 'Minneapolis']) assert.ok(find(es, name, 'place'), JSON.stringify(names));
  assert.ok(!es.some((e) => e.type === 'person' && (e.name === 'Lockerbie' || e.name === 'Minneapolis')), JSON.stringify(names));
});

it('reads a name followed by a state as its town, and "a South Carolina Republican" as the place of a party\'s member', () => {
  const es = entities('Huckabee made the announcement in his hometown of Hope, Ark. Trey Gowdy, a South Carolina Republican, asked. The ranking member, Elijah E. Cummings, objected.');
  const names = es.map((e) => [e.name, e.type]);
  assert.ok(find(es, 'Hope', 'place') && find(es, 'South Carolina', 'place'), JSON.stringify(names));
  assert.ok(find(es, 'Elijah E. Cummings', 'person'), JSON.stringify(names));
  assert.ok(!es.some((e) => e.name === 'South Carolina Republican'), JSON.stringify(names));
});

it('lists a constitution as a law\'s name ("the United States Constitution", "the Constitution"), not a place or a body', () => {
  const es = entities('The United States Constitution forbids it, and the Constitution is clear on that, Roberts wrote.');
  const names = es.map((e) => [e.name, e.type]);
  assert.ok(find(es, 'United States Constitution', 'other') && find(es, 'Constitution', 'other'), JSON.stringify(names));
});

it('reads "Goteborg", "Dili" and "Laramie" as places, "Mobil" as a company and "the Web" as no name', () => {
  const es = entities('The fire in Goteborg killed 60. Protesters gathered in Dili. Exxon and Mobil held talks. It was posted on the Web site of a student.');
  const names = es.map((e) => [e.name, e.type]);
  assert.ok(find(es, 'Goteborg', 'place') && find(es, 'Dili', 'place') && find(es, 'Mobil', 'organization'), JSON.stringify(names));
  assert.ok(!es.some((e) => e.name === 'Web'), JSON.stringify(names));
});

it('reads a lone surname written first as the person of that full name, where the tagger saw a place ("Xu" of "Xu Wenli")', () => {
  const es = entities('Xu Wenli and Qin Yongmin were detained in November. The Foreign Office in London demanded the immediate release of Xu, Qin and others.');
  const names = es.map((e) => [e.name, e.type, e.mentions.length]);
  assert.equal(find(es, 'Xu Wenli', 'person')?.mentions.length, 2, JSON.stringify(names));
  assert.ok(!es.some((e) => e.name === 'Xu' || e.name === 'Qin'), JSON.stringify(names));
});

it('reads "an Iowa Democrat" as the place of a party\'s member, "Tex." as Texas and "the Great Depression" as an event', () => {
  const es = entities('Bruce Braley, an Iowa Democrat, spoke in Corpus Christi, Tex., about jobs lost in the Great Depression.');
  const names = es.map((e) => [e.name, e.type]);
  assert.ok(find(es, 'Iowa', 'place') && find(es, 'Texas', 'place') && find(es, 'Great Depression', 'other'), JSON.stringify(names));
  assert.ok(!es.some((e) => e.name === 'Iowa Democrat' || e.name === 'Tex'), JSON.stringify(names));
});

it('keeps a law\'s name whole across its connectors and an opening title word ("Justice Against Sponsors of Terrorism Act", "Foreign Sovereign Immunities Act")', () => {
  const es = entities('The bill, known as the Justice Against Sponsors of Terrorism Act, prevents Saudi Arabia from claiming immunity. It overrides the 1976 Foreign Sovereign Immunities Act. He opposed the Defense of Marriage Act.');
  const pairs = es.map((e) => [e.name, e.type]);
  for (const law of ['Justice Against Sponsors of Terrorism Act', 'Foreign Sovereign Immunities Act', 'Defense of Marriage Act']) {
    assert.equal(find(es, law)?.type, 'other', JSON.stringify(pairs));
  }
  assert.ok(!es.some((e) => e.type === 'person'), JSON.stringify(pairs));
});

it('reads "the House and Senate" as two chambers and a chamber\'s party members as a body, not a person', () => {
  const es = entities('The bill passed the House and Senate without a single no vote. House Republicans met on Monday, and House Democrats met on Tuesday.');
  const pairs = es.map((e) => [e.name, e.type]);
  assert.equal(find(es, 'House')?.type, 'organization', JSON.stringify(pairs));
  assert.equal(find(es, 'Senate')?.type, 'organization', JSON.stringify(pairs));
  assert.ok(!es.some((e) => e.name === 'House and Senate'), JSON.stringify(pairs));
  // A territory whose name holds a body's keyword is a place.
  assert.equal(find(entities('Israel will withdraw from 13 percent of the West Bank.'), 'West Bank')?.type, 'place');
  assert.equal(find(es, 'House Republicans')?.type, 'organization', JSON.stringify(pairs));
  assert.equal(find(es, 'House Democrats')?.type, 'organization', JSON.stringify(pairs));
});

it('reads a lone given name the tagger calls a place as a person: the one it opens, or a relative ("Melania", "his daughter Ivanka")', () => {
  const es = entities('The spot featured an old photo shoot of Mr. Trump’s wife Melania Trump, a former model, posing on his jet. “Lyin\' Ted Cruz just used a picture of Melania from a GQ shoot in his ad,” Trump said. Mr. Bloomberg’s daughter Georgina is friends with Mr. Trump’s daughter Ivanka. Officials at Insein Prison and at Insein declined to comment.');
  const pairs = es.map((e) => [e.name, e.type, e.mentions.length]);
  assert.equal(find(es, 'Melania Trump')?.mentions.length, 2, JSON.stringify(pairs));
  assert.equal(find(es, 'Ivanka')?.type, 'person', JSON.stringify(pairs));
  assert.ok(!es.some((e) => e.name === 'Lyin'), JSON.stringify(pairs));
  assert.ok(!es.some((e) => e.type === 'person' && e.name.startsWith('Insein')), JSON.stringify(pairs));
});

it('types towns, teams, treaties, named months and particle-led bodies by their words ("in Green Bay, Wis.", "New York Yankees", "Geneva Conventions", "Pride Month", "al Qaeda")', () => {
  const es = entities('A rally set for Wednesday in Green Bay, Wis., was postponed during Pride Month. He flew to the Canary Islands. The comedian and the former New York Yankees manager Joe Torre were set to play. He lives in Colorado Springs, Colo., now. The Geneva Conventions apply, he said of the Islamic State and al Qaeda. ISIS denied it. He spoke with Amanda Carpenter and Boston Herald columnists.');
  const pairs = es.map((e) => [e.name, e.type]);
  const typeOf = (name: string) => find(es, name)?.type;
  assert.equal(typeOf('Green Bay'), 'place', JSON.stringify(pairs));
  assert.equal(typeOf('Pride Month'), 'other', JSON.stringify(pairs));
  assert.equal(typeOf('New York Yankees'), 'organization', JSON.stringify(pairs));
  assert.equal(typeOf('Colorado Springs'), 'place', JSON.stringify(pairs));
  assert.equal(typeOf('Geneva Conventions'), 'other', JSON.stringify(pairs));
  assert.equal(typeOf('al-Qaeda'), 'organization', JSON.stringify(pairs));
  assert.deepEqual(find(es, 'Islamic State')?.mentions.length, 2, JSON.stringify(pairs));
  assert.equal(typeOf('Canary Islands'), 'place', JSON.stringify(pairs));
  assert.equal(typeOf('Amanda Carpenter'), 'person', JSON.stringify(pairs));
  assert.equal(typeOf('Boston Herald'), 'organization', JSON.stringify(pairs));
});

it('reads court cases as names of another kind, New York\'s boroughs as places, a plural title before names as no body, and drops a stray bracket', () => {
  const es = entities('In Bush v. Gore, along partisan lines, the court split. Ginsburg and Justices Elena Kagan and Clarence Thomas all took part. They are people from Waterbury, Conn.; the Bronx; and Brooklyn. He said dealers with names like “D-Money, Smoothie (and) Shifty” came.');
  const pairs = es.map((e) => [e.name, e.type]);
  assert.equal(find(es, 'Bush v. Gore')?.type, 'other', JSON.stringify(pairs));
  assert.ok(!es.some((e) => e.name === 'Bush' || e.name === 'Gore'), JSON.stringify(pairs));
  assert.equal(find(es, 'Elena Kagan')?.type, 'person', JSON.stringify(pairs));
  assert.equal(find(es, 'Bronx')?.type, 'place', JSON.stringify(pairs));
  assert.equal(find(es, 'Brooklyn')?.type, 'place', JSON.stringify(pairs));
  assert.ok(!es.some((e) => /\(/.test(e.name)), JSON.stringify(pairs));
});

it('cuts a conjunction opening the sentence from a body\'s name, and reads a broadcast\'s name as a work ("As Senate Democrats …", "The Mike Gallagher Show")', () => {
  const es = entities('As Senate Democrats float new options for complicating a vote, Republicans wait. Mr. Graham told “The Mike Gallagher Show” radio program. They will campaign together June 15 in Green Bay.');
  const pairs = es.map((e) => [e.name, e.type]);
  assert.equal(find(es, 'Senate Democrats')?.type, 'organization', JSON.stringify(pairs));
  assert.equal(find(es, 'Mike Gallagher Show')?.type, 'other', JSON.stringify(pairs));
  assert.equal(find(es, 'Green Bay')?.type, 'place', JSON.stringify(pairs));
});

it('joins a given name that also names a town to its initial and surname, lists common given names as people, and drops names without letters', () => {
  const es = entities('Trump became the first president born in New York since Franklin D. Roosevelt. Standing nearby were his adult children, Donald Jr., Eric, Ivanka and Tiffany. He was taken to George Washington University Hospital. Vigils were held from Texas to Wayne, Neb. Follow her on Twitter at @brookefoxnews.');
  const pairs = es.map((e) => [e.name, e.type]);
  assert.equal(find(es, 'Franklin D. Roosevelt')?.type, 'person', JSON.stringify(pairs));
  assert.equal(find(es, 'Tiffany')?.type, 'person', JSON.stringify(pairs));
  assert.equal(find(es, 'George Washington University Hospital')?.type, 'organization', JSON.stringify(pairs));
  assert.notEqual(find(es, 'Wayne')?.type, 'person', JSON.stringify(pairs));
  assert.ok(es.every((e) => /\p{L}/u.test(e.name)), JSON.stringify(pairs));
});

it('reads "The Atlantic" inside a sentence as the magazine, drops a greeting from a name, and lists an idiom as no person ("Hi Don", "a Hail Mary")', () => {
  const es = entities('Trump Jr. wrote to WikiLeaks, according to a report in The Atlantic published Monday. “Hi Don. Sorry to hear about your problems,” it wrote. He told the Christian Science Monitor that it was a Hail Mary pass. Ships crossed the Atlantic.');
  const pairs = es.map((e) => [e.name, e.type]);
  assert.equal(find(es, 'The Atlantic')?.type, 'organization', JSON.stringify(pairs));
  assert.equal(find(es, 'Atlantic')?.type, 'place', JSON.stringify(pairs));
  assert.equal(find(es, 'Don')?.type, 'person', JSON.stringify(pairs));
  assert.ok(!es.some((e) => e.name.startsWith('Hi ')), JSON.stringify(pairs));
  assert.equal(find(es, 'Christian Science Monitor')?.type, 'organization', JSON.stringify(pairs));
  assert.equal(find(es, 'Hail Mary')?.type, 'other', JSON.stringify(pairs));
});

it('gives a lone surname to the article\'s person, not to a relative introduced as theirs ("his father, Rev. Jesse Jackson")', () => {
  const text = 'WASHINGTON -- Former Rep. Jesse Jackson Jr. pleaded guilty on Wednesday. He wrote a 1999 book with his father, Rev. Jesse Jackson, titled It\'s About the Money. Jackson said he had "no excuses" for his conduct.';
  const es = entities(text);
  const owner = es.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'Jackson' && m.start > text.indexOf('titled')));
  assert.equal(owner?.name, 'Jesse Jackson Jr.', JSON.stringify(es.map((e) => [e.name, e.mentions.map((m) => text.slice(m.start, m.end))])));
});

it('reads a common given name and a surname as a person whatever body or place the tagger saw, but not a street or a club', () => {
  const es = entities('Trump fired Secretary of State Rex Tillerson earlier this year. Nicaragua\'s leftist Sandinistas, who maintained close relations with Fidel Castro during their 1979-90 rule, had criticized the refusal. The match at Grace Road was rained off, and Crystal Palace lost.');
  const pairs = es.map((e) => [e.name, e.type]);
  assert.equal(find(es, 'Rex Tillerson')?.type, 'person', JSON.stringify(pairs));
  assert.equal(find(es, 'Fidel Castro')?.type, 'person', JSON.stringify(pairs));
  assert.notEqual(find(es, 'Grace Road')?.type, 'person', JSON.stringify(pairs));
  assert.notEqual(find(es, 'Crystal Palace')?.type, 'person', JSON.stringify(pairs));
});

it('reads "Administrator" and "Coordinator" as titles before a person\'s name ("NASA Administrator Daniel Goldin")', () => {
  const es = entities('NASA Administrator Daniel Goldin spoke on Monday. EPA Administrator Scott Pruitt resigned.');
  const pairs = es.map((e) => [e.name, e.type]);
  assert.equal(find(es, 'Daniel Goldin')?.type, 'person', JSON.stringify(pairs));
  assert.equal(find(es, 'Scott Pruitt')?.type, 'person', JSON.stringify(pairs));
});

it('reads a department before a title as the title\'s, the body before it as the name ("DNC Communications Director"), and a company closing with "Communications" as a body', () => {
  const es = entities('DNC Communications Director Brad Woodhouse said no. The RNC Finance Director quit on Monday. Verizon Communications said so. He sold Abbott Laboratories shares.');
  const pairs = es.map((e) => [e.name, e.type]);
  for (const body of ['DNC', 'RNC', 'Verizon Communications', 'Abbott Laboratories']) assert.equal(find(es, body)?.type, 'organization', JSON.stringify(pairs));
  assert.equal(find(es, 'Brad Woodhouse')?.type, 'person', JSON.stringify(pairs));
  assert.ok(!es.some((e) => /Communications$|Finance$/.test(e.name) && !e.name.startsWith('Verizon')), JSON.stringify(pairs));
});

it('reads a chamber named for the contest for its seats as its place ("the Pennsylvania Senate race"), a state\'s chamber as a body, "an Act of Congress" as Congress', () => {
  const es = entities('Sestak would drop out of Pennsylvania’s Democratic Senate primary. He won the Ohio Senate seat. It was the Alabama Republican Senate primary. Her White House bid failed. The Texas House voted on Monday. It was made possible by any Act of Congress. Rob Shapiro, an official in the Clinton White House, agreed.');
  const pairs = es.map((e) => [e.name, e.type]);
  for (const place of ['Pennsylvania', 'Ohio', 'Alabama']) assert.equal(find(es, place)?.type, 'place', JSON.stringify(pairs));
  for (const body of ['White House', 'Texas House', 'Congress']) assert.equal(find(es, body)?.type, 'organization', JSON.stringify(pairs));
  assert.ok(!es.some((e) => /Senate|Act of|Clinton/.test(e.name)), JSON.stringify(pairs));
});

it('reads sites, shows, particles and party words as a brief of the Park51 story needs them', () => {
  const es = entities('The mosque is near Ground Zero. The Japanese put up a site next to Pearl Harbor. The developer, Sharif el-Gamal, a real estate investor, spoke. '
    + 'Mr. Gingrich said on the Fox News program “Fox and Friends.” Biden resumed the White House campaign for gun control. '
    + 'Representative James E. Clyburn, the No. 3 House Democrat, said so. Democratic campaign officials accused Republicans of exploiting it.');
  const pairs = es.map((e) => [e.name, e.type]);
  for (const place of ['Ground Zero', 'Pearl Harbor']) assert.equal(find(es, place)?.type, 'place', JSON.stringify(pairs));
  for (const body of ['Fox News', 'White House']) assert.equal(find(es, body)?.type, 'organization', JSON.stringify(pairs));
  assert.equal(find(es, 'Sharif el-Gamal')?.type, 'person', JSON.stringify(pairs));
  assert.equal(find(es, 'Fox and Friends')?.type, 'other', JSON.stringify(pairs));
  for (const none of ['Zero', 'Sharif', 'Fox', 'House Democrat', 'Democratic']) assert.equal(find(es, none), undefined, JSON.stringify(pairs));
  // A building named after its owner is a place; a movement's followers are no person.
  const tower = entities('Ms. Townsend said she had her own agenda for the meeting at Trump Tower. “I think he’d have a good audience with Tea Partiers.” Sen. John Tower spoke.');
  const towerPairs = JSON.stringify(tower.map((e) => [e.name, e.type]));
  assert.equal(find(tower, 'Trump Tower')?.type, 'place', towerPairs);
  assert.equal(find(tower, 'John Tower')?.type, 'person', towerPairs);
  assert.equal(find(tower, 'Tea Partiers'), undefined, towerPairs);
  // A titled person quoted is that person, not a title.
  const shouted = entities('When Beck asked, someone shouted "President Obama," though Beck said it was too simple.');
  assert.equal(find(shouted, 'Barack Obama')?.type, 'person', JSON.stringify(shouted.map((e) => [e.name, e.type])));
});

it('reads names as a brief of the Blumenthal story needs them: whole bodies, titles, postal states and one Times', () => {
  const es = entities('Blumenthal called a New York Times report a distortion. Here is an excerpt from the Times report. Blumenthal told the Times he had misspoken. '
    + 'It gave the video to The Times. He will appear at the Veterans of Foreign Wars post in West Hartford. He landed a spot in the Marine Reserve, which kept him home. '
    + 'It was either former Cong. Rob Simmons or Linda McMahon. McMahon, the CEO of World Wrestling Entertainment, is running. '
    + 'He served six months in Parris Island, SC and studied at Harvard.');
  const pairs = es.map((e) => [e.name, e.type, e.mentions.length]);
  assert.equal(find(es, 'New York Times')?.mentions.length, 4, JSON.stringify(pairs));
  for (const body of ['Veterans of Foreign Wars', 'Marine Reserve', 'World Wrestling Entertainment', 'Harvard University']) assert.equal(find(es, body)?.type, 'organization', JSON.stringify(pairs));
  assert.equal(find(es, 'South Carolina')?.type, 'place', JSON.stringify(pairs));
  for (const none of ['Times', 'the Times', 'The Times', 'Wars', 'Cong', 'SC', 'CEO of World Wrestling Entertainment', 'Harvard']) assert.equal(find(es, none), undefined, JSON.stringify(pairs));
  // A dateline's city in capitals is the city.
  const dateline = entities('KANSAS CITY, Mo. — Leaders of the country\'s largest civil rights organization voted Tuesday.');
  assert.equal(find(dateline, 'Kansas City')?.type, 'place', JSON.stringify(dateline.map((e) => [e.name, e.type])));
});

it('reads names as a brief of the Wal-Mart and jobs stories needs them: a given name and initial, the Speaker, a scripture, a sentence stop', () => {
  const es = entities('Theodore J. Boutrous Jr., a lawyer for Wal-Mart, said the women differ. Mr. Boutrous said so. Obama called out Speaker of the House John Boehner (R-Ohio). '
    + 'The phrase is not in the Bible. The bills have been ignored in the Democratic-led Senate. The Senate is preparing to take up a portion of it.');
  const pairs = JSON.stringify(es.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)]));
  assert.equal(find(es, 'Theodore J. Boutrous Jr.')?.type, 'person', pairs);
  assert.equal(find(es, 'John Boehner')?.type, 'person', pairs);
  assert.equal(find(es, 'Bible')?.type, 'other', pairs);
  assert.deepEqual(find(es, 'Senate')?.mentions.map((m) => m.text), ['Senate', 'Senate'], pairs);
  for (const none of ['Boutrous Jr.', 'House John Boehner', 'Senate.']) assert.equal(find(es, none), undefined, pairs);
  const suffixed = entities('He was the driver to his predecessor, Representative Thomas J. Bliley Jr. Reaching that pinnacle had seemed hard. They marked Martin Luther King Jr. Day in Atlanta. '
    + 'It has characterized his public service as a Member of Congress.');
  const suffixedPairs = JSON.stringify(suffixed.map((e) => [e.name, e.type]));
  assert.equal(find(suffixed, 'Thomas J. Bliley Jr.')?.type, 'person', suffixedPairs);
  assert.equal(find(suffixed, 'Martin Luther King Jr. Day')?.type, 'other', suffixedPairs);
  assert.equal(find(suffixed, 'Congress')?.type, 'organization', suffixedPairs);
  for (const none of ['Thomas J. Bliley Jr. Reaching', 'Jr. Day', 'Member of Congress']) assert.equal(find(suffixed, none), undefined, suffixedPairs);
  const laws = entities('Arizona\'s Senate Bill 1062 would allow it. Colorado\'s Amendment 64 passed. It violates the Supremacy Clause, the No. 2 Republican said.');
  const lawPairs = JSON.stringify(laws.map((e) => [e.name, e.type]));
  for (const law of ['Senate Bill 1062', 'Amendment 64', 'Supremacy Clause']) assert.equal(find(laws, law)?.type, 'other', lawPairs);
  assert.ok(!laws.some((e) => e.type !== 'other' && e.type !== 'place'), lawPairs);
  const mayors = entities('One candidate, Scott Smith, the mayor of Mesa, who is a Mormon, said so. “The principles won’t satisfy everybody,” Michael R. Bloomberg, former mayor of New York City, said on Friday.');
  const mayorPairs = JSON.stringify(mayors.map((e) => [e.name, e.type]));
  assert.equal(find(mayors, 'Mesa')?.type, 'place', mayorPairs);
  assert.equal(find(mayors, 'Michael R. Bloomberg')?.type, 'person', mayorPairs);
  assert.equal(find(mayors, 'Bloomberg'), undefined, mayorPairs);
  const professor = entities('“The big antitrust issue is whether they will get the competition off their backs,” said Eleanor M. Fox, a professor at the New York University School of Law.');
  assert.equal(find(professor, 'Eleanor M. Fox')?.type, 'person', JSON.stringify(professor.map((e) => [e.name, e.type])));
  const shops = entities('She is a greeter at a Sam\'s Club in Concord. Appearing at Joey’s Diner here, Mr. Arpaio spoke.');
  const shopPairs = JSON.stringify(shops.map((e) => [e.name, e.type]));
  for (const shop of ["Sam's Club", 'Joey’s Diner']) assert.equal(find(shops, shop)?.type, 'organization', shopPairs);
  for (const none of ['Club', 'Joey', 'Sam']) assert.equal(find(shops, none), undefined, shopPairs);
  const embassies = entities('The bombings in Nairobi and Dar es Salaam killed 224 people. In Dar es Salaam, officials said so.');
  const embassyPairs = JSON.stringify(embassies.map((e) => [e.name, e.type, e.mentions.length]));
  assert.equal(find(embassies, 'Dar es Salaam')?.mentions.length, 2, embassyPairs);
  for (const none of ['Dar', 'Salaam']) assert.equal(find(embassies, none), undefined, embassyPairs);
  const un = entities('At the United Nations, \nSecretary-General Kofi Annan said Yugoslav forces had increased attacks.');
  assert.equal(find(un, 'Kofi Annan')?.type, 'person', JSON.stringify(un.map((e) => [e.name, e.type])));
  const host = entities('He appeared on “On the Record with Greta Van Susteren.” He left.');
  assert.equal(find(host, 'Greta Van Susteren')?.type, 'person', JSON.stringify(host.map((e) => [e.name, e.type])));
  const shows = entities('McCain said on MSNBC’s Andrea Mitchell Reports that it was wrong. He went on Tucker Carlson Tonight.');
  const showPairs = JSON.stringify(shows.map((e) => [e.name, e.type]));
  for (const show of ['Andrea Mitchell Reports', 'Tucker Carlson Tonight']) assert.equal(find(shows, show)?.type, 'other', showPairs);
  const covers = entities('Basically what Newsweek magazine did was wrong. He spoke about Christianity. She is the Duchess of Cambridge now.');
  const coverPairs = JSON.stringify(covers.map((e) => [e.name, e.type]));
  assert.equal(find(covers, 'Newsweek')?.type, 'organization', coverPairs);
  assert.equal(find(covers, 'Christianity')?.type, 'other', coverPairs);
  assert.equal(find(covers, 'Duchess of Cambridge'), undefined, coverPairs);
});

it('keeps the body or place a title is of as a name of its own ("FBI Director James Comey", "White House Counsel Bob Bauer")', () => {
  const es = entities('FBI Director James Comey said no. White House Counsel Bob Bauer wrote it. NASA Administrator Daniel Goldin spoke.');
  const pairs = es.map((e) => [e.name, e.type]);
  for (const body of ['FBI', 'White House', 'NASA']) assert.equal(find(es, body)?.type, 'organization', JSON.stringify(pairs));
  for (const person of ['James Comey', 'Bob Bauer', 'Daniel Goldin']) assert.equal(find(es, person)?.type, 'person', JSON.stringify(pairs));
});

test('names one person written with a given name and its short form, or misspelled, once: the fuller form, or the known one', () => {
  const text = 'Former New York Mayor Michael R. Bloomberg said on Monday he would run. Mike Bloomberg, the billionaire, has spent millions. Friends call him Mike.';
  const es = entities(text);
  const bloomberg = es.filter((e) => e.type === 'person' && /Bloomberg|^Mike$/.test(e.name));
  assert.deepEqual(bloomberg.map((e) => e.name), ['Michael R. Bloomberg'], JSON.stringify(es.map((e) => [e.name, e.type])));
  assert.ok(bloomberg[0]!.aliases.includes('Mike Bloomberg'));
  assert.ok(bloomberg[0]!.mentions.some((m) => text.slice(m.start, m.end) === 'Mike'), 'the given name alone is his');
  const misspelled = entities('Hilary Clinton spoke in Iowa on Monday. Hillary Clinton then left for Ohio.');
  assert.deepEqual(misspelled.filter((e) => e.type === 'person').map((e) => e.name), ['Hillary Clinton']);
  // The same given name written with and without a middle initial may be two people (father and son).
  const bushes = entities('George Bush campaigned for his son. George W. Bush thanked him on Monday.');
  assert.deepEqual(bushes.filter((e) => e.type === 'person').map((e) => e.name).sort(), ['George Bush', 'George W. Bush']);
});

test('a company word the article uses alone as the surname of a person it names is that person, once it is spoken of as one', () => {
  const text = 'Former New York City Mayor Michael Bloomberg endorsed Clinton. "This is too important," said Bloomberg, a former Democrat. Bloomberg considered a run. He founded Bloomberg News.';
  const es = entities(text);
  const bloomberg = find(es, 'Michael Bloomberg', 'person');
  assert.ok(bloomberg, JSON.stringify(es.map((e) => [e.name, e.type])));
  assert.equal(bloomberg.mentions.filter((m) => text.slice(m.start, m.end) === 'Bloomberg').length, 2);
  assert.ok(!es.some((e) => e.name === 'Bloomberg' && e.type === 'organization'), JSON.stringify(es.map((e) => [e.name, e.type])));
  assert.ok(find(es, 'Bloomberg News', 'organization'));
  // With no person of that surname, the company stays a company.
  assert.equal(find(entities('Shares rose after Bloomberg said the deal was near.'), 'Bloomberg')?.type, 'organization');
});

test('an adjective opening a sentence is no part of the name after it ("Fellow St. Louis Tea Party organizer")', () => {
  const es = entities('The group met on Monday. Fellow St. Louis Tea Party organizer Dana Loesch accused the NAACP of turning political. The St. Louis Tea Party answered.');
  assert.ok(find(es, 'St. Louis Tea Party', 'organization'), JSON.stringify(es.map((e) => e.name)));
  assert.equal(find(es, 'St. Louis Tea Party')!.mentions.length, 2);
  assert.ok(!es.some((e) => e.name.startsWith('Fellow')), JSON.stringify(es.map((e) => e.name)));
});

test('a people named by the plural of an irregular demonym is a group, not a place or a body ("Swedes", "Danes", "Spaniards")', () => {
  const es = entities('Police said the dead included Somalis, Iraqis and Swedes. Two Danes and three Spaniards were hurt in Goteborg.');
  assert.deepEqual(es.map((e) => e.name), ['Goteborg'], JSON.stringify(es.map((e) => [e.name, e.type])));
});

test('a surname the gazetteer knows is the one the article names in full before it: the same person written otherwise, or a namesake son named in the lede', () => {
  const son = entities('Donald Trump Jr. met the Russians. Mr. Trump said little. President Trump defended his son.');
  assert.deepEqual(find(son, 'Donald Trump Jr.')!.mentions.map((m) => m.text), ['Donald Trump Jr.', 'Trump']);
  assert.deepEqual(find(son, 'Donald Trump')!.mentions.map((m) => m.text), ['Trump'], 'the office names the father');
  const putin = entities('Vladimir V. Putin met the press. Mr. Putin said little. President Putin left.');
  assert.deepEqual(putin.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.length]), [['Vladimir V. Putin', 3]]);
  // A son named only after the surname has followed an office is not who "Mr. Trump" is.
  const father = entities('A longtime adviser to President Trump spoke. Mr. Trump said little. Later Donald Trump Jr. spoke. Mr. Trump left.');
  assert.equal(find(father, 'Donald Trump Jr.')!.mentions.length, 1);
  // Nor is a relative of another given name ("Malia Obama").
  const malia = entities('Malia Obama spoke at the school. Mr. Obama said he was proud.');
  assert.equal(find(malia, 'Malia Obama')!.mentions.length, 1, JSON.stringify(malia.map((e) => [e.name, e.mentions.map((m) => m.text)])));
});
