/** Word lists the entity recogniser uses to read context. Lower-case unless noted. */

/** Titles and roles written before a name: what follows them is a person. Capitalised form. */
export const TITLES: ReadonlySet<string> = new Set([
  'President', 'Vice', 'Vice-President', 'Vice-Premier', 'Premier', 'Prime', 'Minister', 'Secretary',
  'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.',
  'Sen.', 'Senator', 'Rep.', 'Representative', 'Gov.', 'Governor', 'General', 'Gen.', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Chairman', 'Chairwoman', 'Chief', 'Pope', 'Ambassador', 'Judge', 'Justice',
  'Mayor', 'Lt.', 'Lieutenant', 'Colonel', 'Col.', 'Captain', 'Capt.', 'Professor', 'Prof.', 'Sir', 'Lord',
  'Lady', 'Deputy', 'Commander', 'Speaker', 'Sheikh', 'Emperor', 'Director', 'Attorney', 'Foreign',
  'Defense', 'Defence', 'Finance', 'Trade', 'Interior', 'Vice-Chairman', 'Vice-Prime', 'Leader', 'Supreme',
]);

/** Lower-case role nouns right before or in apposition to a name ("spokesman Lu Kang", "Li, an expert"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'expert', 'analyst', 'professor', 'official', 'minister',
  'president', 'premier', 'chairman', 'director', 'ambassador', 'diplomat', 'leader', 'secretary', 'senator',
  'governor', 'mayor', 'general', 'economist', 'researcher', 'scholar', 'lawmaker', 'adviser', 'advisor',
  'commentator', 'editor', 'reporter', 'correspondent', 'author', 'founder', 'chief', 'executive', 'head',
  'vice-president', 'vice-premier', 'envoy', 'negotiator', 'candidate', 'lawyer', 'attorney', 'judge',
  'fellow', 'strategist', 'activist', 'campaigner', 'veteran', 'member', 'deputy', 'aide', 'manager',
]);

/** Speech and report verbs: a name right before one is a person. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'noted', 'notes', 'added', 'adds', 'agreed', 'stated', 'states', 'warned',
  'warns', 'argued', 'argues', 'explained', 'explains', 'insisted', 'claimed', 'asked', 'wrote', 'writes',
  'believes', 'believed', 'thinks', 'thought', 'announced', 'declared', 'replied', 'responded', 'urged',
  'cautioned', 'stressed', 'emphasized', 'emphasised', 'suggested', 'acknowledged', 'admitted', 'denied',
  'confirmed', 'predicted', 'recalled', 'observed', 'commented', 'remarked', 'tweeted', 'defended', 'views',
  'viewed', 'joined', 'met', 'meets', 'visited', 'visits', 'left', 'arrived', 'attended', 'attends',
]);

/** A last word that makes a capitalised phrase an organisation (Capitalised form). */
export const ORG_KEYWORDS: ReadonlySet<string> = new Set([
  'Commission', 'Organisation', 'Organization', 'University', 'College', 'School', 'Ministry', 'Council',
  'Party', 'Forum', 'Agency', 'Committee', 'Bank', 'Fund', 'Association', 'Union', 'Congress', 'Institute',
  'Institution', 'Corporation', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Group', 'Department', 'Office',
  'Post', 'Times', 'News', 'Bureau', 'Court', 'Assembly', 'Parliament', 'Senate', 'Administration', 'Company',
  'Co.', 'Foundation', 'Federation', 'Alliance', 'League', 'Army', 'Navy', 'Force', 'Forces', 'Police',
  'Service', 'Services', 'Authority', 'Board', 'Centre', 'Center', 'Society', 'Network', 'Press', 'Journal',
  'Herald', 'Tribune', 'Telegraph', 'Guardian', 'Mainichi', 'Academy', 'Cabinet', 'Politburo', 'Summit',
  'Club', 'Team', 'Airlines', 'Airways', 'Television', 'Radio', 'Broadcasting', 'Exchange', 'Treaty',
  'Conference', 'Secretariat', 'Directorate', 'Command', 'Guard', 'Movement', 'Front', 'Coalition',
]);

