import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyLine, isHeadlineLike, outletFromChrome } from './patterns.js';
import { isProseLine, notAnArticleReason } from './prose.js';

const reasonOf = (line: string): string | null => classifyLine(line)?.reason ?? null;

describe('line rules', () => {
  it('treats skip links, empty template slots, share widgets and copyright lines as site chrome', () => {
    for (const line of ['Please view the main text area of the page by skipping the main menu.', 'Skip to main content', 'in ,', 'Posted in |', 'Share this article', 'Advertisement', '© 2018 The Mainichi', 'Also in The Mainichi', 'More from Reuters', 'The Mainichi on social media', 'Follow us on Twitter']) {
      assert.equal(reasonOf(line), 'site-chrome', line);
    }
  });

  it('does not take prose that starts like chrome for chrome', () => {
    for (const line of ['in the end, nothing changed', 'Copyright law in the EU is changing.', 'Share prices fell sharply in Tokyo on Monday.', 'Also in the room were two ministers.']) {
      assert.equal(reasonOf(line), null, line);
    }
  });

  it('recognises opinion and advice disclaimers', () => {
    assert.equal(reasonOf('The statements, views and opinions expressed in this column are solely those of the author.'), 'disclaimer');
    assert.equal(reasonOf('The views expressed here are the writer’s own.'), 'disclaimer');
    assert.equal(reasonOf('Disclaimer: this is not advice.'), 'disclaimer');
    assert.equal(reasonOf('The views of the ministers differed on the point.'), null);
  });

  it('recognises comment widgets, with "What do you think?" only as a weak match', () => {
    for (const line of ['Notify of', 'Inline Feedbacks', 'View all comments', '12 Comments', 'Leave a Reply']) {
      assert.deepEqual(classifyLine(line), { reason: 'comment-widget', weak: false }, line);
    }
    assert.deepEqual(classifyLine('What do you think?'), { reason: 'comment-widget', weak: true });
  });

  it('recognises captions by their photo credit and keeps parenthetical asides', () => {
    for (const line of [
      'Aloysio Nunes meets Wang Qishan in Beijing, May 14, 2018. (Thomas Peter/Pool Photo via AP)',
      'Protesters gather outside parliament. (AP Photo/Evan Vucci)',
      'Rescue workers search the rubble. (Reuters)',
      'Photo: Reuters',
      'Image by John Doe',
    ]) {
      assert.equal(reasonOf(line), 'caption', line);
    }
    assert.equal(reasonOf('The ministry said it would respond soon (see below).'), null);
    assert.equal(reasonOf('He spoke to the Associated Press (AP) on Monday about the photo.'), null);
  });

  it('recognises bylines and reporting credits but not sentences that start with By', () => {
    for (const line of ['By Jane Doe', 'By JANE DOE, Staff Writer', 'By Jane Doe and John Roe', '(Japanese original by Keisuke Kawazu, Beijing Bureau, and Hitoshi Omae, Moscow Bureau)', 'Reporting by Jane Doe; Editing by John Smith']) {
      assert.equal(reasonOf(line), 'byline', line);
    }
    for (const line of ['By the end of the week, talks had stalled.', 'By Monday the river had fallen', 'By contrast the ministry stayed silent']) {
      assert.equal(reasonOf(line), null, line);
    }
  });

  it('reads a headline as short, capitalised and without a final stop', () => {
    assert.equal(isHeadlineLike('China turns to Russia', 25), true);
    assert.equal(isHeadlineLike('China turns to Russia.', 25), false);
    assert.equal(isHeadlineLike('the lower-case start of something', 25), false);
    assert.equal(isHeadlineLike('one two three four five six', 5), false);
  });

  it('names the outlet from chrome lines', () => {
    assert.equal(outletFromChrome('Also in The Mainichi'), 'The Mainichi');
    assert.equal(outletFromChrome('The Mainichi on social media'), 'The Mainichi');
    assert.equal(outletFromChrome('More from Reuters'), 'Reuters');
    assert.equal(outletFromChrome('© 2018 Asia Times Holdings. All rights reserved.'), 'Asia Times Holdings');
    assert.equal(outletFromChrome('Follow us on Twitter'), null);
  });
});

describe('prose detection', () => {
  it('tells prose lines from table rows, code and word lists', () => {
    assert.equal(isProseLine('The minister said on Monday that talks would resume.'), true);
    assert.equal(isProseLine('2018-05-24, 12.5, 7, 19, 0.3, 11, 4'), false);
    assert.equal(isProseLine('const total = items.reduce((a, b) => a + b, 0);'), false);
    assert.equal(isProseLine('apple'), false);
  });

  it('reads quoted and hyphenated words as words, and symbols inside a token as not', () => {
    // Six tokens, two of them not words (4/6 < 0.7), whether the quotes are straight or curly.
    assert.equal(isProseLine('“We’re well-placed,” she said. x=1 a_b'), false);
    assert.equal(isProseLine('"We\'re well-placed," she said. x=1 a_b'), false);
    assert.equal(isProseLine('“We’re well-placed,” she said, ‘again’ (today).'), true);
    assert.equal(isProseLine('Élodie’s  café\u00a0reopened  on  Monday,  “finally”.'), true);
    assert.equal(isProseLine('   '), false);
  });

  it('rejects a text with little prose or mostly data', () => {
    assert.match(notAnArticleReason('Only a short note here.') ?? '', /words of prose/);
    const prose = 'The minister said on Monday that talks with the union would resume next week in the capital. ';
    const rows = Array.from({ length: 200 }, (_, i) => `${i},${i * 2},${i * 3},x${i}`).join('\n');
    assert.match(notAnArticleReason(`${prose.repeat(4)}\n${rows}`) ?? '', /reads as data/);
    assert.equal(notAnArticleReason(prose.repeat(4)), null);
  });
});
