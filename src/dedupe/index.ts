export {
  createDeduper, createDuplicateIndex, type DedupeInput, type DeduperOptions, type DuplicateGroup, type DuplicateKind,
  type DuplicateMatch,
} from './deduper.js';
export { independentOutlets } from './independent-outlets.js';
