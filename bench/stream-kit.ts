/** Shared pieces of the generated news streams of the cluster and store benchmarks. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The texts whose sentences the streams recombine. */
export const STREAM_SOURCE = fileURLToPath(new URL('../../shared/data/clustering/basil-duc.jsonl', import.meta.url));

/** CPU time of this process in ms: unlike wall time, it does not count time other processes take the core. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Deterministic PRNG (mulberry32): every run generates the same stream. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each source article's sentences longer than 30 characters. */
export function loadSentences(file: string = STREAM_SOURCE): string[][] {
  if (!existsSync(file)) throw new Error(`missing ${file}: run with ../shared/data beside the project`);
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const text = (JSON.parse(l) as { text: string }).text.replace(/\s+/g, ' ');
    return text.split(/(?<=[.!?]['"”]?)\s+(?=[A-Z“"])/).filter((s) => s.length > 30);
  });
}

/** New events a day: a large newsroom's feed. */
const EVENTS_PER_DAY = 200;
/** The stream's first day. */
const DAY0 = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;
const OUTLETS = ['Ledger', 'Post', 'Wire', 'Herald', 'Times', 'Gazette', 'Courier', 'Tribune', 'Observer', 'Chronicle', 'Standard', 'Record'];
const SYLLABLES = ['ka', 'lo', 'mir', 'ta', 'ven', 'su', 'dra', 'nel', 'or', 'pi', 'zan', 'qu', 'bel', 'tor', 'ash', 'ri'];

/** One generated report, as a JSONL line of the store benchmark's stream. */
export interface StreamLine { title: string; text: string; outlet: string; published: string; url: string }

/**
 * A day after the last publication date of a stream of `total` lines (every event has two reports or
 * more, published within three days): the clock to ingest it with, so that no date of a long stream
 * lies in the ingester's future (a future date is dropped as implausible).
 */
export function streamEnd(total: number): Date {
  return new Date(DAY0 + (Math.ceil(total / (2 * EVENTS_PER_DAY)) + 3) * DAY_MS);
}

/**
 * The store benchmark's stream, in date order: each event recombines sentences of two source texts with
 * every capitalised word replaced by a made-up name, is reported by two to six of twelve outlets over one
 * to three days, and one report in ten is a wire copy reprinted by another outlet. Lines are yielded as
 * soon as no later event can publish before them, so a run of millions holds a few days of lines at a
 * time; the order is that of sorting the first `total` generated lines by date (stable).
 */
export function* streamLines(total: number, seed = 7): Generator<StreamLine> {
  const sources = loadSentences();
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const word = () => {
    const s = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join('');
    return s[0]!.toUpperCase() + s.slice(1);
  };
  /** Generated lines not yielded yet, by publication day (ISO dates sort as strings). */
  const waiting = new Map<string, StreamLine[]>();
  const hold = (line: StreamLine) => {
    const list = waiting.get(line.published);
    if (list === undefined) waiting.set(line.published, [line]);
    else list.push(line);
  };
  /** The waiting days before `day` (all of them when null), oldest first. */
  function* release(day: string | null): Generator<StreamLine> {
    for (const d of [...waiting.keys()].sort()) {
      if (day !== null && d >= day) break;
      yield* waiting.get(d)!;
      waiting.delete(d);
    }
  }
  const iso = (day: number) => new Date(DAY0 + day * DAY_MS).toISOString().slice(0, 10);
  let made = 0;
  let releasedBefore = 0;
  for (let event = 0; made < total; event++) {
    const day = Math.floor(event / EVENTS_PER_DAY);
    // Every later event publishes on its own day or after: the days before are complete.
    if (day > releasedBefore) {
      yield* release(iso(day));
      releasedBefore = day;
    }
    const renamed = new Map<string, string>();
    const rename = (sentence: string) => sentence.replace(/\b[A-Z][a-z]{2,}\b/g, (w, at: number) => {
      if (at === 0) return w;
      let n = renamed.get(w);
      if (n === undefined) renamed.set(w, (n = word()));
      return n;
    });
    const pool = [...pick(sources), ...pick(sources)].map(rename);
    const reports = 2 + Math.floor(rand() * 5);
    for (let k = 0; k < reports && made < total; k++) {
      const published = iso(day + Math.floor(rand() * 3));
      const body = Array.from({ length: 8 }, () => pick(pool));
      const paragraphs = [body.slice(0, 2), body.slice(2, 4), body.slice(4, 6), body.slice(6)].map((p) => p.join(' '));
      const title = body[0]!.split(/\s+/).slice(0, 9).join(' ').replace(/[,.;:]$/, '');
      const line: StreamLine = { title, text: paragraphs.join('\n\n'), outlet: pick(OUTLETS), published, url: `https://news.example/${event}/${k}` };
      hold(line);
      made += 1;
      if (rand() < 0.1 && made < total) {
        hold({ ...line, outlet: pick(OUTLETS), url: `https://news.example/${event}/${k}/wire` });
        made += 1;
      }
    }
  }
  yield* release(null);
}
