import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRougeScorer, rouge155Average, rougeN, rougeTokens } from './rouge.js';
import { rougePorterStem } from './rouge-stemmer.js';

const PEERS = fileURLToPath(new URL('../../../shared/data/summarization/duc2004-peers', import.meta.url));
/** The brief's bound: every system's average within this of the official ROUGE-1.5.5 figure. */
const TOLERANCE = 0.005;

describe('ROUGE-1.5.5 tokens', () => {
  it('lower-cases, splits hyphens and punctuation, drops hyphen tokens and keeps stop words', () => {
    assert.deepEqual(rougeTokens("The U.S.-led talks' two-thirds", { stem: false }), ['the', 'u', 's', 'led', 'talks', 'two', 'thirds']);
  });

  it('cuts to the first words of the raw lines, counted before punctuation is split', () => {
    assert.deepEqual(rougeTokens('a b-c d\ne f', { wordLimit: 4, stem: false }), ['a', 'b', 'c', 'd', 'e']);
  });

  it("stems with ROUGE's Porter rules and WordNet's irregular forms, words of four letters or more only", () => {
    assert.deepEqual(rougeTokens('Caresses ponies running hopping relational agreement said children went was'),
      ['caress', 'poni', 'run', 'hop', 'relat', 'agreem', 'say', 'child', 'go', 'was']);
    // ROUGE's 2004 step 4 strips "-ment" and then "-ent" in turn; the original Porter rules stop at "agreement".
    assert.equal(rougePorterStem('agreement'), 'agreem');
    assert.equal(rougePorterStem('generalizations'), 'gener');
    assert.equal(rougePorterStem('yelled'), 'yell');
  });
});

describe('ROUGE-N recall', () => {
  it('clips hits per reference and pools them over references', () => {
    const peer = ['the', 'cat', 'the', 'cat'];
    const r = rougeN(peer, [['the', 'cat', 'sat'], ['a', 'dog']], 1);
    assert.equal(r.hit, 2);
    assert.equal(r.reference, 5);
    assert.equal(r.recall, 0.4);
    assert.equal(rougeN(peer, [['the', 'cat', 'sat']], 2).recall, 0.5);
  });

  it('scores a summary given one sentence per line against several references', () => {
    const s = createRougeScorer()('Hun Sen rejected talks.\nThe king declined.', ['Hun Sen rejected the talks.', 'The King declined to chair talks.']);
    assert.equal(s.rouge1, 9 / 11);
    assert.equal(s.rouge2, 4 / 9);
  });
});

describe('calibration against the official ROUGE-1.5.5 DUC 2004 output', () => {
  const skip = existsSync(PEERS) ? false : `needs ${PEERS} (the shared DUC 2004 peers data set)`;

  it('gives every published system its official ROUGE-1 and ROUGE-2 (per topic exactly, averages within 0.005)', { skip }, () => {
    const official = JSON.parse(readFileSync(`${PEERS}/official.json`, 'utf8')) as { systems: Record<string, { rouge1: number; rouge2: number }> };
    const res = readFileSync(`${PEERS}/rouge.res`, 'utf8');
    const perTopicOfficial = new Map<string, number>();
    for (const m of res.matchAll(/^(\S+) ROUGE-([12]) Eval (\S+?)\.\S+ R:([\d.]+)/gm)) perTopicOfficial.set(`${m[1]} ${m[2]} ${m[3]}`, Number(m[4]));
    const models = readdirSync(`${PEERS}/models-txt`);
    const peers = readdirSync(`${PEERS}/peers-txt`).sort();
    const score = createRougeScorer();
    const bySystem = new Map<string, { r1: number[]; r2: number[] }>();
    let topicMismatches = 0;
    for (const file of peers) {
      const [topic, system] = file.split('.') as [string, string];
      const refs = models.filter((m) => m.startsWith(`${topic}.`)).map((m) => readFileSync(`${PEERS}/models-txt/${m}`, 'utf8'));
      const s = score(readFileSync(`${PEERS}/peers-txt/${file}`, 'utf8'), refs);
      const e = bySystem.get(system) ?? { r1: [], r2: [] };
      e.r1.push(s.rouge1);
      e.r2.push(s.rouge2);
      bySystem.set(system, e);
      if (Number(s.rouge1.toFixed(5)) !== perTopicOfficial.get(`${system} 1 ${topic}`)) topicMismatches++;
      if (Number(s.rouge2.toFixed(5)) !== perTopicOfficial.get(`${system} 2 ${topic}`)) topicMismatches++;
    }
    assert.equal(bySystem.size, 13);
    assert.equal(topicMismatches, 0, 'every per-topic recall equals rouge.res');
    for (const [system, e] of bySystem) {
      const want = official.systems[system]!;
      const r1 = rouge155Average(e.r1);
      const r2 = rouge155Average(e.r2);
      assert.ok(Math.abs(r1 - want.rouge1) <= TOLERANCE, `${system} ROUGE-1 ${r1} vs ${want.rouge1}`);
      assert.ok(Math.abs(r2 - want.rouge2) <= TOLERANCE, `${system} ROUGE-2 ${r2} vs ${want.rouge2}`);
      // The bootstrap average reproduces the printed figure to the digit.
      assert.equal(r1, want.rouge1, system);
      assert.equal(r2, want.rouge2, system);
    }
  });
});
