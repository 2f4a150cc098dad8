import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compatible, quantitiesIn, type Quantity } from './quantities.js';

function read(text: string): Quantity[] {
  return quantitiesIn(text, 0, text.length);
}

function one(text: string): Quantity {
  const found = read(text);
  assert.equal(found.length, 1, `one quantity in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  return found[0]!;
}

describe('quantities read from news sentences', () => {
  it('reads the noun right after a figure as its unit, past an adjective, and a unit of two words whole', () => {
    assert.equal(one('He was tied to the fence 18 hours earlier.').unit, 'hour');
    assert.equal(one('The storm left three yachts missing.').unit, 'yacht');
    assert.equal(one('The quake left 300 injured people in the valley.').unit, 'people');
    const nautical = one('The boat was 50 nautical miles off the coast.').unit;
    assert.match(nautical, /^nautical /);
    assert.notEqual(nautical, one('The boat was 60 miles off the coast.').unit);
    assert.equal(one('The boat was 60 miles off the coast.').unit, one('The boat was 22 miles from Eden.').unit);
    assert.equal(one('She trails by 10 percentage points.').unit, 'percentage point');
    assert.equal(one('Turnout rose to 62 percent.').unit, '%');
  });

  it('reads no quantity where nothing counted follows, in a range, a fraction, a rank or a conversion in parentheses', () => {
    assert.deepEqual(read('Of the children under 7 had stunted growth.'), []);
    assert.deepEqual(read('Between 5 to 7 percent of members were open to bribes.'), []);
    assert.deepEqual(read('He was freed after more than 3 1/2 years in prison.'), []);
    assert.deepEqual(read('Hoyer kept the No. 2 job.'), []);
    assert.deepEqual(read('It moved west at 8 mph (13 kph).').map((q) => q.unit), ['mph']);
  });

  it('reads an amount of money by its currency, and a price written before a thing as that thing’s', () => {
    assert.equal(one('He spent $750,000 in campaign cash.').unit, '$');
    assert.equal(one('He bought a $43,000 Rolex watch.').unit, '$ watch');
    assert.equal(one('They announced a $48.2 billion agreement to buy Amoco.').unit, '$');
    assert.equal(one('The fine was $1.1 million.').value, 1_100_000);
  });

  it('takes the qualifier before a figure into its span and the values it allows', () => {
    const text = 'Vanity Fair estimated it as costing more than $1 million.';
    const q = one(text);
    assert.equal(text.slice(q.start, q.end), 'more than $1 million');
    assert.equal(q.bound, 'above');
    assert.ok(compatible(q, one('The reading cost $1.1 million.')));
    assert.ok(!compatible(q, one('The reading cost $900,000.')));
  });

  it('lets a round figure with a scale word stand for one near it, but not an exact count or a figure past its last digit', () => {
    assert.ok(compatible(one('The ad costs $1 million.'), one('The ad costs $1.1 million.')));
    assert.ok(!compatible(one('It may divert $3 billion.'), one('It may divert $3.6 billion.')));
    assert.ok(!compatible(one('North Korea has 23 million people.'), one('North Korea has 22 million people.')));
    assert.ok(!compatible(one('The fire killed 60 people.'), one('The fire killed 65 people.')));
    assert.ok(compatible(one('The fire killed at least 60 people.'), one('The fire killed 65 people.')));
    assert.ok(compatible(one('The deficit is about 7 percent of output.'), one('The deficit is an expected eight percent of output.')));
    assert.ok(!compatible(one('The deficit is 7 percent of output.'), one('The deficit is eight percent of output.')));
    assert.ok(compatible(one('The quake killed nearly 300 people.'), one('The quake killed 290 people.')));
    assert.ok(!compatible(one('The quake killed nearly 300 people.'), one('The quake killed 310 people.')));
  });
});
