import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { experimentArms, experimentSettings, type Experiment } from '../../../models/offers/experiment';
import type { OfferPolicy } from '../../../models/offers/policy';
import { experimentReport, type ExperimentReport } from '../../../models/uplift/experimentReport';
import type { AuditTrail } from '../../casework/audit/auditLog';
import { experimentResults, type OutcomeSources } from '../../casework/experiments/experimentOutcomes';
import type { ExperimentStore } from '../../casework/experiments/experimentStore';
import { HttpError, readJsonBody } from '../../infra/http/httpErrors';
import type { StaffAuth } from '../auth/staffAuth';
import { challengerPolicy, inputSchema, OVERRIDE_MIN_CHARS, parse, promoteSchema } from './experimentInput';

export interface ExperimentRouteDeps extends OutcomeSources {
  auth: StaffAuth;
  audit: AuditTrail;
  store: ExperimentStore;
  /** models/policy.json as deployed. */
  deployed: OfferPolicy;
  maxBodyBytes: number;
  now: () => Date;
}

const ROLES = ['supervisor'] as const;
const BASE = '/api/supervisor/experiments';

function experimentId(req: Request): string {
  const id = String(req.params?.id ?? '');
  if (!/^exp_[a-f0-9]{16}$/.test(id)) throw new HttpError(400, 'id must be an experiment id such as exp_0123456789abcdef');
  return id;
}

/** The list shows arms by policy version; the policies themselves are read one experiment at a time. */
function summary(e: Experiment) {
  return {
    ...e,
    settings: experimentSettings(e),
    arms: e.arms.map(({ name, weight, policy }) => ({ name, weight, policyVersion: policy?.version ?? e.championVersion })),
  };
}

/**
 * Champion/challenger offer experiments for supervisors (and admins): create one with challenger policies,
 * list and read them, report per arm, stop one, or promote a challenger, which ends the experiment and makes
 * that policy the champion for every borrower decided from then on. Agents get 403; every change is audited.
 */
