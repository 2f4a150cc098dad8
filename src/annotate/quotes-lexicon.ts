/**
 * Word lists and patterns the quote annotator matches against. Kept in one place so a new cue or
 * role word is a one-line change backed by a fixture.
 */
import { SPOKEN_OPENERS } from './gazetteer/words.js';

/** Verbs and phrases that introduce speech or a stated view, in the forms news prose uses. */
export const FINITE_CUES = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes',
  'warned', 'warns', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'stressed',
  'stresses', 'explained', 'explains', 'announced', 'announces', 'confirmed', 'confirms', 'denied',
  'acknowledged', 'admitted', 'cautioned', 'cautions', 'predicted', 'suggested', 'suggests',
  'reported', 'reports', 'wrote', 'writes', 'emphasised', 'emphasized', 'asserted', 'maintained',
  'replied', 'responded', 'declared', 'remarked', 'observed', 'agreed', 'asked', 'recalled',
  'concluded', 'continued', 'urged', 'vowed', 'pledged', 'tweeted', 'posted', 'pointed out', 'points out',
] as const;

/** Participles that hang a quote or a reported clause on the main clause's subject. */
export const PARTICIPLE_CUES = [
  'saying', 'adding', 'noting', 'stating', 'warning', 'arguing', 'claiming', 'insisting',
  'stressing', 'explaining', 'telling', 'cautioning', 'declaring', 'asserting', 'urging',
  'writing', 'remarking', 'recalling', 'emphasising', 'emphasizing',
] as const;

/** The same participles, for looking one up. */
export const PARTICIPLE_CUE_SET: ReadonlySet<string> = new Set(PARTICIPLE_CUES);

/** Verbs of stated opinion that attribute a short quoted phrase ("Xi views as 'the best …'"). */
export const VIEW_CUES = [
  'views as', 'view as', 'viewed as', 'sees as', 'see as', 'saw as', 'regards as', 'regarded as',
  'described as', 'describes as', 'called', 'calls', 'described', 'describes', 'termed', 'terms',
  'dubbed', 'labelled', 'labeled', 'praised', 'hailed', 'branded', 'characterised',
  'characterized', 'denounced', 'criticised', 'criticized', 'accused',
] as const;

/** Cues that may carry indirect speech; opinion verbs such as "called" do not report a clause. */
export const INDIRECT_CUES = new Set<string>([
  ...FINITE_CUES.filter((cue) => !['asked', 'continued', 'urged', 'posted'].includes(cue)),
  'saying', 'adding', 'noting', 'stating', 'warning', 'arguing', 'claiming', 'insisting',
  'stressing', 'explaining', 'cautioning', 'declaring', 'asserting',
]);

/** Subject pronouns that can name a speaker. */
export const PRONOUNS = ['he', 'she', 'they', 'we', 'i'] as const;

/** The subject form of an object pronoun naming the one quoted ("ITAR-Tass quoted him as saying"). */
export const SUBJECT_FORMS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/** Honorifics that stand before a name ("Mr. Abboud", "Sen. Sanders"), as a regular-expression alternation. */
export const HONORIFICS = 'Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev';

/** Role nouns that describe a speaker ("the spokesman") or introduce one ("spokesman Lu Kang"). */
export const ROLE_NOUNS = [
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'expert', 'analyst', 'president',
  'vice-president', 'premier', 'chancellor', 'secretary', 'ambassador', 'official', 'professor',
  'scholar', 'director', 'chairman', 'chairwoman', 'chair', 'chief', 'leader', 'governor', 'mayor',
  'senator', 'general', 'commander', 'envoy', 'diplomat', 'economist', 'researcher', 'lawyer',
  'adviser', 'advisor', 'aide', 'head', 'founder', 'manager', 'judge', 'prosecutor', 'officer',
  'negotiator', 'observer', 'critic', 'author', 'strategist', 'executive', 'ceo', 'source',
  'witness', 'resident', 'lawmaker', 'representative', 'candidate', 'king', 'queen', 'prince',
  'princess', 'pope', 'chief executive', 'prime minister', 'foreign minister', 'admiral', 'speaker',
  'attorney', 'host', 'anchor', 'columnist', 'commentator', 'nominee', 'front-runner', 'frontrunner',
  'businessman', 'businesswoman', 'mogul', 'tycoon', 'magnate', 'congressman', 'congresswoman', 'contender',
  'hopeful', 'incumbent',
] as const;

