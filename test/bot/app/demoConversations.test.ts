import { describe, expect, it } from 'vitest';
import type { ModelMonitoring } from '../../../models/monitoring/modelMonitoring';
import { redact } from '../../../nlp';
import { StaffClient } from '../../support/staffClient';
import { startTestApp } from '../../support/testApp';

interface Group {
  key: string;
  arrangements: number;
}

/** A fresh `npm start` with demo data (or a restart on `dataDir`): what the dashboard's monitoring and promise KPIs read. */
async function dashboard(env: Record<string, string>, dataDir?: string) {
  const { url, app, config } = await startTestApp(env, dataDir);
  const supervisor = await StaffClient.signIn(url, 'supervisor');
  const monitoring = (await supervisor.get('/api/supervisor/monitoring')).json as unknown as ModelMonitoring;
  const promises = (await supervisor.get('/api/supervisor/promises')).json as unknown as { arrangements: number; byBand: Group[]; byReason: Group[] };
  const summaries = app.transcripts.allSummaries();
  const transcripts = await Promise.all(summaries.map((s) => app.transcripts.get(s.key)));
  const loans = app.loanBook.all();
  await app.close();
  return { monitoring, promises, summaries, transcripts, loans, dataDir: config.dataDir };
}

describe('demo conversations behind the demo data', () => {
  it('a fresh start shows monitoring and KPIs by band and reason from scored intakes, and a restart seeds nothing again', async () => {
    const first = await dashboard({ DEMO_ARRANGEMENTS: '20' });
    // 20 arrangements, each behind its conversation, and 20 more intakes of the last six weeks that ended at the offers.
    expect(first.monitoring.intakes).toBe(40);
    expect(first.monitoring.unavailable).toBeUndefined();
    expect(first.monitoring.score?.psi).toEqual(expect.any(Number));
    expect(first.monitoring.features.length).toBeGreaterThan(0);
    expect(first.promises.arrangements).toBe(20);
    expect(first.promises.byBand.map((g) => g.key)).not.toContain('not scored');
    expect(first.promises.byReason.map((g) => g.key)).not.toContain('unknown');
    expect(first.promises.byReason.length).toBeGreaterThan(1);
    expect(first.summaries.filter((s) => s.arrangementReference)).toHaveLength(20);
    expect(first.summaries.every((s) => s.band && s.reasons.length > 0 && !s.crisis)).toBe(true);

    const restarted = await dashboard({ DEMO_ARRANGEMENTS: '20' }, first.dataDir);
    expect(restarted.monitoring.intakes).toBe(40);
    expect(restarted.promises.arrangements).toBe(20);
    expect(restarted.summaries).toHaveLength(40);
  });

  it('the transcripts hold no personal data: only the borrower story (nothing to redact) and the bot decisions', async () => {
    const { transcripts, loans } = await dashboard({ DEMO_ARRANGEMENTS: '5' });
    const said = transcripts.flatMap((t) => t!.entries.filter((e) => e.kind === 'message'));
    expect(said.every((e) => e.speaker === 'borrower' && redact(e.text!) === e.text)).toBe(true);
    const stored = JSON.stringify(transcripts);
    for (const loan of loans) {
      if (loan.Phone) expect(stored).not.toContain(loan.Phone);
      if (loan.Date_Of_Birth) expect(stored).not.toContain(loan.Date_Of_Birth);
    }
  });

  it('with demo data off nothing is seeded', async () => {
    const off = await dashboard({ DEMO_ARRANGEMENTS: '0' });
    expect(off.monitoring.unavailable).toBe('no scored intake in the range');
    expect(off.summaries).toEqual([]);
  });
});
