import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../../bot/infra/storage/documentStore';
import { SessionStore, type StoredSession } from '../../../../bot/staff/auth/sessions';

const HOUR = 3600_000;
const user = { name: 'asha', role: 'agent' as const, displayName: 'Asha' };

function stores(now: () => number) {
  const documents = new DocumentStore<StoredSession>(mkdtempSync(path.join(tmpdir(), 'sessions-')));
  return { documents, one: new SessionStore(documents, 8 * HOUR, now), other: new SessionStore(documents, 8 * HOUR, now) };
}

describe('staff sessions in the shared store', () => {
  it('a session made by one instance is found by another, and destroyed for both', async () => {
    let t = 1_000_000;
    const { one, other } = stores(() => t);
    const session = await one.create(user);
    t += 5_000;
    expect(await other.get(session.id)).toMatchObject({ user: 'asha', role: 'agent', csrfToken: session.csrfToken });
    await other.destroy(session.id);
    expect(await one.get(session.id)).toBeUndefined();
  });

  it('expires after the idle limit, judged by the last use on any instance', async () => {
    let t = 1_000_000;
    const { one, other } = stores(() => t);
    const session = await one.create(user);
    // Used on `one` every 2 hours: `other` must not think it idle.
    for (let i = 0; i < 6; i++) {
      t += 2 * HOUR;
      expect(await one.get(session.id)).toBeDefined();
    }
    t += 2 * HOUR;
    expect(await other.get(session.id)).toBeDefined();
    t += 8 * HOUR + 1;
    expect(await one.get(session.id)).toBeUndefined();
    expect(await other.get(session.id)).toBeUndefined();
  });

  it('stores the id only as a digest, and refuses missing, unknown and oversize ids', async () => {
    const { documents, one } = stores(() => 1_000_000);
    const session = await one.create(user);
    for await (const doc of documents.all()) {
      expect(doc.key).not.toContain(session.id);
      expect(JSON.stringify(doc.value)).not.toContain(session.id);
    }
    expect(await one.get(undefined)).toBeUndefined();
    expect(await one.get('not-a-session')).toBeUndefined();
    expect(await one.get('x'.repeat(10_000))).toBeUndefined();
  });
});
