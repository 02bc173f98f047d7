import { describe, expect, it } from 'vitest';
import { HashingQueue } from '../../../bot/staff/auth/hashingQueue';
import { passwordProblem } from '../../../bot/staff/auth/passwordPolicy';
import { startTestApp } from '../../support/testApp';

describe('attack: parallel password guessing', () => {
  it('50 parallel guesses at one account: at most 5 passwords are checked, the rest are refused', async () => {
    const { url, app } = await startTestApp();
    const guess = (i: number) =>
      fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'supervisor', password: `guess-number-${i}` }),
      }).then((r) => r.status);
    const statuses = await Promise.all(Array.from({ length: 50 }, (_, i) => guess(i)));
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.every((s) => s === 401 || s === 429 || s === 503)).toBe(true);
    // Even the right password now waits out the window.
    const right = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'supervisor', password: 'supervisor-demo-pass' }),
    });
    expect(right.status).toBe(429);
    expect(app.users.get('supervisor')).toBeDefined();
  });
});

describe('password hashing has bounded concurrency', () => {
  it('runs one hash at a time and refuses beyond the queue', async () => {
    const queue = new HashingQueue(1, 2);
    let running = 0;
    let peak = 0;
    const work = () =>
      queue.run(async () => {
        peak = Math.max(peak, ++running);
        await new Promise((r) => setTimeout(r, 10));
        running--;
        return 'ok';
      });
    const results = await Promise.allSettled([work(), work(), work(), work()]);
    expect(peak).toBe(1);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
  });
});

describe('password policy', () => {
  it.each([
    ['short1!', /at least 12/],
    ['password1234', /too common/],
    ['Iloveyou2024!', /too common/],
    ['aaaaaaaaaaaaaa', /too (common|few)/],
  ])('refuses %s', (password, why) => expect(passwordProblem(password)).toMatch(why));

  it('accepts a passphrase', () => expect(passwordProblem('correct horse battery staple')).toBeUndefined());

  it('the user store enforces it', async () => {
    const { app } = await startTestApp();
    await expect(app.users.add('newagent', 'agent', 'qwertyuiop12')).rejects.toThrow(/too common/);
    await expect(app.users.add('newagent', 'agent', 'ten-chars!')).rejects.toThrow(/at least 12/);
  });
});
