export { createClusterer, clusterFeatures, streamOrder, type ClusterOptions } from './cluster.js';
export {
  createIncrementalClusterer, type IncrementalClusterOptions, type StorySnapshot,
} from './incremental.js';
export { featuresOf, termCounts, type ClusterFeatures, type EntityFeature, type TermWeights } from './features.js';
