/** Shared pieces of the generated news streams of the cluster and store benchmarks. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The texts whose sentences the streams recombine. */
export const STREAM_SOURCE = fileURLToPath(new URL('../../shared/data/clustering/basil-duc.jsonl', import.meta.url));

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
