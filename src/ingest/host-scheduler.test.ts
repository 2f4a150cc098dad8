import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHostScheduler } from './host-scheduler.js';

describe('host scheduler', () => {
  it('starts two tasks for one host at least the delay apart, and tasks for other hosts at once', async () => {
    const schedule = createHostScheduler({ minDelayMs: 300, concurrency: 4 });
    const started: [string, number][] = [];
    const task = (name: string) => async () => {
      started.push([name, Date.now()]);
      return name;
    };
    const t0 = Date.now();
    const done = await Promise.all([schedule('a.example', task('a1')), schedule('a.example', task('a2')), schedule('b.example', task('b1'))]);
    assert.deepEqual(done, ['a1', 'a2', 'b1']);
    const at = new Map(started);
    // A timer never fires before its delay; a millisecond is left for the clock's rounding.
    assert.ok(at.get('a2')! - at.get('a1')! >= 299, `a2 started ${at.get('a2')! - at.get('a1')!} ms after a1`);
    assert.ok(at.get('b1')! - t0 < 150, `b1 waited ${at.get('b1')! - t0} ms for another host`);
  });
});
