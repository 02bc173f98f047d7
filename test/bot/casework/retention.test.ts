import { utimesSync } from 'node:fs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AuditLog } from '../../../bot/casework/audit/auditLog';
import { createLogger } from '../../../bot/infra/logger';
import { purgeExpiredTranscripts, scheduleRetention } from '../../../bot/casework/retention';
import { DocumentStore } from '../../../bot/infra/storage/documentStore';
import type { TranscriptDocument } from '../../../bot/casework/transcripts/transcriptRecord';
import { TranscriptStore } from '../../../bot/casework/transcripts/transcriptStore';
import { startTestApp } from '../../support/testApp';
import { tempDir } from '../../support/tempDir';
import { seed } from '../staff/supervisor/transcriptFixtures';

const log = createLogger('silent');
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

async function storeIn(dataDir: string) {
  const documents = new DocumentStore<TranscriptDocument>(path.join(dataDir, 'transcripts'));
  return { documents, transcripts: await TranscriptStore.open(documents) };
}

describe('purgeExpiredTranscripts', () => {
  it('deletes transcripts idle longer than the retention period, keeps the rest, and audits the purge as system', async () => {
    const dir = tempDir();
    const { documents, transcripts } = await storeIn(dir);
    await seed(transcripts, [
      { conversationId: 'old', startedAt: daysAgo(40), story: 'ancient history' },
      { conversationId: 'recent', startedAt: daysAgo(5), story: 'fresh words' },
    ]);
    const audit = new AuditLog(path.join(dir, 'audit'));
    const purged = await purgeExpiredTranscripts({ days: 30, transcripts, audit, log });
    expect(purged).toEqual(['directline:old']);
    expect(transcripts.summary('directline:old')).toBeUndefined();
    expect(transcripts.matching('ancient').size).toBe(0);
    expect(existsSync(documents.fileFor('directline:old'))).toBe(false);
    expect(await transcripts.get('directline:recent')).toBeDefined();
    const [entry] = await audit.read({ action: 'retention.purge' });
    expect(entry).toMatchObject({ actor: 'system', targets: ['directline:old'], detail: { retentionDays: 30, purged: 1 } });
    // Nothing expired: still audited, so the trail shows retention ran.
    expect(await purgeExpiredTranscripts({ days: 30, transcripts, audit, log })).toEqual([]);
    expect(await audit.read({ action: 'retention.purge' })).toHaveLength(2);
  });

  it('refuses a retention period that is not a positive whole number', async () => {
    const { transcripts } = await storeIn(tempDir());
    await expect(purgeExpiredTranscripts({ days: 0, transcripts, audit: new AuditLog(tempDir()), log })).rejects.toThrow(/at least 1/);
  });

  it('scheduleRetention runs at once and again each interval until stopped', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const dir = tempDir();
      const { transcripts } = await storeIn(dir);
      const audit = new AuditLog(path.join(dir, 'audit'));
      const schedule = scheduleRetention({ days: 30, transcripts, audit, log, intervalMs: 86_400_000 });
      await schedule.firstRun;
      await vi.advanceTimersByTimeAsync(2 * 86_400_000);
      await schedule.stop();
      expect(await audit.read({ action: 'retention.purge' })).toHaveLength(3);
      await vi.advanceTimersByTimeAsync(5 * 86_400_000);
      expect(await audit.read({ action: 'retention.purge' })).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('retention at app start', () => {
  it('purges old transcripts from DATA_DIR and keeps arrangements and the audit log', async () => {
    const dataDir = tempDir();
    const { transcripts } = await storeIn(dataDir);
    await seed(transcripts, [
      { conversationId: 'expired', startedAt: daysAgo(400), reasons: ['illness'], plan: { type: 'deferral', reference: 'FB-OLD234' } },
      { conversationId: 'current', startedAt: daysAgo(2) },
    ]);
    await new DocumentStore<Record<string, unknown>>(path.join(dataDir, 'arrangements')).put('FB-OLD234', {
      reference: 'FB-OLD234',
      loanId: 'LN_90001',
      createdAt: daysAgo(400),
    });
    await new AuditLog(path.join(dataDir, 'audit')).append({
      actor: 'supervisor',
      role: 'supervisor',
      action: 'conversation.view',
      targets: ['directline:expired'],
    });

    // Conversation state and saved progress go with the transcripts; a STOP is kept for good.
    const old = new Date(daysAgo(400));
    const stores = {
      state: new DocumentStore<Record<string, unknown>>(path.join(dataDir, 'state')),
      progress: new DocumentStore<Record<string, unknown>>(path.join(dataDir, 'progress')),
      contacts: new DocumentStore<Record<string, unknown>>(path.join(dataDir, 'contacts')),
    };
    await stores.state.put('directline/conversations/expired/', { intake: { stage: 'budget' } });
    await stores.state.put('directline/conversations/current/', { intake: { stage: 'story' } });
    await stores.progress.put('LN_90001', { stage: 'budget' });
    await stores.contacts.put('directline:user-1', { optedOut: true, history: [] });
    for (const [store, key] of [
      [stores.state, 'directline/conversations/expired/'],
      [stores.progress, 'LN_90001'],
      [stores.contacts, 'directline:user-1'],
    ] as const)
      utimesSync(store.fileFor(key), old, old);

    const { app } = await startTestApp({ RETENTION_DAYS: '365' }, dataDir);
    // The files are read from outside the app: close it first, which compacts its journal into them.
    await app.close();
    expect(await stores.state.get('directline/conversations/expired/')).toBeUndefined();
    expect(await stores.state.get('directline/conversations/current/')).toBeDefined();
    expect(await stores.progress.get('LN_90001')).toBeUndefined();
    expect((await stores.contacts.get('directline:user-1'))?.value).toMatchObject({ optedOut: true });
    expect(app.transcripts.summary('directline:expired')).toBeUndefined();
    expect(await app.transcripts.get('directline:expired')).toBeUndefined();
    expect(app.transcripts.summary('directline:current')).toBeDefined();
    expect(await app.arrangements.load('FB-OLD234')).toMatchObject({ loanId: 'LN_90001' });
    expect(await app.audit.read({ action: 'conversation.view', target: 'directline:expired' })).toHaveLength(1);
    expect((await app.audit.read({ action: 'retention.purge' }))[0]).toMatchObject({ actor: 'system', targets: ['directline:expired'] });
  });

  // Reported: retention's comment promised identity-check counters and the WhatsApp records, but neither was purged.
  it("also purges identity-check counters and the WhatsApp channel's phone numbers, held messages and delivery records", async () => {
    const dataDir = tempDir();
    const old = new Date(daysAgo(400));
    const put = async (folder: string, key: string, value: Record<string, unknown>, aged: boolean) => {
      const store = new DocumentStore<Record<string, unknown>>(path.join(dataDir, folder));
      await store.put(key, value);
      if (aged) utimesSync(store.fileFor(key), old, old);
      return () => store.get(key);
    };
    const expiredLock = await put('identity-locks', 'loan:LN_7', { failures: 2, lockedUntil: null }, true);
    const freshLock = await put('identity-locks', 'loan:LN_8', { failures: 1, lockedUntil: null }, false);
    const expiredPhone = await put(
      'whatsapp/users',
      '919876543210',
      { lastInboundAt: daysAgo(400), pending: [{ type: 'text', text: { body: 'held' } }] },
      true,
    );
    const expiredSend = await put('whatsapp/outbound', 'wamid.OLD', { to: '919876543210', statuses: [] }, true);
    const freshPhone = await put('whatsapp/users', '919800000001', { lastInboundAt: daysAgo(1), pending: [] }, false);

    const whatsapp = { WHATSAPP_TOKEN: 't', WHATSAPP_PHONE_NUMBER_ID: '1', WHATSAPP_APP_SECRET: 's', WHATSAPP_VERIFY_TOKEN: 'v' };
    const { app } = await startTestApp({ RETENTION_DAYS: '365', ...whatsapp }, dataDir);
    await app.close();
    expect(await expiredLock()).toBeUndefined();
    expect(await freshLock()).toBeDefined();
    expect(await expiredPhone()).toBeUndefined();
    expect(await expiredSend()).toBeUndefined();
    expect(await freshPhone()).toBeDefined();
    const [purge] = await app.audit.read({ action: 'retention.purge' });
    expect(purge.detail).toMatchObject({ alsoPurged: { identityChecks: 1, whatsapp: 2 } });
  });
});
