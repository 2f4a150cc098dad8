/**
 * The data types passed from one pipeline stage to the next (see ARCHITECTURE.md).
 * Every extracted item carries character offsets into `Article.text`, so a brief is checkable.
 */

/** Branded ids keep article and story ids from being mixed up. */
export type ArticleId = string & { readonly __brand: 'ArticleId' };
export type StoryId = string & { readonly __brand: 'StoryId' };

export const asArticleId = (id: string): ArticleId => id as ArticleId;
export const asStoryId = (id: string): StoryId => id as StoryId;

/** Days since 1970-01-01 of an ISO date (`YYYY-MM-DD…`, its first ten characters), or null when missing or unreadable. */
export function dayNumber(published: string | null | undefined): number | null {
  if (!published) return null;
  const ms = Date.parse(published.slice(0, 10));
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}

/**
 * Curly quotes, en and em dashes, ellipsis, no-break space: left alone by accent folding and
 * lower-casing and never part of a word, so the word scanners of the duplicate index and the
 * clusterer read a text holding no other non-ASCII character on their ASCII paths.
 */
export const isPlainPunctuation = (c: number): boolean =>
  c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0x2026 || c === 0xa0;

/** Whether `text` holds no character outside ASCII but plain punctuation (`isPlainPunctuation`). */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && !isPlainPunctuation(c)) return false;
  }
  return true;
}

/** A half-open character range `[start, end)` of one article's `text`. */
export interface Span {
  readonly article: ArticleId;
  readonly start: number;
  readonly end: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** Bad content never throws: it becomes a diagnostic on the item and in the output. */
export interface Diagnostic {
  readonly severity: Severity;
  /** The input it is about: a path, URL or article id. */
  readonly source: string;
  /** A stable kebab-case rule name, e.g. `empty-file`, `binary-file`. */
  readonly rule: string;
  /** Where in the input, when known (e.g. `line 3`, `byte 1024`). */
  readonly place?: string;
  readonly note: string;
}

/** ---- ingest -> extract ---- */

/**
 * One decoded input document, before boilerplate removal. `html`: the text is the main text
 * extracted from an HTML page (paragraphs separated by a blank line), its metadata in `meta`.
 */
export interface RawDocument {
  readonly kind: 'text' | 'html';
  /** Path or URL the document came from. */
  readonly source: string;
  /** Decoded text, newlines normalised to `\n`. */
  readonly text: string;
  /** The encoding the bytes were decoded from, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  readonly encoding: string;
  /** Metadata known before extraction (e.g. from a feed or JSONL); all optional. */
  readonly meta?: {
    readonly title?: string;
    readonly outlet?: string;
    readonly published?: string;
    readonly url?: string;
    /** Author names as the source gives them, e.g. `Jane Doe and John Roe`. */
    readonly byline?: string;
    /** BCP 47 language tag as the source declares it, e.g. `en-GB`. */
    readonly language?: string;
  };
}

/** ---- extract -> annotate ---- */

export type RemovalReason =
  | 'site-chrome'
  | 'disclaimer'
  | 'comment-widget'
  | 'related-link'
  | 'repeated-title'
  | 'repeated-standfirst'
  | 'caption'
  | 'byline'
  | 'cross-article-chrome';

/** Text taken out of the article body, kept with why (never silently lost). */
export interface RemovedBlock {
  readonly text: string;
  readonly reason: RemovalReason;
  /** Offsets into the RawDocument text it was removed from. */
  readonly rawStart: number;
  readonly rawEnd: number;
}

export interface Article {
  readonly id: ArticleId;
  readonly source: string;
  readonly title: string;
  /** Outlet name when known (metadata, boilerplate such as "Also in The Mainichi"), else null. */
  readonly outlet: string | null;
  /** ISO date (YYYY-MM-DD) when known. */
  readonly published: string | null;
  /** The clean body text: paragraphs separated by a blank line. All spans index into it. */
  readonly text: string;
  /** Standfirst/dek when found (also removed from the text if repeated). */
  readonly standfirst: string | null;
  readonly removed: readonly RemovedBlock[];
  readonly diagnostics: readonly Diagnostic[];
  /** Author names from the source's metadata (page, feed item, JSONL), when it gives them. */
  readonly byline?: string;
  /** BCP 47 language tag the source declares (e.g. `en-GB`), when it declares one. */
  readonly language?: string;
}

/** ---- annotate ---- */

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  readonly paragraph: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** One occurrence of a name in the text. */
export interface EntityMention {
  readonly start: number;
  readonly end: number;
  /** The words as written, e.g. "Li". */
  readonly text: string;
  readonly type: EntityType;
  /** The article-local full name this mention refers to, e.g. "Li Xing". */
  readonly name: string;
}

/** A named thing inside one article, with all the ways the article names it. */
export interface LocalEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: readonly EntityMention[];
}

export type DateGranularity = 'year' | 'month' | 'day';

/** How the date was stated: a full date, a date without year, a weekday, or a relative phrase. */
export type DateAnchor = 'absolute' | 'missing-year' | 'weekday' | 'relative';

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** ISO prefix at the granularity: `2018`, `2018-05`, `2018-05-24`; null when unresolved. */
  readonly value: string | null;
  readonly granularity: DateGranularity;
  readonly anchor: DateAnchor;
  /** True when the year was not stated and came from the article's other dates or the story. */
  readonly yearInferred: boolean;
  /**
   * Where the mention sits: body text, or removed text kept as evidence (a photo caption). For a
   * caption, `start`/`end` index into `article.removed[removedIndex].text`.
   */
  readonly in: 'text' | 'caption';
  readonly removedIndex?: number;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

