/**
 * Exact duplicates, near duplicates and syndicated copies: content hashes find identical texts,
 * MinHash signatures over word shingles with LSH banding find texts that share most of their
 * shingles, without comparing every pair.
 */
import { createHash } from 'node:crypto';
import { createMinHasher, containmentFromJaccard, estimateJaccard } from './minhash.js';
import { joinedWordHashes, mix32, plainWordHashes, shinglesOfWordHashes } from './shingles.js';
import { dayNumber } from '../types.js';

/** What the deduper needs of an article. */
export interface DedupeInput {
  readonly id: string;
  readonly text: string;
  /** Outlet name; copies under two different outlets are syndication, under one a near duplicate. */
  readonly outlet?: string | null;
  /** ISO date (`YYYY-MM-DD…`); read only with `windowDays` or `windowArticles`; an undated text counts as of the latest date seen. */
  readonly published?: string | null;
}

export type DuplicateKind = 'exact' | 'near' | 'syndicated';

/** Articles that carry one text: each is a copy of another member. */
export interface DuplicateGroup {
  /** `exact` when every member has the same text, `syndicated` when they span 2+ outlets, else `near`. */
  readonly kind: DuplicateKind;
  /** Member ids in the order they were added; the first is the earliest copy seen. */
  readonly articles: readonly string[];
  /** The distinct known outlets of the members. */
  readonly outlets: readonly string[];
}

/** An earlier article the added one copies. */
export interface DuplicateMatch {
  readonly id: string;
  readonly kind: DuplicateKind;
  /** Estimated Jaccard similarity of the two shingle sets (1 for exact copies). */
  readonly jaccard: number;
  /** Estimated share of the shorter text's shingles found in the longer. */
  readonly containment: number;
}

export interface DeduperOptions {
  /** Words per shingle (default SHINGLE_WORDS). */
  readonly shingleSize?: number;
  /** MinHash functions per signature (default PERMUTATIONS); must be a multiple of `bands`. */
  readonly permutations?: number;
  /** LSH bands (default BANDS). */
  readonly bands?: number;
  /** Containment of the shorter text at or above which two texts are copies (default COPY_CONTAINMENT). */
  readonly containment?: number;
  /**
   * Texts published more than this many days apart are never copies, and the index forgets a text's
   * signature once the latest date seen is this many days past it, so its memory follows the window,
   * not the whole stream. Default: no limit (every text is kept).
   */
  readonly windowDays?: number;
  /**
   * A text without a date of its own is forgotten once this many articles have arrived after it (or
   * by `windowDays`, whichever comes first): a stream without dates has no days to count, and its
   * memory is bounded too. Default: no limit.
   */
  readonly windowArticles?: number;
}

/** Five words: long enough that two independent reports rarely share a shingle outside quotes. */
const SHINGLE_WORDS = 5;
/** 128 hashes estimate a Jaccard similarity to about ±0.04. */
const PERMUTATIONS = 128;
/** 32 bands of 4 rows make pairs at Jaccard 0.55 (a reprint cut by a fifth) candidates 95% of the time. */
const BANDS = 32;
/** A reprint trimmed at the end or with a local paragraph added still carries 80%+ of the wire text. */
const COPY_CONTAINMENT = 0.8;
/** Below this many shingles containment is unreliable (a short text fits inside many), so Jaccard decides. */
const MIN_SHINGLES_FOR_CONTAINMENT = 40;
/** Jaccard at or above which two texts are copies whatever their length. */
const NEAR_JACCARD = 0.8;
/** The signature of a forgotten text. */
const FORGOTTEN = new Uint32Array(0);

interface Entry {
  readonly id: string;
  /** Outlet as given, and its case-blind key. */
  readonly outlet: string | null;
  readonly outletKey: string | null;
  readonly hash: string;
  readonly size: number;
  /** FORGOTTEN once the text left the window. */
  signature: Uint32Array;
  /** Day number of its date (the latest date seen when undated; null before any). */
  day: number | null;
  /** Whether it came without a date of its own (the article window applies). */
  readonly undated: boolean;
}

