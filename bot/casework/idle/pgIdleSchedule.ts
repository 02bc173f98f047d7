import type { ConversationReference } from 'botbuilder';
import type { Pool } from 'pg';
import type { DueFollowUp, IdleSchedule } from './idleSchedule';

/** How long a claimed follow-up is this instance's: past it (the instance died mid-send), another instance takes it. */
const LEASE_MS = 2 * 60_000;
const BATCH = 100;
/**
 * A borrower typing several messages in a row moves their clock once: writes closer together than this are skipped,
 * a round trip and an upsert fewer for most turns. Reminders come minutes after the last message (IDLE_REMINDER_MINUTES
 * is at least 1), so one is at most this much early, and a message after a reminder always writes (reminded resets).
 */
const TOUCH_EVERY_MS = 15_000;

/**
 * The idle clock as rows of `idle_timers`. A sweep claims due rows with
 * `FOR UPDATE SKIP LOCKED` and a lease, so instances sweeping together never
 * take the same conversation, and a follow-up scheduled on an instance that
 * died is run by another. Settling only applies to the version claimed: a
 * borrower who wrote meanwhile keeps their fresh clock.
 */
export class PgIdleSchedule implements IdleSchedule {
  /** When this instance last wrote each conversation's clock, within the last TOUCH_EVERY_MS. */
  private readonly touched = new Map<string, number>();

  constructor(private readonly pool: Pool) {}

  async touch(key: string, reference: Partial<ConversationReference>, at: number): Promise<void> {
    const last = this.touched.get(key);
    if (last !== undefined && at >= last && at - last < TOUCH_EVERY_MS) return;
    await this.pool.query(
      `INSERT INTO idle_timers (key, reference, last_at, reminded) VALUES ($1, $2::jsonb, $3, false)
       ON CONFLICT (key) DO UPDATE SET reference = EXCLUDED.reference, last_at = EXCLUDED.last_at, reminded = false, lease_until = NULL`,
      [key, JSON.stringify(reference), new Date(at)],
    );
    // Oldest first (re-inserted on every write), so what has aged out is dropped from the front.
    this.touched.delete(key);
    this.touched.set(key, at);
    for (const [k, t] of this.touched) {
      if (at - t < TOUCH_EVERY_MS) break;
      this.touched.delete(k);
    }
  }

  async claimDue(now: number, remindBefore: number, parkBefore: number): Promise<DueFollowUp[]> {
    const { rows } = await this.pool.query<{ key: string; reference: Partial<ConversationReference>; last_at: Date }>(
      `UPDATE idle_timers t SET lease_until = $1::timestamptz + make_interval(secs => $4 / 1000.0)
       FROM (
         SELECT key FROM idle_timers
         WHERE (lease_until IS NULL OR lease_until < $1) AND (last_at <= $3 OR (last_at <= $2 AND NOT reminded))
         ORDER BY last_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
       ) due
       WHERE t.key = due.key
       RETURNING t.key, t.reference, t.last_at`,
      [new Date(now), new Date(remindBefore), new Date(parkBefore), LEASE_MS],
    );
    return rows.map((r) => ({
      key: r.key,
      reference: r.reference,
      lastAt: r.last_at.getTime(),
      action: r.last_at.getTime() <= parkBefore ? 'park' : 'remind',
    }));
  }

  async settle(due: DueFollowUp): Promise<void> {
    const lastAt = new Date(due.lastAt);
    if (due.action === 'park') await this.pool.query('DELETE FROM idle_timers WHERE key = $1 AND last_at = $2', [due.key, lastAt]);
    else await this.pool.query('UPDATE idle_timers SET reminded = true, lease_until = NULL WHERE key = $1 AND last_at = $2', [due.key, lastAt]);
  }
}
