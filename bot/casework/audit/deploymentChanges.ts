import { createHash } from 'node:crypto';
import { Low, type Adapter } from 'lowdb';
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
 * from what the last start loaded is written to the audit log. `record` is
 * where the last start's versions are kept: `deployed.json` under DATA_DIR,
 * or a row of the database every instance shares.
 */
export async function auditDeploymentChanges(record: Adapter<Deployed>, audit: AuditTrail, current: Deployed): Promise<void> {
  const db = new Low<Deployed>(record, {});
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
