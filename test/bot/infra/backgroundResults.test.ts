import { describe, expect, it } from 'vitest';
import { BackgroundResults } from '../../../bot/infra/backgroundResults';

/** A computation the test finishes by hand, counting how often it was started. */
function controlled<T>() {
  const started: { resolve: (v: T) => void; reject: (e: Error) => void }[] = [];
  const compute = () => new Promise<T>((resolve, reject) => started.push({ resolve, reject }));
  return { started, compute };
}
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('background results', () => {
  it('answers "computing" at once, shares one computation among everyone asking, then keeps the result', async () => {
    const clock = new Date('2026-06-01T10:00:00Z');
    const results = new BackgroundResults<string>(5, () => clock);
    const job = controlled<string>();
    expect(results.read('a', job.compute)).toEqual({ state: 'computing', since: clock });
    expect(results.read('a', job.compute)).toEqual({ state: 'computing', since: clock });
    await settle();
    expect(job.started).toHaveLength(1);
    job.started[0].resolve('report');
    await settle();
    expect(results.read('a', job.compute)).toEqual({ state: 'ready', value: 'report', computedAt: clock });
    expect(job.started).toHaveLength(1);
  });

  it('runs jobs one after another, in the order asked', async () => {
    const results = new BackgroundResults<string>(5, () => new Date());
    const job = controlled<string>();
    results.read('a', job.compute);
    results.read('b', job.compute);
    await settle();
    expect(job.started).toHaveLength(1);
    job.started[0].resolve('first');
    await settle();
    expect(job.started).toHaveLength(2);
    job.started[1].resolve('second');
    await settle();
    expect(results.read('b', job.compute)).toMatchObject({ state: 'ready', value: 'second' });
  });

  it('tells a failure to the next asker only, then starts afresh, and a failure does not stop the jobs behind it', async () => {
    const results = new BackgroundResults<string>(5, () => new Date());
    const job = controlled<string>();
    results.read('a', job.compute);
    results.read('b', job.compute);
    await settle();
    job.started[0].reject(new Error('worker crashed'));
    await settle();
    expect(results.read('a', job.compute)).toMatchObject({ state: 'failed', error: new Error('worker crashed') });
    expect(results.read('a', job.compute)).toMatchObject({ state: 'computing' });
    job.started[1].resolve('b report');
    await settle();
    expect(results.read('b', job.compute)).toMatchObject({ state: 'ready', value: 'b report' });
    expect(job.started).toHaveLength(3);
  });

  it('keeps at most maxEntries keys, the least recently asked going first, and skips the job of a key that went', async () => {
    const results = new BackgroundResults<string>(2, () => new Date());
    const job = controlled<string>();
    results.read('a', job.compute);
    results.read('b', job.compute);
    results.read('c', job.compute); // "a" goes before its job starts
    await settle();
    job.started[0].resolve('b');
    await settle();
    job.started[1].resolve('c');
    await settle();
    expect(job.started).toHaveLength(2);
    expect(results.read('b', job.compute)).toMatchObject({ value: 'b' });
    expect(results.read('a', job.compute)).toMatchObject({ state: 'computing' });
  });
});
