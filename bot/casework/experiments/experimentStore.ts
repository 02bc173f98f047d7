import { championPolicy, promotedInForce, type ArmAssignment, type Experiment } from '../../../models/offers/experiment';
import type { OfferPolicy } from '../../../models/offers/policy';
import type { OfferSetting } from '../../../models/ports/experiments';
import type { Documents, StorageBackend } from '../../infra/storage/documents';

/**
 * Offer experiments (a promoted one names the champion) and their borrowers' arms as documents, so the
 * embedded store and PostgreSQL keep them alike and every instance reads the same. The decision reads them
 * each time (a handful of documents), so a new experiment or a promotion holds on every instance from the
 * next borrower.
 */
export class ExperimentStore {
  private readonly experimentDocs: Documents<Experiment>;
  private readonly assignmentDocs: Documents<ArmAssignment>;

  constructor(backend: Pick<StorageBackend, 'documents'>) {
    this.experimentDocs = backend.documents('experiments');
    this.assignmentDocs = backend.documents('experiment-assignments');
  }

  /**
   * The champion in force over `deployed` (models/policy.json as loaded) and the running experiment; for a loan, with
   * its recorded assignment in that experiment, so a decision keeps the arm (and the protection) first recorded.
   */
  async setting(deployed: OfferPolicy, loanId?: string): Promise<OfferSetting> {
    const experiments = await this.experiments();
    const experiment = experiments.find((e) => e.status === 'running');
    const assignment = experiment && loanId ? (await this.assignmentDocs.get(`${experiment.id}:${loanId}`))?.value : undefined;
    return { champion: championPolicy(deployed, experiments), experiment, ...(assignment && { assignment }) };
  }

  async champion(deployed: OfferPolicy): Promise<OfferPolicy> {
    return championPolicy(deployed, await this.experiments());
  }

  /** The experiment whose challenger is the champion now, if any. */
  async promoted(deployed: OfferPolicy): Promise<Experiment | undefined> {
    return promotedInForce(deployed, await this.experiments());
  }

  async record(assignment: ArmAssignment): Promise<void> {
    await this.assignmentDocs.update(`${assignment.experimentId}:${assignment.loanId}`, (held) => {
      if (!held) return assignment;
      return assignment.excluded && !held.excluded ? { ...held, excluded: true } : undefined;
    });
  }

  /** The loan's recorded arm in the experiment running now, if it was assigned one: what its arrangements carry. */
  async assigned(loanId: string): Promise<ArmAssignment | undefined> {
    const running = (await this.experiments()).find((e) => e.status === 'running');
    return running && (await this.assignmentDocs.get(`${running.id}:${loanId}`))?.value;
  }

  async experiment(id: string): Promise<Experiment | undefined> {
    return (await this.experimentDocs.get(id))?.value;
  }

  /** Newest first. */
  async experiments(): Promise<Experiment[]> {
    const all: Experiment[] = [];
    for await (const doc of this.experimentDocs.all()) all.push(doc.value);
    return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async assignments(experimentId: string): Promise<ArmAssignment[]> {
    const found: ArmAssignment[] = [];
    for await (const { value } of this.assignmentDocs.all()) if (value.experimentId === experimentId) found.push(value);
    return found;
  }

  /**
   * Saves a new experiment unless another is running (one at a time, so a borrower is in one arm). Returns
   * the running one that stood in its way.
   */
  async start(experiment: Experiment): Promise<Experiment | undefined> {
    const running = (await this.experiments()).find((e) => e.status === 'running');
    if (running) return running;
    await this.experimentDocs.put(experiment.id, experiment);
    return undefined;
  }

  /** Ends a running experiment (promoting: `ended.promotedArm` is the champion from now on); undefined when it was no longer running. */
  async end(id: string, ended: NonNullable<Experiment['ended']>, status: Exclude<Experiment['status'], 'running'>): Promise<Experiment | undefined> {
    let changed: Experiment | undefined;
    await this.experimentDocs.update(id, (current) => {
      if (current?.status !== 'running') return undefined;
      return (changed = { ...current, status, ended });
    });
    return changed;
  }
}