/** Names of organisations that carry no keyword; mapped to the canonical name. */
export const KNOWN_ORGS: Readonly<Record<string, string>> = {
  Xinhua: 'Xinhua', Reuters: 'Reuters', AP: 'Associated Press', 'Associated Press': 'Associated Press',
  AFP: 'Agence France-Presse', Bloomberg: 'Bloomberg', Kremlin: 'Kremlin', Pentagon: 'Pentagon',
  'White House': 'White House', NATO: 'NATO', Nato: 'NATO', UN: 'United Nations', 'U.N.': 'United Nations',
  'United Nations': 'United Nations', EU: 'European Union', 'European Union': 'European Union', WTO: 'WTO',
  IAEA: 'IAEA', OPCW: 'OPCW', IMF: 'IMF', 'World Bank': 'World Bank', Hamas: 'Hamas', Hezbollah: 'Hezbollah',
  Taliban: 'Taliban', Google: 'Google', Apple: 'Apple', Facebook: 'Facebook', Amazon: 'Amazon',
  Microsoft: 'Microsoft', Twitter: 'Twitter', CNN: 'CNN', BBC: 'BBC', SCO: 'Shanghai Cooperation Organisation',
  CPC: 'Communist Party of China', CCP: 'Communist Party of China', FBI: 'FBI', CIA: 'CIA', OPEC: 'OPEC',
  'Fox News': 'Fox News', HuffPost: 'HuffPost',
};

/** Nationality adjectives: not entities themselves, and stripped before titles ("Russian President …"). */
export const DEMONYMS: ReadonlySet<string> = new Set([
  'Chinese', 'Russian', 'American', 'Brazilian', 'British', 'French', 'German', 'Japanese', 'Korean',
  'North', 'South', 'Iranian', 'Syrian', 'Israeli', 'Palestinian', 'Indian', 'Pakistani', 'Turkish',
  'Ukrainian', 'Belarusian', 'European', 'Western', 'Eastern', 'Asian', 'African', 'Arab', 'Canadian',
  'Mexican', 'Italian', 'Spanish', 'Australian', 'Saudi', 'Egyptian', 'Iraqi', 'Afghan', 'Taiwanese',
  'Vietnamese', 'Polish', 'Dutch', 'Swedish', 'Greek', 'Sino-Russian', 'Sino-US', 'Soviet', 'Communist',
  'Republican', 'Democratic', 'Democrat', 'Conservative', 'Liberal', 'Muslim', 'Christian', 'Jewish',
  'Catholic', 'Islamic', 'Sunni', 'Shia', 'Kurdish', 'Western', 'Northern', 'Southern', 'Central',
  'US', 'U.S.', 'UK', 'EU', 'Beijing-based', 'Beijing-led',
]);

/** The days of the week. */
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** The days of the week, and the days named from today. */
export const DAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, 'Today', 'Yesterday', 'Tomorrow']);

/** Month names in full. */
export const MONTHS: ReadonlySet<string> = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/**
 * Words that open a sentence and never name anyone: openers of spoken sentences, often right after a
 * quote mark ("“Well, if he’s such a student …"), and participles opening a clause ("Having
 * announced that …, Judge Berman proceeded", "Pointing to his time as …").
 */
export const SPOKEN_OPENERS: ReadonlySet<string> = new Set([
  'Well', 'Yes', 'Okay', 'Look', 'Listen', 'Ultimately', 'Frankly', 'Honestly', 'Obviously', 'Clearly', 'Indeed',
  'Instead', 'Finally', 'Unfortunately', 'Fortunately', 'Perhaps', 'Maybe', 'Thanks',
  'Having', 'Pointing', 'Noting', 'Citing', 'Responding', 'Referring', 'Reacting', 'Addressing', 'Appearing', 'Writing',
  'Given',
  // Spoken openers of a quote ("``Sure, it's frustrating,''", "“Let's go”"), which the tagger reads as names.
  'Sure', 'Let', 'Oh', 'Hey', 'Sorry', 'Wow', 'Absolutely', 'Certainly', 'Anyway', 'Seriously', 'Basically', 'Tell', 'Do',
  'Nah', 'Hi', 'Hiya', 'Hello', 'Yeah',
]);

