/**
 * CoNLL-2003 reading: documents (split at -DOCSTART-) of sentences of tokens with IOB1 tags, the
 * detokenised text the recognisers read, and the gold entity spans in token and character offsets.
 */
import { readFileSync } from 'node:fs';

/** One token with its character offsets in the document's detokenised text. */
export interface ConllToken {
  readonly word: string;
  readonly tag: string;
  readonly start: number;
  readonly end: number;
}

export interface ConllDocument {
  /** Sentences of tokens; the text holds one sentence per line. */
  readonly sentences: readonly (readonly ConllToken[])[];
  readonly text: string;
}

/** An entity as a character span with a CoNLL type (PER, ORG, LOC, MISC). */
export interface TypedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** Tokens written without a space before them (punctuation, clitics). */
const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]|'s|'S|n't|'re|'ve|'ll|'d|'m)$/;
/** Tokens written without a space after them. */
const NO_SPACE_AFTER = /^[([{$]$/;

/** Joins a sentence's tokens the way a newswire would print them, recording each token's offsets. */
function detokenise(words: readonly string[], offset: number): { text: string; spans: { start: number; end: number }[] } {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  words.forEach((word, i) => {
    const prev = words[i - 1];
    if (i > 0 && !NO_SPACE_BEFORE.test(word) && !(prev !== undefined && NO_SPACE_AFTER.test(prev))) text += ' ';
    spans.push({ start: offset + text.length, end: offset + text.length + word.length });
    text += word;
  });
  return { text, spans };
}

/** Reads a 4-column CoNLL-2003 file (token, POS, chunk, NER tag). */
export function readConll(file: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let sentences: { word: string; tag: string }[][] = [];
  let current: { word: string; tag: string }[] = [];
  const flushSentence = () => {
    if (current.length > 0) sentences.push(current);
    current = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (sentences.length > 0) docs.push(buildDocument(sentences));
    sentences = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') flushDoc();
    else if (line.trim() === '') flushSentence();
    else current.push({ word: cols[0] ?? '', tag: cols[cols.length - 1] ?? 'O' });
  }
  flushDoc();
  return docs;
}

function buildDocument(raw: readonly (readonly { word: string; tag: string }[])[]): ConllDocument {
  let text = '';
  const sentences: ConllToken[][] = [];
  for (const sentence of raw) {
    if (text !== '') text += '\n';
    const { text: line, spans } = detokenise(sentence.map((t) => t.word), text.length);
    sentences.push(sentence.map((t, i) => ({ word: t.word, tag: t.tag, start: spans[i]!.start, end: spans[i]!.end })));
    text += line;
  }
  return { sentences, text };
}

/** Entities of IOB1 (or IOB2) tags: `I-X` continues an entity of type X, `B-X` starts a new one. */
export function entitySpans(tags: readonly string[]): { from: number; to: number; type: string }[] {
  const out: { from: number; to: number; type: string }[] = [];
  let open: { from: number; type: string } | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    if (open !== null && (prefix === 'O' || prefix === 'B' || type !== open.type)) {
      out.push({ from: open.from, to: i, type: open.type });
      open = null;
    }
    if (prefix !== 'O' && open === null) open = { from: i, type };
  });
  const last = open as { from: number; type: string } | null;
  if (last !== null) out.push({ from: last.from, to: tags.length, type: last.type });
  return out;
}

/** Gold entities of a document as character spans. */
export function goldSpans(doc: ConllDocument): TypedSpan[] {
  return doc.sentences.flatMap((sentence) =>
    entitySpans(sentence.map((t) => t.tag)).map((e) => ({ start: sentence[e.from]!.start, end: sentence[e.to - 1]!.end, type: e.type })),
  );
}

/** IOB1 to IOB2 (every entity opens with B-), the scheme the tagger learns. */
export function toIob2(tags: readonly string[]): string[] {
  const out = tags.map(() => 'O');
  for (const e of entitySpans(tags)) for (let i = e.from; i < e.to; i += 1) out[i] = `${i === e.from ? 'B' : 'I'}-${e.type}`;
  return out;
}