/** Plural role nouns: a group speaker ("Experts stated", "observers said") left unresolved. */
export const GROUP_NOUNS = [
  'experts', 'observers', 'analysts', 'officials', 'sources', 'critics', 'diplomats', 'residents',
  'witnesses', 'authorities', 'scientists', 'economists', 'researchers', 'lawmakers', 'people',
  'investors', 'traders', 'activists', 'protesters', 'scholars', 'commentators', 'ministers',
  'leaders', 'spokesmen', 'insiders', 'campaigners', 'doctors', 'police', 'reports', 'media',
  'politicians', 'voters', 'supporters', 'aides', 'advisers', 'advisors', 'donors', 'members', 'allies',
  'strategists', 'pollsters', 'polls', 'surveys', 'studies', 'prosecutors', 'lawyers', 'democrats', 'republicans',
  'candidates', 'senators', 'parents', 'delegates', 'conservatives', 'liberals', 'progressives', 'organizers',
  'executives', 'historians', 'citizens', 'workers', 'staffers', 'operatives', 'legislators', 'governors',
  'representatives', 'judges', 'teachers', 'students', 'families', 'evangelicals', 'groups',
] as const;

/** Words between a speaker and the cue that do not break the subject-verb link ("Pang also said"). */
export const ADVERBS_RE =
  /^(?:\s|,|\b(?:also|later|then|has|had|have|previously|again|repeatedly|reportedly|once|further|recently|earlier|first|finally|publicly|privately|separately|simply|only|even|now|initially|originally|ultimately|eventually|immediately|officially|formally|explicitly|openly|flatly|bluntly|subsequently|had also|has also|would|will|did|does|do|not|never|often|still|really|just|clearly|strongly|(?:do|does|did|would|could|should|is|are|was|were|have|has|had|wo|ca)n[’']t|cannot|could|can|may|might|must|should)\b)*$/i;

/**
 * A party and state tag after a politician's name, in the forms outlets print it: "(R)",
 * "(D-Conn.)", "(R-N.Y.)", ", R-Ky.,". It stands between the name and the cue without ending the
 * subject ("Sen. Richard Blumenthal (D-Conn.) said"), and its stop ends no sentence.
 */
const PARTY_TAG = String.raw`\([RDI](?:-\p{Lu}[\p{L}.]{0,12})?\)|,\s*[RDI]-\p{Lu}[\p{L}.]{0,12},`;
/** Every party and state tag of a text, for removing them. */
export const PARTY_TAGS = new RegExp(PARTY_TAG, 'gu');
/** A party and state tag at the start of a text, after any spaces. */
export const PARTY_TAG_AFTER_NAME = new RegExp(String.raw`^\s*(?:${PARTY_TAG})`, 'u');

/** Capitalised words that start sentences but never name a speaker. */
export const NON_NAME_WORDS = new Set<string>([
  // A web page's labels before an added paragraph ("UPDATE: 7:19 p.m. -- The Washington Post now reports").
  'UPDATE', 'UPDATED', 'EXCLUSIVE', 'BREAKING', 'CORRECTION', 'WATCH',
  'The', 'A', 'An', 'But', 'And', 'Or', 'So', 'In', 'On', 'At', 'As', 'It', 'Its', 'This', 'That',
  'These', 'Those', 'There', 'Here', 'When', 'While', 'After', 'Before', 'Since', 'If', 'For',
  'From', 'With', 'Without', 'By', 'To', 'Of', 'Yet', 'Still', 'However', 'Meanwhile', 'Although',
  'Though', 'Even', 'Asked', 'According', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her',
  'Their', 'Our', 'My', 'Mr', 'Mrs', 'Ms', 'Dr', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
  'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Last', 'Next', 'Earlier', 'Later',
  'Speaking', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Other', 'Another', 'One', 'Two',
  'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Prof', 'Rev', 'Dr', 'President', 'Senator',
  'Representative', 'Governor', 'Former', 'Vice', 'Secretary', 'Minister', ...SPOKEN_OPENERS,
]);

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Auxiliary and modal verbs: after a noun phrase they open its clause's verb ("Authorities are acting", "they could be"). */
export const AUXILIARIES = ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does'] as const;

/** Longest alternatives first so "views as" wins over "views" and "chief executive" over "chief". */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word).replace(/ /g, '\\s+'))
    .join('|');
}

/** Cues that may stand before their speaker in an aside ("…, said Josh Earnest, the White House press secretary, …"). */
export const INVERTED_ASIDE_CUE = /^(?:said|says|added|adds|noted|notes|wrote|writes)$/;