/**
 * Prepositions and conjunctions that open a sentence before a name, which the tagger runs into the
 * name ("Aboard Endeavour", "Inside Iowa", "As Senate Democrats float …").
 */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'Aboard', 'Inside', 'Outside', 'Across', 'Beyond', 'Near', 'Along', 'Alongside', 'Among', 'Amid', 'Amidst', 'Throughout',
  'Toward', 'Towards', 'Without', 'Within', 'Upon', 'Into', 'Onto', 'Behind', 'Below', 'Beneath', 'Beside', 'Between',
  'Around', 'Through', 'Until', 'Unlike', 'Like', 'Besides', 'Despite', 'Except', 'Regarding', 'Concerning',
  'As', 'While', 'When', 'Whether', 'Although', 'Though', 'Because', 'Unless', 'Whereas', 'Once',
]);

/** Months as news copy abbreviates them ("Dec. 3", "Sept. 27"). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/** Capitalised words that start sentences or headlines but name nothing. */
export const NON_NAMES: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'For', 'But', 'And', 'Or', 'As', 'It',
  'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'Its', 'My', 'Your', 'While', 'When',
  'After', 'Before', 'Since', 'Even', 'Meanwhile', 'However', 'According', 'Another', 'Both', 'There', 'Here',
  'Everybody', 'Everyone', 'Nobody', 'Somebody', 'Someone', 'Anyone', 'Anybody',
  'What', 'Who', 'Why', 'How', 'Where', 'Which', 'If', 'So', 'Yet', 'Also', 'Then', 'Now', 'Still', 'With',
  'From', 'To', 'By', 'Of', 'Over', 'Under', 'Against', 'During', 'Despite', 'Although', 'Though', 'Because',
  'Only', 'Many', 'Most', 'Some', 'All', 'Each', 'Every', 'No', 'Not', 'More', 'Less', 'Such', 'One', 'Two',
  'First', 'Last', 'Next', 'New', 'Former', 'Fellow', 'Mr', 'Mrs', 'Ms', 'Photo', 'Please', 'View', 'Notify', 'Inline',
  'Feedbacks', 'Comments', 'Read', 'Related', 'Share', 'Advertisement', 'Click', 'Sign', 'Subscribe',
  ...MONTHS, ...MONTH_ABBREVIATIONS, ...DAY_WORDS, 'Experts', 'Observers', 'Officials', 'Analysts', 'Critics', 'Tensions', 'Trade',
  'Washington-based', 'Bilateral', 'Wang’s', 'Vice', 'President', 'Premier', 'Minister',
  // Auxiliaries opening an inverted clause ("Had Sanders won …", "Were Trump to lose …").
  'Had', 'Were', 'Should', 'Did', 'Does', 'Is', 'Are', 'Was', 'Would', 'Could', 'Has', 'Have',
  // Sentence adverbs and counts opening a sentence ("Already seeing …, Rep. Peter King said", "Fifteen minutes later").
  'Already', 'Likewise', 'Besides', 'Nor', 'Similarly', 'Moreover', 'Furthermore', 'Nevertheless', 'Nonetheless',
  'Otherwise', 'Thus', 'Hence', 'Therefore', 'Accordingly', 'Consequently', 'Additionally', 'Again', 'Later',
  'Earlier', 'Currently', 'Recently', 'Eventually', 'Initially', 'Originally', 'Separately', 'Notably', 'Apparently',
  'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Fifteen', 'Twenty', 'Thirty',
  'Fifty', 'Hundreds', 'Thousands', 'Dozens', 'Several', 'Other', 'Few',
  // Sentence adverbs and answers opening a quoted sentence ("Sadly, I believe …", "OK, so …").
  'Sadly', 'Fortunately', 'Unfortunately', 'Clearly', 'Obviously', 'Frankly', 'Honestly', 'Ironically', 'Interestingly',
  'Luckily', 'Hopefully', 'Certainly', 'Indeed', 'Perhaps', 'Instead', 'Yes', 'OK', 'Okay',
]);

/** Lower-case nouns after a name that make it the name of a programme or policy ("America First policy"). */
export const PROGRAMME_NOUNS: ReadonlySet<string> = new Set([
  'policy', 'project', 'mega-project', 'initiative', 'programme', 'program', 'plan', 'strategy', 'doctrine',
  'scheme', 'campaign',
]);

/** Lower-case words allowed inside an organisation name between capitalised words. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', 'de', 'du', 'des']);
