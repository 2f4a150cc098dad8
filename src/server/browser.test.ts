import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { pngStats } from './png-stats.js';
import { startServer, type RunningServer } from './serve.js';
import { SEED_STORY_DIR, testStore, type TestStore } from './test-kit.js';

const CHROMIUM = '/usr/bin/chromium';
/** Flags for a browser that touches nothing beyond the test server. */
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), as .ci/run does`;

describe('the web UI in a browser', { skip }, () => {
  let ts: TestStore;
  let server: RunningServer;
  let context: BrowserContext;
  let profile: string;
  const problems: string[] = [];

  before(async () => {
    const { chromium } = await import('playwright-core');
    ts = await testStore();
    server = await startServer({ store: ts.store, host: '127.0.0.1', port: 0, ingest: { ingest: { network: false } }, log: () => {} });
    profile = mkdtempSync(path.join(tmpdir(), 'crosscheck-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1280, height: 900 } });
    context.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
  });
  after(async () => {
    await context?.close();
    await server?.close();
    await ts?.cleanup();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('a user adds the seed story, sees both conflicts, follows a citation to the highlighted span, and the page renders', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/add`);
    const files = readdirSync(SEED_STORY_DIR).filter((f) => f.endsWith('.txt')).map((f) => path.join(SEED_STORY_DIR, f));
    await page.setInputFiles('input[name="files"]', files);
    await Promise.all([page.waitForURL(`${server.url}/add`), page.click('button[type="submit"]')]);
    assert.match(await page.textContent('#result') ?? '', /Stored 3 articles/);

    await Promise.all([page.waitForLoadState(), page.click('#result a[href^="/stories/"]')]);
    assert.equal(await page.locator('.badge.conflict', { hasText: 'attribution conflict' }).count(), 2);
    const conflictQuotes = await page.locator('.quote', { has: page.locator('.badge.conflict') }).allTextContents();
    assert.ok(conflictQuotes.every((q) => q.includes('Pang Zhongying') && q.includes('Li Xing')), 'each conflict shows both outlets\' speakers');

    const citation = page.locator('#summary ~ ol a.cite').first();
    const href = await citation.getAttribute('href');
    assert.ok(href);
    await Promise.all([page.waitForURL(/\/articles\//), citation.click()]);
    const fragment = new URL(page.url()).hash.slice(1);
    assert.match(fragment, /^span-\d+-\d+$/);
    const mark = page.locator(`mark#${fragment}`);
    assert.equal(await mark.count(), 1);
    assert.ok(await mark.evaluate((el) => el.matches(':target')), 'the highlighted span is the fragment target');
    const box = await mark.boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box && viewport && box.y >= 0 && box.y < viewport.height, 'the highlighted span is scrolled into view');

    const png = await page.screenshot({ fullPage: false });
    const shot = path.join(ts.dir, 'article.png');
    writeFileSync(shot, png);
    const stats = pngStats(png);
    assert.equal(stats.width, 1280);
    assert.ok(stats.variance > 100, `the screenshot is not blank (grey variance ${stats.variance.toFixed(1)})`);
    assert.ok(stats.colours > 20, `the screenshot has text and highlight colours (${stats.colours})`);
    assert.deepEqual(problems.filter((p) => /Content Security Policy|Refused/i.test(p)), [], 'no CSP violations');
  });
});
