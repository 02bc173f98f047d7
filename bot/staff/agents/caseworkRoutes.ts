import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { AgentPlanRequest } from '../../../models/offers/agentPlans';
import type { OfferPolicy } from '../../../models/offers/policy';
import type { Session } from '../auth/sessions';
import type { StaffAuth } from '../auth/staffAuth';
import { parseBody } from './agentBody';
import { budgetChangeSchema, type BudgetEdits } from './budgetEdits';
import { REFERENCE_PATTERN } from '../../../models/offers';
import { HttpError } from '../../infra/http/httpErrors';
import type { ConfirmationActions } from './confirmationActions';
import type { LoanHistory } from './loanHistory';
import type { PlanBuilder } from './planBuilder';

export interface CaseworkRouteDeps {
  auth: StaffAuth;
  budgets: BudgetEdits;
  planBuilder: PlanBuilder;
  history: LoanHistory;
  confirmations: ConfirmationActions;
  policy: OfferPolicy;
  maxBodyBytes: number;
}

const BASE = '/api/agent/cases/:id';
const STAFF = ['agent', 'supervisor'] as const;

/** Bounds that keep a request cheap to price; the policy's own, tighter limits are checked (with reasons) by the builder. */
const count = (max: number) =>
  z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);
const planRequest: z.ZodType<AgentPlanRequest> = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('token_payment'),
      amount: z.number({ error: 'must be a number' }).finite().positive('must be more than 0'),
      months: count(24),
    }),
    z.strictObject({ kind: z.literal('breathing_space'), days: count(360) }),
    z.strictObject({ kind: z.literal('reduced_payment'), pctOfContract: z.number({ error: 'must be a number' }).min(1).max(99), months: count(24) }),
    z.strictObject({ kind: z.literal('term_extension'), extensionMonths: count(600) }),
  ],
  { error: 'must be one of token_payment, breathing_space, reduced_payment, term_extension' },
);

const resendRequest = z.strictObject({ withdrawEarlier: z.boolean({ error: 'must be true or false' }).optional() });

/** Casework beyond talking: correcting the budget, building a plan within policy, the loan's history, written confirmations. */
export function registerCaseworkRoutes(server: Server, deps: CaseworkRouteDeps): void {
  const route = (handler: (req: Request, res: Response, session: Session) => Promise<void>) => deps.auth.guard(STAFF, handler);
  const id = (req: Request) => String(req.params.id);
  const budgetSchema = budgetChangeSchema(deps.policy);
  const reference = (req: Request) => {
    const value = String(req.params.reference);
    if (!REFERENCE_PATTERN.test(value)) throw new HttpError(400, 'reference must be an arrangement reference such as FB-7K3QX9');
    return value;
  };

  server.get(
    `${BASE}/budget`,
    route(async (req, res, session) => {
      res.send(200, await deps.budgets.figures(id(req), session));
    }),
  );

  server.post(
    `${BASE}/budget`,
    route(async (req, res, session) => {
      res.send(200, await deps.budgets.edit(id(req), session, await parseBody(req, budgetSchema, deps.maxBodyBytes)));
    }),
  );

  server.post(
    `${BASE}/plans/check`,
    route(async (req, res, session) => {
      res.send(200, await deps.planBuilder.check(id(req), session, await parseBody(req, planRequest, deps.maxBodyBytes)));
    }),
  );

  server.post(
    `${BASE}/plans`,
    route(async (req, res, session) => {
      res.send(200, await deps.planBuilder.send(id(req), session, await parseBody(req, planRequest, deps.maxBodyBytes)));
    }),
  );

  server.get(
    `${BASE}/history`,
    route(async (req, res, session) => {
      res.send(200, await deps.history.of(id(req), session));
    }),
  );

  // The conversation's key goes in the query: it holds a colon, and it is checked against the case's own loan.
  server.get(
    `${BASE}/history/transcript`,
    route(async (req, res, session) => {
      const key = typeof req.query?.conversation === 'string' ? req.query.conversation : '';
      res.header('Cache-Control', 'no-store');
      res.send(200, { transcript: await deps.history.transcript(id(req), key, session) });
    }),
  );

  server.post(
    `${BASE}/arrangements/:reference/confirmation`,
    route(async (req, res, session) => {
      const { withdrawEarlier = false } = await parseBody(req, resendRequest, deps.maxBodyBytes);
      res.send(200, await deps.confirmations.resend(id(req), reference(req), session, { withdrawEarlier }));
    }),
  );

  server.post(
    `${BASE}/arrangements/:reference/confirmation/withdraw`,
    route(async (req, res, session) => {
      res.send(200, await deps.confirmations.withdraw(id(req), reference(req), session));
    }),
  );
}
