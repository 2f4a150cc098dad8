export { createTextExtractor } from './text-extractor.js';
export type { TextExtractOptions, TextExtractResult, TextExtractor } from './text-extractor.js';
export { CROSS_CHROME_MAX_WORDS, CROSS_CHROME_MIN_ARTICLES, siteKey } from './cross-article.js';
export { REPEATED_STANDFIRST_MIN_WORDS, STANDFIRST_MAX_WORDS, TITLE_MAX_WORDS } from './layout.js';
export { classifyLine, isByline, isCaption, isHeadlineLike, isTemplateResidue, outletFromChrome } from './patterns.js';
export { isProseLine, MIN_ARTICLE_PROSE_SHARE, MIN_ARTICLE_PROSE_WORDS, notAnArticleReason } from './prose.js';
export { baseIdOf } from './article-id.js';
