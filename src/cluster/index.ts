export { createClusterer, type ClusterOptions } from './cluster.js';
