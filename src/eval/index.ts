export { evaluateExtraction, sameAuthor } from './extract-eval.js';
export type { ExtractEvalOptions, ExtractEvalResult, ExtractMetric, PageResult } from './extract-eval.js';
export { loadExtractionDataset } from './extract-dataset.js';
export type { ExtractionPage, GoldMetadata } from './extract-dataset.js';
export {
  AEB_SHINGLE_SIZE,
  aebScores,
  bagOfWordsScores,
  mean,
  pagePrecision,
  pageRecall,
  shingleCounts,
  shingles,
  wordTokens,
} from './extract-metrics.js';
export type { AveragedScores, ShingleCounts } from './extract-metrics.js';
