import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodedText, headlineOf } from './title.js';

describe('headline from a declared title', () => {
  it("cuts the site's name, given as the site name or read from the domain, from either end", () => {
    assert.equal(headlineOf('What is Cloud Computing? | Google Cloud', null, 'Google Cloud', null), 'What is Cloud Computing?');
    assert.equal(headlineOf('Best Cloud Computing Stocks of 2025 | The Motley Fool', null, null, 'https://www.fool.com/investing/x/'), 'Best Cloud Computing Stocks of 2025');
    assert.equal(headlineOf('Whova - Top Event Industry Trends in 2025', null, null, 'https://whova.com/blog/trends/'), 'Top Event Industry Trends in 2025');
    assert.equal(headlineOf('Storm closes port – BBC News', null, 'BBC News', 'https://www.bbc.co.uk/news/1'), 'Storm closes port');
  });

  it('keeps a dash or bar that is part of the headline', () => {
    assert.equal(headlineOf('Fitness Trends 2025 - 9 Things to Watch', null, 'Health Daily', 'https://healthdaily.example/x'), 'Fitness Trends 2025 - 9 Things to Watch');
    assert.equal(headlineOf('Google Cloud', null, 'Google Cloud', null), 'Google Cloud');
  });

  it("takes the page's <h1> when it is the same headline, not a logo or a section", () => {
    assert.equal(headlineOf('Recent Trends in Photography', '8 Recent Trends in Photography', null, null), '8 Recent Trends in Photography');
    assert.equal(headlineOf('Storm closes the port of Dover', 'Weather', null, null), 'Storm closes the port of Dover');
    assert.equal(headlineOf('Storm closes the port of Dover - Wrong Site', 'Storm closes the port of Dover', null, null), 'Storm closes the port of Dover');
  });

  it('decodes entities a CMS escaped twice', () => {
    assert.equal(decodedText('Movers &#038; Packers &#8211; the Traveler&#8217;s  guide'), 'Movers & Packers – the Traveler’s guide');
    assert.equal(headlineOf('Healthy Eating Plate &bull; The Nutrition Source', null, 'The Nutrition Source', null), 'Healthy Eating Plate');
    assert.equal(decodedText('Fish & chips'), 'Fish & chips');
  });
});
