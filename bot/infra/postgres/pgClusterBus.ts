import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ClusterBus, ClusterEvent } from '../cluster/clusterBus';
import type { Logger } from '../logger';

const CHANNEL = 'forbear_events';
/** Events are read within moments of their NOTIFY; an hour is ample for a slow instance and keeps the table small. */
const KEEP = '1 hour';
/** Ids of this instance's own recent events, so hearing them costs no round trip (bounded: one not heard is forgotten). */
const OWN_REMEMBERED = 10_000;

/**
 * The cluster bus on PostgreSQL: an event is a row of `cluster_events` and a
 * NOTIFY of its id in the same statement, so it is announced only once
 * committed, and announced in commit order. The row (not the NOTIFY payload,
 * capped at 8 kB) carries the data, so an offer card fits. One dedicated
 * connection LISTENs; when it drops it reconnects with backoff and asks every
 * subscriber to resync, because what was published meanwhile was not heard.
 */
export class PgClusterBus implements ClusterBus {
  readonly instanceId = randomUUID();
  private readonly handlers = new Map<string, ((event: ClusterEvent) => void | Promise<void>)[]>();
  private readonly resyncs: (() => void | Promise<void>)[] = [];
  private readonly own = new Set<string>();
  private listener: pg.Client | undefined;
  private delivering: Promise<void> = Promise.resolve();
  private closed = false;
  private retryMs = 250;
  private readonly sweeper: NodeJS.Timeout;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    private readonly log: Logger,
  ) {
    this.sweeper = setInterval(() => void this.sweep(), 10 * 60_000).unref();
  }

  static async open(pool: pg.Pool, url: string, log: Logger): Promise<PgClusterBus> {
    const bus = new PgClusterBus(pool, url, log);
    await bus.listen();
    return bus;
  }

  private async listen(): Promise<void> {
    // Named, so an operator (and the reconnect test) can tell the listening connection apart in pg_stat_activity.
    const client = new pg.Client({ connectionString: this.url, application_name: `forbear-bus-${this.instanceId}` });
    client.on('notification', (message) => {
      // One at a time, in arrival (= commit) order, whatever each handler awaits.
      this.delivering = this.delivering.then(() => this.deliver(message.payload ?? '')).catch((err) => this.log.error({ err }, 'cluster: event not handled'));
    });
    client.on('error', (err) => this.log.warn({ err: { message: err.message } }, 'cluster: listening connection lost'));
    client.on('end', () => {
      if (this.listener === client) this.reconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  private reconnect(): void {
    this.listener = undefined;
    if (this.closed) return;
    setTimeout(() => {
      this.listen().then(
        async () => {
          this.retryMs = 250;
          this.log.info('cluster: listening again; resyncing');
          for (const resync of this.resyncs) await resync();
        },
        (err: Error) => {
          this.log.warn({ err: { message: err.message }, retryMs: this.retryMs }, 'cluster: reconnect failed');
          this.retryMs = Math.min(this.retryMs * 2, 30_000);
          this.reconnect();
        },
      );
    }, this.retryMs).unref();
  }

  private async deliver(id: string): Promise<void> {
    // Its own events are skipped without reading the row; one heard before its publish returned is read and skipped by origin.
    if (this.own.delete(id)) return;
    const { rows } = await this.pool.query<{ topic: string; origin: string; data: unknown }>('SELECT topic, origin, data FROM cluster_events WHERE id = $1', [
      id,
    ]);
    const event = rows[0];
    if (!event || event.origin === this.instanceId) return;
    for (const handler of this.handlers.get(event.topic) ?? []) await handler(event);
  }

  async publish(topic: string, data: unknown): Promise<void> {
    const { rows } = await this.pool.query<{ id: string }>(
      `WITH event AS (INSERT INTO cluster_events (origin, topic, data) VALUES ($1, $2, $3::jsonb) RETURNING id)
       SELECT id::text, pg_notify('${CHANNEL}', id::text) FROM event`,
      [this.instanceId, topic, JSON.stringify(data)],
    );
    this.own.add(rows[0].id);
    if (this.own.size > OWN_REMEMBERED) this.own.delete(this.own.values().next().value!);
  }

  subscribe(topic: string, handler: (event: ClusterEvent) => void | Promise<void>): void {
    this.handlers.set(topic, [...(this.handlers.get(topic) ?? []), handler]);
  }

  onResync(handler: () => void | Promise<void>): void {
    this.resyncs.push(handler);
  }

  private async sweep(): Promise<void> {
    await this.pool
      .query(`DELETE FROM cluster_events WHERE at < now() - interval '${KEEP}'`)
      .catch((err: Error) => this.log.warn({ err }, 'cluster: sweep failed'));
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.sweeper);
    const client = this.listener;
    this.listener = undefined;
    await this.delivering;
    await client?.end().catch(() => undefined);
  }
}
