import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../bot/casework/audit/auditLog';
import { auditDeploymentChanges, type Deployed } from '../../../../bot/casework/audit/deploymentChanges';
import { DurableJsonFile } from '../../../../bot/infra/storage/durableJsonFile';
import { tempDir } from '../../../support/tempDir';

describe('audit log', () => {
  it('keeps entries in order across instances, newest first when read, and skips a torn last line', async () => {
    const dir = tempDir();
    const log = new AuditLog(dir, () => new Date('2026-11-23T10:00:00Z'));
    await log.append({ actor: 'sam', action: 'conversation.view', targets: ['directline:1'] });
    await log.append({ actor: 'sam', action: 'conversation.export', targets: ['directline:1', 'directline:2'] });
    writeFileSync(path.join(dir, 'audit-2026-11-23.jsonl'), '{"at":"2026-11-23T10:00:01Z","act', { flag: 'a' });
    const entries = await new AuditLog(dir).read();
    expect(entries.map((e) => e.action)).toEqual(['conversation.export', 'conversation.view']);
    expect(await new AuditLog(dir).read({ target: 'directline:2' })).toHaveLength(1);
  });

  it('records a policy or model change once, at the first start that loads it', async () => {
    const dir = tempDir();
    const audit = new AuditLog(path.join(dir, 'audit'));
    const deployed = new DurableJsonFile<Deployed>(path.join(dir, 'deployed.json'));
    await auditDeploymentChanges(deployed, audit, { policy: 'v1#aaa', riskModel: 'm1' });
    await auditDeploymentChanges(deployed, audit, { policy: 'v1#aaa', riskModel: 'm1' });
    await auditDeploymentChanges(deployed, audit, { policy: 'v1#bbb', riskModel: 'm1' });
    const changes = (await audit.read()).reverse();
    expect(changes.map((e) => [e.action, e.detail?.to])).toEqual([
      ['policy.change', 'v1#aaa'],
      ['model.change', 'm1'],
      ['policy.change', 'v1#bbb'],
    ]);
    expect(changes[2].detail?.from).toBe('v1#aaa');
  });
});
