import { randomUUID } from 'node:crypto';
import type { Documents } from '../infra/storage/documents';

export interface PeriodicRun {
  ranAt: number;
  by: string;
}

/**
 * "Is it this instance's turn to run job X?" for jobs every instance schedules
 * (retention): the claim is a read-modify-write of one shared document, which
 * both stores serialise, so of instances asking together one wins and the rest
 * skip until the period has passed again.
 */
export class PeriodicRuns {
  constructor(
    private readonly runs: Documents<PeriodicRun>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async claim(job: string, everyMs: number): Promise<boolean> {
    const at = this.now().getTime();
    const by = randomUUID();
    // A little slack, so an instance whose timer fires a moment early is not skipped for a whole period. A run stamped
    // more than a period ahead means a clock was set back; one a little ahead is an instance that read its clock just
    // after ours and claimed first.
    const due = (run: PeriodicRun | undefined) => !run || at - run.ranAt >= everyMs * 0.9 || run.ranAt - at > everyMs;
    const after = await this.runs.update(job, (run) => (due(run) ? { ranAt: at, by } : undefined));
    return after?.by === by;
  }
}