/** What an attribution reports: words someone said or wrote, or a belief, want or feeling held. */
export type QuoteStance = 'speech' | 'belief';

export interface Quote {
  readonly kind: QuoteKind;
  /** Span of the quoted words (inside the quote marks for direct quotes). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Resolved speaker: the full name of a person (or organisation) when known, else null. */
  readonly speaker: string | null;
  /** The words that name the speaker as written ("Pang", "he", "the spokesman"), with offsets. */
  readonly speakerText: string | null;
  readonly speakerStart: number | null;
  readonly speakerEnd: number | null;
  /** The cue verb or phrase ("said", "noted", "according to"); null when implied. */
  readonly cue: string | null;
  /** False when the speaker is implied (a quote paragraph continuing the previous speaker). */
  readonly explicit: boolean;
  /** Speech or a held belief; absent on quotes of speech found before stances were marked. */
  readonly stance?: QuoteStance;
}

export type GenreLabel = 'news' | 'analysis' | 'opinion';

export interface GenreEvidence {
  readonly rule: string;
  readonly text: string;
  readonly label: GenreLabel;
  /** Offsets into the article text, or null when the evidence was in removed boilerplate. */
  readonly start: number | null;
  readonly end: number | null;
}

export interface Genre {
  readonly label: GenreLabel;
  readonly evidence: readonly GenreEvidence[];
}

export interface AnnotatedArticle {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly LocalEntity[];
  /**
   * Names in removed photo captions: evidence of who is in the story, kept apart because their
   * mention offsets index into `article.removed[removedIndex].text`, not the body.
   */
  readonly captionEntities?: readonly (LocalEntity & { readonly removedIndex: number })[];
  readonly dates: readonly DateMention[];
  readonly quotes: readonly Quote[];
  readonly genre: Genre;
}

/** ---- brief ---- */

export interface SummarySentence {
  readonly text: string;
  readonly sources: readonly Span[];
}

export interface Fact {
  readonly id: string;
  readonly text: string;
  readonly articles: readonly ArticleId[];
  /** Number of distinct outlets reporting the fact. */
  readonly outlets: number;
  readonly sources: readonly Span[];
  /**
   * Kinds of discrepancy among the sentences carrying the fact: `attribution` when they hold one
   * quote given to different people, `number` when they give different figures. Absent when none.
   */
  readonly disputed?: readonly Discrepancy['kind'][];
}

export interface Attribution {
  /** The speaker's name as the story knows it; null when the article names no one. */
  readonly speaker: string | null;
  /** The words naming the speaker as the article writes them ("A spokesman", "he"), when it has any. */
  readonly speakerWords?: string | null;
  readonly article: ArticleId;
  readonly start: number;
  readonly end: number;
  readonly explicit: boolean;
  readonly cue: string | null;
}

export interface LedgerQuote {
  readonly id: string;
  readonly text: string;
  readonly kind: QuoteKind;
  readonly attributions: readonly Attribution[];
  readonly conflict: boolean;
}

export interface StoryEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly articles: readonly ArticleId[];
  readonly mentions: number;
}

export interface TimelineEntry {
  readonly date: string;
  readonly granularity: DateGranularity;
  readonly text: string;
  readonly articles: readonly ArticleId[];
  readonly sources: readonly Span[];
  readonly yearInferred: boolean;
  /** True when another outlet gives this event another date (a `date` discrepancy holds one of its mentions). */
  readonly disputed?: true;
}

export interface Omission {
  readonly article: ArticleId;
  /** Facts of the story carried by other articles but not by this one. */
  readonly facts: readonly string[];
  /** Entities named elsewhere in the story that this article never names. */
  readonly entities: readonly string[];
}

export type Discrepancy =
  | {
      readonly kind: 'attribution';
      readonly quote: string;
      readonly note: string;
      readonly attributions: readonly Attribution[];
    }
  | {
      readonly kind: 'number' | 'date' | 'name';
      readonly note: string;
      readonly sources: readonly Span[];
      /** The fact (its id in `facts`) whose outlets give differing figures or dates; none for a name. */
      readonly fact?: string;
      /** The quote (its id in `quotes`) whose reports give differing figures (a number misquoted); none otherwise. */
      readonly quote?: string;
    };

export interface Story {
  readonly id: StoryId;
  readonly title: string;
  readonly articles: readonly ArticleId[];
  readonly summary: readonly SummarySentence[];
  readonly facts: readonly Fact[];
  readonly quotes: readonly LedgerQuote[];
  readonly entities: readonly StoryEntity[];
  readonly timeline: readonly TimelineEntry[];
  readonly omissions: readonly Omission[];
  readonly discrepancies: readonly Discrepancy[];
  /** Articles that are copies of one text (exact, near, or one wire story under several outlets). */
  readonly duplicates?: readonly { readonly kind: 'exact' | 'near' | 'syndicated'; readonly articles: readonly ArticleId[] }[];
}

/** What `brief` outputs as JSON: the contract in DESIGN.md. */
export interface BriefArticle {
  readonly id: ArticleId;
  readonly source: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly genre: Genre;
  readonly text: string;
  readonly removed: readonly RemovedBlock[];
  /** Author names from the source's metadata, when it gives them. */
  readonly byline?: string;
  /** BCP 47 language tag the source declares, when it declares one. */
  readonly language?: string;
}

export interface Brief {
  readonly stories: readonly Story[];
  readonly articles: readonly BriefArticle[];
  readonly diagnostics: readonly Diagnostic[];
}
