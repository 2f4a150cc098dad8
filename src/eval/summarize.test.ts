import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ducArticle, ducId, evalSummarize } from './summarize.js';

describe('the summarisation eval', () => {
  it('maps dataset folders to the official DUC 2004 topic ids', () => {
    assert.equal(ducId('1'), 'd30001');
    assert.equal(ducId('59'), 'd30059');
    assert.equal(ducId('1008'), 'd31008');
    assert.equal(ducId('custom'), 'custom');
  });

  it('reads hard-wrapped newswire as running text with curly quotes', () => {
    const a = ducArticle('1', 'D1.txt', "\nHun Sen said \n``no talks abroad,'' \nhe said.\n");
    assert.equal(a.text, 'Hun Sen said “no talks abroad,” he said.');
    assert.equal(a.id, '1/D1');
  });

  it('scores summaries of each topic against its references and reports speed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'duc-'));
    try {
      const docs = [
        'The French government announced a new tax on aviation fuel on Monday to fund rail investment.\nUnions warned the tax would cost airport jobs.',
        'France announced a new tax on aviation fuel on Monday to fund rail investment across the country.',
        'A new tax on aviation fuel will fund rail investment, the French government announced on Monday.',
      ];
      await mkdir(join(dir, '7', 'docs'), { recursive: true });
      await mkdir(join(dir, '7', 'refs'), { recursive: true });
      for (const [i, d] of docs.entries()) await writeFile(join(dir, '7', 'docs', `D${i + 1}.txt`), d);
      await writeFile(join(dir, '7', 'refs', '1.txt'), 'France announced a tax on aviation fuel to fund rail investment.\n');
      const r = await evalSummarize(dir, { words: 100 });
      assert.equal(r.n, 1);
      assert.ok(r.rouge1 > 0.8 && r.rouge1 <= 1, `rouge1 ${r.rouge1}`);
      assert.ok(r.rouge2 > 0.5 && r.rouge2 <= 1, `rouge2 ${r.rouge2}`);
      assert.ok(r.seconds > 0 && r.articlesPerSecond > 0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
