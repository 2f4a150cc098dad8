export { createStoryBuilder, type StoryBuilderOptions } from './build-story.js';
export { mergeEntities, variantKey, type EntityIndex } from './merge-entities.js';
export { buildQuoteLedger } from './quote-ledger.js';
export { buildFacts, type FactGroup } from './facts.js';
export { buildTimeline } from './timeline.js';
export { buildOmissions } from './omissions.js';
export { buildSummary, type SummaryOptions } from './summary.js';
