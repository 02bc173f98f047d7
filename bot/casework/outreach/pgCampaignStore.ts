import type { Pool, PoolClient } from 'pg';
import type { Campaign } from '../../../models/outreach/campaign';
import type { AccountFlags, CampaignSend, CampaignStore, SuppressionRecord } from '../../../models/ports/campaigns';
import { transaction } from '../../infra/postgres/transaction';

type Queryable = Pool | PoolClient;

const UPSERT_SEND = `INSERT INTO outreach_sends (key, campaign_id, state, send_at, lease_until, message_id, value)
  VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`;

const columns = (r: CampaignSend) => [r.key, r.campaignId, r.state, r.sendAt ?? null, r.leaseUntil ?? null, r.messageId ?? null, JSON.stringify(r)];

/**
 * The campaign store on PostgreSQL, shared by every instance. A send's key is
 * its primary key (`ON CONFLICT DO NOTHING`: planned twice, inserted once);
 * due rows are claimed with `FOR UPDATE SKIP LOCKED` and moved to `sending`
 * in the same statement, so two instances sweeping together never take the
 * same row, and a row left `sending` by a dead instance is found by its lease.
 */
export class PgCampaignStore implements CampaignStore {
  constructor(private readonly pool: Pool) {}

  async saveCampaign(campaign: Campaign): Promise<void> {
    await this.pool.query(
      `INSERT INTO outreach_campaigns (id, created_at, value) VALUES ($1, $2, $3::jsonb) ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value`,
      [campaign.id, campaign.createdAt, JSON.stringify(campaign)],
    );
  }

  async campaign(id: string): Promise<Campaign | undefined> {
    const { rows } = await this.pool.query<{ value: Campaign }>('SELECT value FROM outreach_campaigns WHERE id = $1', [id]);
    return rows[0]?.value;
  }

  async campaigns(): Promise<Campaign[]> {
    const { rows } = await this.pool.query<{ value: Campaign }>('SELECT value FROM outreach_campaigns ORDER BY created_at DESC');
    return rows.map((r) => r.value);
  }

  async insertSends(rows: CampaignSend[]): Promise<number> {
    let inserted = 0;
    for (const row of rows) inserted += (await this.pool.query(`${UPSERT_SEND} ON CONFLICT (key) DO NOTHING`, columns(row))).rowCount ?? 0;
    return inserted;
  }

  private async moveState(sql: string, params: unknown[]): Promise<CampaignSend[]> {
    const { rows } = await this.pool.query<{ value: CampaignSend }>(sql, params);
    return rows.map((r) => r.value);
  }

  claimDue(now: Date, leaseMs: number, limit: number): Promise<CampaignSend[]> {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    return this.moveState(
      `UPDATE outreach_sends s SET state = 'sending', lease_until = $2,
         value = s.value || jsonb_build_object('state', 'sending', 'leaseUntil', $3::text, 'updatedAt', $4::text)
       FROM (
         SELECT key FROM outreach_sends WHERE state = 'queued' AND send_at <= $1
         ORDER BY send_at LIMIT ${Math.max(1, Math.floor(limit))} FOR UPDATE SKIP LOCKED
       ) due
       WHERE s.key = due.key
       RETURNING s.value`,
      [now, leaseUntil, leaseUntil.toISOString(), now.toISOString()],
    );
  }

  expireSending(now: Date): Promise<CampaignSend[]> {
    return this.moveState(
      `UPDATE outreach_sends SET state = 'uncertain', value = value || jsonb_build_object('state', 'uncertain', 'updatedAt', $2::text)
       WHERE state = 'sending' AND lease_until <= $1 RETURNING value`,
      [now, now.toISOString()],
    );
  }

  updateSend(key: string, change: (row: CampaignSend) => CampaignSend | undefined): Promise<CampaignSend | undefined> {
    return transaction(this.pool, async (client) => {
      const { rows } = await client.query<{ value: CampaignSend }>('SELECT value FROM outreach_sends WHERE key = $1 FOR UPDATE', [key]);
      const next = rows[0] && change(rows[0].value);
      if (next) await this.replace(client, next);
      return next;
    });
  }

  private async replace(db: Queryable, row: CampaignSend): Promise<void> {
    await db.query(
      `${UPSERT_SEND} ON CONFLICT (key) DO UPDATE SET state = EXCLUDED.state, send_at = EXCLUDED.send_at,
         lease_until = EXCLUDED.lease_until, message_id = EXCLUDED.message_id, value = EXCLUDED.value`,
      columns(row),
    );
  }

  async deleteSend(key: string): Promise<void> {
    await this.pool.query('DELETE FROM outreach_sends WHERE key = $1', [key]);
  }

  async sends(campaignId: string): Promise<CampaignSend[]> {
    return this.moveState('SELECT value FROM outreach_sends WHERE campaign_id = $1', [campaignId]);
  }

  async sendByMessageId(messageId: string): Promise<CampaignSend | undefined> {
    return (await this.moveState('SELECT value FROM outreach_sends WHERE message_id = $1', [messageId]))[0];
  }

  async recordSuppression(entry: Omit<SuppressionRecord, 'count' | 'firstAt' | 'lastAt'>, at: Date): Promise<void> {
    const first: SuppressionRecord = { ...entry, count: 1, firstAt: at.toISOString(), lastAt: at.toISOString() };
    await this.pool.query(
      `INSERT INTO outreach_suppressions (key, rule, campaign_id, value) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (key, rule) DO UPDATE SET value = outreach_suppressions.value
         || jsonb_build_object('count', (outreach_suppressions.value->>'count')::int + 1, 'lastAt', $5::text, 'detail', $6::text)`,
      [entry.key, entry.rule, entry.campaignId, JSON.stringify(first), first.lastAt, entry.detail],
    );
  }

  async suppressions(campaignId: string): Promise<SuppressionRecord[]> {
    const { rows } = await this.pool.query<{ value: SuppressionRecord }>('SELECT value FROM outreach_suppressions WHERE campaign_id = $1', [campaignId]);
    return rows.map((r) => r.value);
  }

  async flags(loanId: string): Promise<AccountFlags | undefined> {
    const { rows } = await this.pool.query<{ value: AccountFlags }>('SELECT value FROM outreach_flags WHERE loan_id = $1', [loanId]);
    return rows[0]?.value;
  }

  async setFlags(loanId: string, flags: AccountFlags): Promise<void> {
    await this.pool.query('INSERT INTO outreach_flags (loan_id, value) VALUES ($1, $2::jsonb) ON CONFLICT (loan_id) DO UPDATE SET value = EXCLUDED.value', [
      loanId,
      JSON.stringify(flags),
    ]);
  }
}
