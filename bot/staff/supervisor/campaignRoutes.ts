import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { campaignInputSchema, type Campaign, type CampaignStatus } from '../../../models/outreach/campaign';
import type { AccountFlags, CampaignStore } from '../../../models/ports/campaigns';
import { firstIssue } from '../../../models/shared/firstIssue';
import type { AuditTrail } from '../../casework/audit/auditLog';
import type { CampaignOutcomes } from '../../casework/outreach/outcomes';
import { HttpError, readJsonBody } from '../../infra/http/httpErrors';
import type { StaffAuth } from '../auth/staffAuth';

export interface CampaignRouteDeps {
  auth: StaffAuth;
  audit: AuditTrail;
  store: CampaignStore;
  outcomes: (campaign: Campaign) => Promise<CampaignOutcomes>;
  /** Whether a loan exists (holds are set on the book's loans only). */
  hasLoan: (loanId: string) => boolean;
  maxBodyBytes: number;
  now: () => Date;
}

const ROLES = ['supervisor'] as const;
const BASE = '/api/supervisor/campaigns';

/** Which changes each status allows; stopped is final (a new campaign is made instead). */
const TRANSITIONS: Record<'start' | 'pause' | 'stop', { from: readonly CampaignStatus[]; to: CampaignStatus }> = {
  start: { from: ['draft', 'paused'], to: 'running' },
  pause: { from: ['running'], to: 'paused' },
  stop: { from: ['draft', 'running', 'paused'], to: 'stopped' },
};

const flagsSchema = z.strictObject({
  holds: z
    .array(z.enum(['bereavement', 'vulnerability', 'manual']))
    .max(3)
    .default([]),
  moratoriumUntil: z.iso.datetime().optional(),
});

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = firstIssue(parsed.error);
  throw new HttpError(400, `${issue.where}: ${issue.message}`);
}

function campaignId(req: Request): string {
  const id = String(req.params?.id ?? '');
  if (!/^cmp_[a-f0-9]{16}$/.test(id)) throw new HttpError(400, 'id must be a campaign id such as cmp_0123456789abcdef');
  return id;
}

/**
 * Outreach campaigns for supervisors (and admins): create a draft, list, read,
 * start, pause, stop, and read its outcomes; set a loan's holds and moratorium.
 * Agents get 403. Every change is audited with who made it.
 */
export function registerCampaignRoutes(server: Server, deps: CampaignRouteDeps): void {
  const { auth, audit, store } = deps;
  const load = async (req: Request) => {
    const campaign = await store.campaign(campaignId(req));
    if (!campaign) throw new HttpError(404, 'No such campaign');
    return campaign;
  };

  server.post(
    BASE,
    auth.guard(ROLES, async (req: Request, res: Response, session) => {
      const input = parse(campaignInputSchema, await readJsonBody(req, deps.maxBodyBytes));
      if (input.end && Date.parse(input.end) <= Date.parse(input.start)) throw new HttpError(400, 'end: must be after start');
      const at = deps.now().toISOString();
      const campaign: Campaign = {
        ...input,
        id: `cmp_${randomBytes(8).toString('hex')}`,
        status: 'draft',
        createdBy: session.user,
        createdAt: at,
        updatedAt: at,
      };
      await store.saveCampaign(campaign);
      await audit.append({
        actor: session.user,
        role: session.role,
        action: 'campaign.create',
        targets: [campaign.id],
        detail: { name: campaign.name, dailyCap: campaign.dailyCap, holdoutShare: campaign.holdoutShare },
      });
      res.send(201, campaign);
    }),
  );

  server.get(
    BASE,
    auth.guard(ROLES, async (_req: Request, res: Response) => {
      const items = await store.campaigns();
      res.send(200, { count: items.length, items });
    }),
  );

  server.get(
    `${BASE}/:id`,
    auth.guard(ROLES, async (req: Request, res: Response) => void res.send(200, await load(req))),
  );

  server.get(
    `${BASE}/:id/outcomes`,
    auth.guard(ROLES, async (req: Request, res: Response) => void res.send(200, await deps.outcomes(await load(req)))),
  );

  for (const action of ['start', 'pause', 'stop'] as const) {
    server.post(
      `${BASE}/:id/${action}`,
      auth.guard(ROLES, async (req: Request, res: Response, session) => {
        const campaign = await load(req);
        const { from, to } = TRANSITIONS[action];
        if (!from.includes(campaign.status)) throw new HttpError(409, `A ${campaign.status} campaign cannot ${action}`);
        const next: Campaign = { ...campaign, status: to, updatedAt: deps.now().toISOString() };
        await store.saveCampaign(next);
        await audit.append({
          actor: session.user,
          role: session.role,
          action: `campaign.${action}`,
          targets: [campaign.id],
          detail: { from: campaign.status, to },
        });
        res.send(200, next);
      }),
    );
  }

  server.put(
    '/api/supervisor/loans/:loanId/contact-flags',
    auth.guard(ROLES, async (req: Request, res: Response, session) => {
      const loanId = String(req.params?.loanId ?? '');
      if (!/^[A-Za-z0-9_-]{1,40}$/.test(loanId) || !deps.hasLoan(loanId)) throw new HttpError(404, 'No such loan');
      const flags: AccountFlags = parse(flagsSchema, await readJsonBody(req, deps.maxBodyBytes));
      await store.setFlags(loanId, flags);
      await audit.append({
        actor: session.user,
        role: session.role,
        action: 'outreach.flags',
        targets: [loanId],
        detail: { holds: flags.holds, moratoriumUntil: flags.moratoriumUntil ?? null },
      });
      res.send(200, { loanId, ...flags });
    }),
  );
}
