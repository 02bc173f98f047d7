import { createHash } from 'node:crypto';
import path from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile } from '../../infra/storage/durableJsonFile';
import type { AuditTrail } from './auditLog';

export interface Deployed {
  /** e.g. { policy: '2026.1-inr-default#9f2c…', riskModel: 'risk-outcome-synthetic-v1' } */
  [component: string]: string;
}

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/**
 * The offer policy and the risk model are changed by editing files, not
 * through the product, so the change is noticed at start: whatever differs
 * from what the last start loaded is written to the audit log.
 */
export async function auditDeploymentChanges(dataDir: string, audit: AuditTrail, current: Deployed): Promise<void> {
  const db = new Low<Deployed>(new DurableJsonFile(path.join(dataDir, 'deployed.json')), {});
  await db.read();
  const changed = Object.keys(current).filter((component) => db.data[component] !== current[component]);
  for (const component of changed) {
    await audit.append({
      actor: 'system',
      action: `${component === 'policy' ? 'policy' : 'model'}.change`,
      targets: [component],
      detail: { from: db.data[component] ?? null, to: current[component] },
    });
  }
  if (changed.length === 0) return;
  db.data = { ...db.data, ...current };
  await db.write();
}
