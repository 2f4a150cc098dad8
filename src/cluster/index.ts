export {
  createClusterer, createStreamClusterer, clusterFeatures, streamOrder, STREAM_BACKGROUND_ARTICLES, type ClusterOptions,
} from './cluster.js';
export {
  createIncrementalClusterer, type BackgroundFrequencies, type IncrementalClusterOptions, type StorySnapshot,
} from './incremental.js';
export { newsBackground, DEFAULT_BACKGROUND_URL } from './background.js';
export { featuresOf, termCounts, type ClusterFeatures, type EntityFeature, type TermWeights } from './features.js';
