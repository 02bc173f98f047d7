import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Session } from '../auth/sessions';
import type { StaffAuth } from '../auth/staffAuth';
import type { CaseStore } from '../../casework/cases/caseStore';
import { HttpError } from '../../infra/http/httpErrors';
import { parseBody } from './agentBody';
import type { LoanLookup } from '../../../models/ports/loans';
import type { ArrangementLedger } from '../../../models/ports/arrangements';
import { REFERENCE_PATTERN } from '../../../models/offers';
import { transcriptKey, type TranscriptStore } from '../../casework/transcripts/transcriptStore';
import { sendFile } from '../../infra/web/staticFiles';
import { staffPage } from '../pages/staffPages';
import type { AgentFeed } from './agentFeed';
import { assertHolds, visibleCase } from './caseAccess';
import type { BorrowerPhones } from './borrowerPhones';
import { CLOSING_DISPOSITIONS, type CaseActions } from './caseActions';
import type { CaseJournal } from './caseJournal';
import { caseSummary } from '../../casework/cases/caseSummary';
import type { CannedResponse } from './cannedResponses';
import type { OfferActions } from './offerActions';
import { queueFor } from '../../casework/cases/queueView';

export interface AgentRouteDeps {
  auth: StaffAuth;
  cases: CaseStore;
  transcripts: TranscriptStore;
  loans: LoanLookup;
  arrangements: Pick<ArrangementLedger, 'liveForLoan'>;
  now: () => Date;
  feed: AgentFeed;
  actions: CaseActions;
  offers: OfferActions;
  journal: CaseJournal;
  phones: BorrowerPhones;
  canned: CannedResponse[];
  maxBodyBytes: number;
  maxMessageChars: number;
}

const BASE = '/api/agent';
const STAFF = ['agent', 'supervisor'] as const;

/** The agent console's REST API and its page; every route is staff-only, with CSRF on every POST. */
export function registerAgentRoutes(server: Server, deps: AgentRouteDeps): void {
  const text = z.string().trim().min(1, 'must not be empty').max(deps.maxMessageChars, `must be at most ${deps.maxMessageChars} characters`);
  const schemas = {
    message: z.object({ text }),
    note: z.object({ text: text.max(4000) }),
    offer: z.union([
      z.object({ fresh: z.literal(true), planId: z.string().optional() }),
      z.object({ planId: z.string().min(1), fresh: z.literal(false).optional() }),
    ]),
    accept: z.object({
      planId: z.string().min(1),
      replaces: z.string().regex(REFERENCE_PATTERN, 'must be an arrangement reference such as FB-7K3QX9').optional(),
    }),
    // The console has no default outcome, so a close without a chosen one is refused rather than guessed.
    close: z.object({
      disposition: z.enum(CLOSING_DISPOSITIONS, {
        error: `is required: choose the outcome (one of ${CLOSING_DISPOSITIONS.join(', ')}); the case is still open`,
      }),
    }),
  };

  const body = <T>(req: Request, schema: z.ZodType<T>): Promise<T> => parseBody(req, schema, deps.maxBodyBytes);

  const route = (handler: (req: Request, res: Response, session: Session) => Promise<void>) => deps.auth.guard(STAFF, handler);
  const id = (req: Request) => String(req.params.id);

  server.get('/agent', async (_req, res) => sendFile(res, staffPage('agent.html'), 'text/html; charset=utf-8'));

  server.get(
    `${BASE}/queue`,
    route(async (_req, res, session) => {
      res.send(200, { queue: queueFor(session, deps.cases.openCases()) });
    }),
  );

  server.get(
    `${BASE}/stream`,
    route(async (req, res, session) => deps.feed.attach(req, res, session)),
  );

  server.get(
    `${BASE}/canned-responses`,
    route(async (_req, res) => res.send(200, { responses: deps.canned })),
  );

  server.get(
    `${BASE}/cases/:id`,
    route(async (req, res, session) => {
      const record = await visibleCase(deps.cases, id(req), session);
      const entries = (await deps.transcripts.get(transcriptKey(record.channelId, record.conversation.conversation?.id ?? '')))?.entries ?? [];
      await deps.journal.audited(session, 'case.view', record);
      const loan = record.loanId ? deps.loans.get(record.loanId) : undefined;
      const live = loan ? await deps.arrangements.liveForLoan(loan.Loan_ID, deps.now()) : undefined;
      const phone = await deps.phones.of(record);
      const summary = caseSummary(record, loan, entries, live, deps.now());
      res.send(200, { case: { ...summary, phone: phone ? { masked: phone.masked, source: phone.source } : null }, transcript: entries });
    }),
  );

  // A POST (so CSRF-checked) and audited before the number leaves: who saw a borrower's number, and when, is on record.
  server.post(
    `${BASE}/cases/:id/phone`,
    route(async (req, res, session) => {
      const record = await visibleCase(deps.cases, id(req), session);
      if (session.role === 'agent') assertHolds(record, session);
      const phone = await deps.phones.of(record);
      if (!phone) throw new HttpError(404, `No phone number is on record for case ${record.id}`);
      await deps.journal.audited(session, 'case.phone_reveal', record, { source: phone.source });
      res.header('Cache-Control', 'no-store');
      res.send(200, { phone: phone.number, source: phone.source });
    }),
  );

  server.post(
    `${BASE}/cases/:id/claim`,
    route(async (req, res, session) => {
      const { record, borrowerNotified } = await deps.actions.claim(id(req), session);
      res.send(200, { case: { id: record.id, status: record.status, assignedTo: record.assignedTo }, borrowerNotified });
    }),
  );

  server.post(
    `${BASE}/cases/:id/messages`,
    route(async (req, res, session) => {
      await deps.actions.message(id(req), session, (await body(req, schemas.message)).text);
      res.send(200, { sent: true });
    }),
  );

  server.post(
    `${BASE}/cases/:id/notes`,
    route(async (req, res, session) => {
      const record = await deps.actions.note(id(req), session, (await body(req, schemas.note)).text);
      res.send(200, { notes: record.notes });
    }),
  );

  server.post(
    `${BASE}/cases/:id/offers`,
    route(async (req, res, session) => {
      res.send(200, await deps.offers.propose(id(req), session, await body(req, schemas.offer)));
    }),
  );

  server.post(
    `${BASE}/cases/:id/offers/accept`,
    route(async (req, res, session) => {
      const { planId, replaces } = await body(req, schemas.accept);
      res.send(200, await deps.offers.accept(id(req), session, planId, replaces));
    }),
  );

  server.post(
    `${BASE}/cases/:id/close`,
    route(async (req, res, session) => {
      const { record, borrowerNotified } = await deps.actions.close(id(req), session, (await body(req, schemas.close)).disposition);
      res.send(200, { case: { id: record.id, status: record.status, disposition: record.disposition }, borrowerNotified });
    }),
  );

  server.post(
    `${BASE}/cases/:id/handback`,
    route(async (req, res, session) => {
      const record = await deps.actions.handBack(id(req), session);
      res.send(200, { case: { id: record.id, status: record.status, disposition: record.disposition } });
    }),
  );
}