/**
 * Creates an incremental duplicate index: `add` each article as it arrives and get back the earlier
 * articles it copies; `groups` lists every group of copies so far.
 */
export function createDuplicateIndex(options: DeduperOptions = {}) {
  const shingleSize = options.shingleSize ?? SHINGLE_WORDS;
  const permutations = options.permutations ?? PERMUTATIONS;
  const bands = options.bands ?? BANDS;
  const threshold = options.containment ?? COPY_CONTAINMENT;
  const windowDays = options.windowDays ?? Number.POSITIVE_INFINITY;
  if (!(windowDays > 0)) throw new Error(`windowDays must be positive, got ${windowDays}`);
  const windowArticles = options.windowArticles ?? Number.POSITIVE_INFINITY;
  if (!(windowArticles > 0)) throw new Error(`windowArticles must be positive, got ${windowArticles}`);
  if (permutations % bands !== 0) {
    throw new Error(`permutations (${permutations}) must be a multiple of bands (${bands})`);
  }
  const rows = permutations / bands;
  const signatureOf = createMinHasher(permutations);
  const entries: Entry[] = [];
  const byHash = new Map<string, number>();
  // One map per band: a single map of every band's keys passes V8's limit of 2^24 entries at about
  // half a million articles.
  const buckets = Array.from({ length: bands }, () => new Map<number, number | number[]>());
  const parent: number[] = [];
  const seen = new Set<string>();
  /** The latest publication day seen. */
  let clock: number | null = null;
  /** Entries still in the buckets, in arrival order, from `head` on. */
  let head = 0;
  /** Entries before this one have been passed by the article window. */
  let windowScan = 0;

  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    // The earlier article stays the root, so a group is named by its first copy.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  /** The bucket key of each band (band b's key goes in band b's map). */
  function bandKeys(sig: Uint32Array): number[] {
    const keys: number[] = [];
    for (let b = 0; b < bands; b++) {
      let h = b;
      for (let r = b * rows; r < (b + 1) * rows; r++) h = mix32(h ^ sig[r]!);
      keys.push(h);
    }
    return keys;
  }

  /** Takes an entry out of the buckets and the exact-copy map and drops its signature (its group stays). */
  function forget(index: number) {
    const entry = entries[index]!;
    if (entry.signature === FORGOTTEN) return;
    const keys = bandKeys(entry.signature);
    for (let b = 0; b < bands; b++) {
      const band = buckets[b]!;
      const bucket = band.get(keys[b]!);
      if (bucket === index) band.delete(keys[b]!);
      else if (Array.isArray(bucket)) {
        const at = bucket.indexOf(index);
        if (at >= 0) bucket.splice(at, 1);
        if (bucket.length === 1) band.set(keys[b]!, bucket[0]!);
      }
    }
    if (byHash.get(entry.hash) === index) byHash.delete(entry.hash);
    entry.signature = FORGOTTEN;
  }

  /** Forgets the entries (oldest arrivals first) the clock has moved a window past. */
  function expire() {
    // Texts without a date of their own, by arrivals.
    for (const oldest = entries.length - windowArticles; windowScan < oldest; windowScan += 1) {
      if (entries[windowScan]!.undated) forget(windowScan);
    }
    if (clock === null || !Number.isFinite(windowDays)) return;
    while (head < entries.length) {
      const entry = entries[head]!;
      entry.day ??= clock;
      if (entry.day >= clock - windowDays) return;
      forget(head);
      head += 1;
    }
  }

  function add(doc: DedupeInput): DuplicateMatch[] {
    if (seen.has(doc.id)) throw new Error(`article id "${doc.id}" was added twice: give each article a unique id`);
    seen.add(doc.id);
    const own = Number.isFinite(windowDays) || Number.isFinite(windowArticles) ? dayNumber(doc.published) : null;
    const dated = Number.isFinite(windowDays) ? own : null;
    if (dated !== null && (clock === null || dated > clock)) clock = dated;
    expire();
    const day = dated ?? clock;
    // Most texts are ASCII with curly quotes and dashes: their words are read in one pass, without strings.
    const words = plainWordHashes(doc.text) ?? joinedWordHashes(doc.text);
    const hash = createHash('sha1').update('bytes' in words ? words.bytes : words.joined).digest('hex');
    const shingles = shinglesOfWordHashes(words.hashes, shingleSize);
    const outlet = doc.outlet?.trim() ? doc.outlet.trim() : null;
    const index = entries.length;
    const entry: Entry = { id: doc.id, outlet, outletKey: outlet?.toLowerCase() ?? null, hash, size: shingles.length, signature: signatureOf(shingles), day, undated: own === null };
    entries.push(entry);
    parent.push(index);

    const matches: DuplicateMatch[] = [];
    const linked: number[] = [];
    const same = byHash.get(hash);
    const inWindow = (other: Entry) => day === null || other.day === null || Math.abs(day - other.day) <= windowDays;
    if (same !== undefined && inWindow(entries[same]!)) {
      matches.push({ id: entries[same]!.id, kind: 'exact', jaccard: 1, containment: 1 });
      linked.push(same);
    } else byHash.set(hash, index);

    const candidates = new Set<number>();
    const keys = bandKeys(entry.signature);
    for (let b = 0; b < bands; b++) {
      const band = buckets[b]!;
      const key = keys[b]!;
      const bucket = band.get(key);
      if (bucket === undefined) band.set(key, index);
      else if (typeof bucket === 'number') {
        candidates.add(bucket);
        band.set(key, [bucket, index]);
      } else {
        for (const c of bucket) candidates.add(c);
        bucket.push(index);
      }
    }
    let exact = linked.length > 0;
    for (const c of candidates) {
      const other = entries[c]!;
      if (!inWindow(other)) continue;
      if (other.hash === hash) {
        // The first copy of this text may have left the window while a later one is still in it.
        if (!exact) {
          matches.unshift({ id: other.id, kind: 'exact', jaccard: 1, containment: 1 });
          linked.push(c);
          exact = true;
        }
        continue;
      }
      const jaccard = estimateJaccard(entry.signature, other.signature);
      const containment = containmentFromJaccard(jaccard, entry.size, other.size);
      const longEnough = Math.min(entry.size, other.size) >= MIN_SHINGLES_FOR_CONTAINMENT;
      if (jaccard >= NEAR_JACCARD || (longEnough && containment >= threshold)) {
        const kind = entry.outletKey !== null && other.outletKey !== null && entry.outletKey !== other.outletKey ? 'syndicated' : 'near';
        matches.push({ id: other.id, kind, jaccard, containment });
        linked.push(c);
      }
    }
    for (const c of linked) union(index, c);
    return matches;
  }

  function groups(): DuplicateGroup[] {
    const members = new Map<number, number[]>();
    for (let i = 0; i < entries.length; i++) {
      const root = find(i);
      const list = members.get(root);
      if (list) list.push(i);
      else members.set(root, [i]);
    }
    const out: DuplicateGroup[] = [];
    for (const list of members.values()) {
      if (list.length < 2) continue;
      const group = list.map((i) => entries[i]!);
      const outlets = distinctOutlets(group);
      const kind: DuplicateKind = outlets.length > 1 ? 'syndicated' : group.every((e) => e.hash === group[0]!.hash) ? 'exact' : 'near';
      out.push({ kind, articles: group.map((e) => e.id), outlets });
    }
    return out;
  }

  return { add, groups };
}

/**
 * Creates a deduper for a whole collection: returns the groups of copies (two or more articles each),
 * in the order of their first member.
 */
export function createDeduper(options: DeduperOptions = {}) {
  return function dedupe(docs: readonly DedupeInput[]): DuplicateGroup[] {
    const index = createDuplicateIndex(options);
    for (const d of docs) index.add(d);
    return index.groups();
  };
}


/** The first spelling of each outlet, compared case-blind so "NYT" and "nyt" are one outlet. */
function distinctOutlets(group: readonly Entry[]): string[] {
  const byKey = new Map<string, string>();
  for (const e of group) if (e.outlet !== null && e.outletKey !== null && !byKey.has(e.outletKey)) byKey.set(e.outletKey, e.outlet);
  return [...byKey.values()];
}
