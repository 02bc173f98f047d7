/**
 * The commit unit of a turn. Every store write made while `run`'s work is in
 * progress (conversation state, transcript entries, decisions, the case's copy,
 * progress, arrangements…) is committed together: atomically, and durably
 * before `run` resolves, so a turn costs one commit however many stores it
 * touches.
 *
 * Implementations: the embedded store (one journal record, group-committed)
 * and, later, a database (one transaction; `serializeOn` becomes an advisory
 * lock, so turns of one conversation are serialised across instances).
 */
export interface TurnCommit {
  /**
   * Runs `work` as one unit. Turns with the same `serializeOn` key (a
   * conversation) run one at a time. A `run` inside another joins it. If
   * `work` throws, what it had written is still committed (as if each write
   * had been its own), then the error is rethrown.
   */
  run<T>(work: () => Promise<T>, options?: { serializeOn?: string }): Promise<T>;
  /**
   * Commits what the current unit has written so far, and goes on with the
   * same unit. Called before anything leaves the process (a message the
   * borrower will read), so nothing they are told can be lost in a crash.
   */
  checkpoint(): Promise<void>;
}
