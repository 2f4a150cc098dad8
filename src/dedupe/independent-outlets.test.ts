import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DuplicateGroup } from './deduper.js';
import { independentOutlets } from './independent-outlets.js';

const OUTLETS: Record<string, string | null> = {
  'ap-nyt': 'NYT', 'ap-fox': 'Fox', 'ap-hp': 'HuffPost', 'nyt-own': 'NYT', 'fox-v1': 'Fox', 'fox-v2': 'FOX', blog: null,
};
const outletOf = (id: string) => OUTLETS[id];
const GROUPS: DuplicateGroup[] = [
  { kind: 'syndicated', articles: ['ap-nyt', 'ap-fox', 'ap-hp'], outlets: ['NYT', 'Fox', 'HuffPost'] },
  { kind: 'near', articles: ['fox-v1', 'fox-v2'], outlets: ['Fox'] },
];

describe('independentOutlets', () => {
  it('counts one wire story printed by three outlets as one source', () => {
    assert.equal(independentOutlets(['ap-nyt', 'ap-fox', 'ap-hp'], GROUPS, outletOf), 1);
  });

  it("counts an outlet's own report beside a wire copy it printed as two sources", () => {
    assert.equal(independentOutlets(['ap-nyt', 'nyt-own'], GROUPS, outletOf), 2);
  });

  it('counts two versions of one outlet article as that outlet, case-blind', () => {
    assert.equal(independentOutlets(['fox-v1', 'fox-v2'], GROUPS, outletOf), 1);
    assert.equal(independentOutlets(['fox-v1', 'ap-fox'], GROUPS, outletOf), 2);
  });

  it('counts each article without outlet or group once', () => {
    assert.equal(independentOutlets(['blog', 'nyt-own', 'ap-hp'], GROUPS, outletOf), 3);
    assert.equal(independentOutlets([], GROUPS, outletOf), 0);
  });
});