export function registerExperimentRoutes(server: Server, deps: ExperimentRouteDeps): void {
  const { auth, audit, store } = deps;
  const load = async (req: Request) => {
    const experiment = await store.experiment(experimentId(req));
    if (!experiment) throw new HttpError(404, 'No such experiment');
    return experiment;
  };
  const report = async (experiment: Experiment): Promise<ExperimentReport> => {
    const { results, excluded } = await experimentResults(experiment, await store.assignments(experiment.id), deps, deps.now());
    return experimentReport(experiment, results, excluded);
  };

  server.post(
    BASE,
    auth.guard(ROLES, async (req: Request, res: Response, session) => {
      const input = parse(inputSchema, await readJsonBody(req, deps.maxBodyBytes));
      const champion = await store.champion(deps.deployed);
      const challengers = input.challengers.map((c) => ({ ...c, policy: challengerPolicy(c.policy, c.name, champion) }));
      const names = challengers.map((c) => c.name);
      const versions = challengers.map((c) => c.policy.version);
      if (new Set(names).size < names.length) throw new HttpError(400, 'challengers: each needs its own name');
      if (new Set(versions).size < versions.length) throw new HttpError(400, 'challengers: each needs its own policy version');
      const experiment: Experiment = {
        id: `exp_${randomBytes(8).toString('hex')}`,
        name: input.name,
        status: 'running',
        championVersion: champion.version,
        arms: experimentArms(input.championWeight, challengers, input.controlShare),
        settings: { takeUpDays: input.takeUpDays, minOutcomes: input.minOutcomes },
        createdBy: session.user,
        createdAt: deps.now().toISOString(),
      };
      const running = await store.start(experiment);
      if (running) throw new HttpError(409, `Experiment ${running.id} ("${running.name}") is running; stop it or promote a challenger first`);
      const { arms, settings } = summary(experiment);
      await audit.append({
        actor: session.user,
        role: session.role,
        action: 'experiment.create',
        targets: [experiment.id],
        detail: { name: input.name, arms, settings },
      });
      res.send(201, summary(experiment));
    }),
  );

  server.get(
    BASE,
    auth.guard(ROLES, async (_req: Request, res: Response) => {
      const [items, promoted, champion] = await Promise.all([store.experiments(), store.promoted(deps.deployed), store.champion(deps.deployed)]);
      res.send(200, {
        // The policy itself, so a new challenger can start from it.
        champion: { version: champion.version, deployedVersion: deps.deployed.version, policy: champion, promotedFrom: promoted?.id ?? null },
        count: items.length,
        items: items.map(summary),
      });
    }),
  );

  server.get(
    `${BASE}/:id`,
    auth.guard(ROLES, async (req: Request, res: Response) => {
      const experiment = await load(req);
      res.send(200, { ...experiment, settings: experimentSettings(experiment) });
    }),
  );

  server.get(
    `${BASE}/:id/report`,
    auth.guard(ROLES, async (req: Request, res: Response) => void res.send(200, await report(await load(req)))),
  );

  server.post(
    `${BASE}/:id/stop`,
    auth.guard(ROLES, async (req: Request, res: Response, session) => {
      const experiment = await load(req);
      const ended = await store.end(experiment.id, { at: deps.now().toISOString(), by: session.user }, 'stopped');
      if (!ended) throw new HttpError(409, `A ${experiment.status} experiment cannot stop`);
      await audit.append({ actor: session.user, role: session.role, action: 'experiment.stop', targets: [experiment.id], detail: { name: experiment.name } });
      res.send(200, summary(ended));
    }),
  );

  server.post(
    `${BASE}/:id/promote`,
    auth.guard(ROLES, async (req: Request, res: Response, session) => {
      const experiment = await load(req);
      const body = parse(promoteSchema, await readJsonBody(req, deps.maxBodyBytes));
      const challengers = experiment.arms.filter((a) => a.policy);
      const arm = body.arm ? challengers.find((a) => a.name === body.arm) : challengers.length === 1 ? challengers[0] : undefined;
      if (!arm?.policy) throw new HttpError(400, `arm: name the challenger to promote, one of ${challengers.map((a) => a.name).join(', ')}`);
      if (experiment.status !== 'running') throw new HttpError(409, `A ${experiment.status} experiment cannot promote`);
      // What the evidence said when it was promoted goes on the record with it; evidence that does not show the
      // challenger better than the control (or shows it worse than the champion) needs the supervisor's reason.
      const evidence = (await report(experiment)).arms.find((a) => a.arm === arm.name);
      const blockers = evidence?.promotionBlockers ?? [];
      if (blockers.length > 0 && !body.override)
        throw new HttpError(
          409,
          `Promoting "${arm.name}" is blocked: ${blockers.join('; ')}. To promote it anyway, send override: { reason } (at least ${OVERRIDE_MIN_CHARS} characters); the audit log keeps it with this evidence.`,
        );
      const at = deps.now().toISOString();
      const previous = await store.champion(deps.deployed);
      const ended = await store.end(experiment.id, { at, by: session.user, promotedArm: arm.name, replaces: deps.deployed.version }, 'promoted');
      if (!ended) throw new HttpError(409, 'The experiment has just ended');
      await audit.append({
        actor: session.user,
        role: session.role,
        action: 'experiment.promote',
        targets: [experiment.id],
        detail: {
          arm: arm.name,
          policyVersion: arm.policy.version,
          previousChampion: previous.version,
          borrowers: evidence?.borrowers ?? 0,
          uplift: evidence?.uplift ?? null,
          versusChampion: evidence?.versusChampion ?? null,
          blockers,
          ...(body.override && { override: { reason: body.override.reason } }),
        },
      });
      res.send(200, { ...summary(ended), champion: { version: arm.policy.version } });
    }),
  );
}
