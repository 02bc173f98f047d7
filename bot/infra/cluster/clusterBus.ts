/** One event from another instance of the same deployment. */
export interface ClusterEvent {
  topic: string;
  /** The instance that published it (never this one: an instance hears only the others). */
  origin: string;
  data: unknown;
}

/**
 * How instances sharing one database tell each other what changed (a case, a
 * transcript, a Direct Line reply, who is online), so a console or a borrower
 * on one instance sees what happened on another. The embedded store has one
 * instance and no bus.
 */
export interface ClusterBus {
  readonly instanceId: string;
  publish(topic: string, data: unknown): Promise<void>;
  /** Every event of `topic` from the other instances, in the order the database committed them. */
  subscribe(topic: string, handler: (event: ClusterEvent) => void | Promise<void>): void;
  /** After a lost connection is back: events published meanwhile were missed, so caches must be reloaded. */
  onResync(handler: () => void | Promise<void>): void;
  close(): Promise<void>;
}
