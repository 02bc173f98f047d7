import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transcriptKey } from '../../../../bot/casework/transcripts/transcriptStore';
import { startTestApp } from '../../../support/testApp';
import { borrowerReachingArrangement, CARD_NUMBER, DATE_OF_BIRTH } from '../../staff/supervisor/scriptedBorrowers';
import { signIn } from '../../staff/supervisor/staffSession';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('redaction before storage', () => {
  it('leaves no raw card number or date of birth anywhere under DATA_DIR after a real conversation', async () => {
    const { url, app, config } = await startTestApp();
    const story = `my card ${CARD_NUMBER} keeps getting declined, my date of birth is ${DATE_OF_BIRTH} if you need it; work has dried up and my income dropped a lot`;
    const client = await borrowerReachingArrangement(url, story);
    const key = transcriptKey('directline', client.conversationId);

    // The conversation really was recorded, with the PII masked in place.
    const doc = await app.transcripts.get(key);
    expect(doc?.summary.outcome).toBe('arrangement');
    const stored = JSON.stringify(doc);
    expect(stored).toContain('[REDACTED:card]');
    expect(stored).toContain('[REDACTED:dob]');

    // A supervisor reading it (view, search, export, review notes quoting it) adds no raw copy either.
    const sup = await signIn(url, 'supervisor', 'supervisor-demo-pass');
    expect((await sup.get(`/api/supervisor/conversations/${encodeURIComponent(key)}`)).status).toBe(200);
    await sup.get(`/api/supervisor/conversations?q=${encodeURIComponent(CARD_NUMBER)}`);
    await sup.get('/api/supervisor/export?format=json');
    expect(
      (
        await sup.send('PUT', `/api/supervisor/conversations/${encodeURIComponent(key)}/review`, {
          score: 3,
          notes: `borrower typed ${CARD_NUMBER} and ${DATE_OF_BIRTH}`,
        })
      ).status,
    ).toBe(200);

    await app.close();
    const raw = [CARD_NUMBER, CARD_NUMBER.replace(/ /g, ''), DATE_OF_BIRTH];
    const files = filesUnder(config.dataDir);
    expect(files.some((f) => f.includes(`${path.sep}transcripts${path.sep}`))).toBe(true);
    expect(files.some((f) => f.includes(`${path.sep}reviews${path.sep}`))).toBe(true);
    for (const file of files) {
      const content = readFileSync(file, 'utf8');
      for (const needle of raw) expect(content.includes(needle), `${needle} found in ${path.relative(config.dataDir, file)}`).toBe(false);
    }
  });
});
