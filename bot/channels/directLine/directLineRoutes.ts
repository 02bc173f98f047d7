import { httpErrorFor } from '../../infra/http/errorResponse';
import { firstIssue } from '../../../models/shared/firstIssue';
import { randomUUID } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { HttpError, readJsonBody, readRawBody } from '../../infra/http/httpErrors';
import { RateLimiter } from '../../infra/http/rateLimiter';
import type { Logger } from '../../infra/logger';
import type { KeyedMutex } from '../../infra/storage/keyedMutex';
import type { DirectLineInbound } from './directLineInbound';
import type { ConversationStreams } from './conversationStreams';
import { DIRECTLINE_CHANNEL_ID, type DirectLineAdapter } from './directLineAdapter';
import type { DirectLineGrant, DirectLineTokens } from './tokens';

export interface DirectLineDeps {
  adapter: DirectLineAdapter;
  streams: ConversationStreams;
  tokens: DirectLineTokens;
  logic: (context: TurnContext) => Promise<void>;
  botAccount: { id: string; name: string };
  log: Logger;
  maxBodyBytes: number;
  maxMessageChars: number;
  /** New conversations one address may start per minute (default 30). */
  newConversationsPerMinute?: number;
  /** Resolves when the turn is done; lets the server wait for in-flight turns at shutdown. */
  track: <T>(work: Promise<T>) => Promise<T>;
  /** Posted activities go through the durable inbox before they are acknowledged. */
  inbound: DirectLineInbound;
  /** Shared with `inbound`: one turn per conversation at a time. */
  turnLock: KeyedMutex;
  /** Messages per conversation per minute. */
  perConversation: RateLimiter;
  /** A keyed name for the client address, put on each posted activity as `channelData.source` (fraud signals). */
  sourceOf?: (address: string) => string;
}

const BASE = '/v3/directline';

const incomingActivity = (maxChars: number) =>
  z.object({
    type: z.enum(['message', 'event', 'typing', 'invoke']),
    text: z.string().max(maxChars, `text is longer than ${maxChars} characters`).optional(),
    textFormat: z.string().optional(),
    locale: z.string().max(20).optional(),
    name: z
      .string()
      .max(200)
      .refine((n) => n !== 'continueConversation', 'is reserved')
      .optional(),
    value: z
      .unknown()
      .optional()
      .refine((v) => v === undefined || JSON.stringify(v).length <= 16 * 1024, 'is larger than 16384 bytes'),
    attachments: z
      .array(z.object({ contentType: z.string(), contentUrl: z.string().optional(), name: z.string().optional() }).passthrough())
      .max(10)
      .optional(),
    // Only Web Chat's own id survives: nothing else a client puts in channelData is trusted or stored.
    channelData: z
      .object({ clientActivityID: z.string().max(200).optional() })
      .optional()
      .transform((c) => (c?.clientActivityID ? { clientActivityID: c.clientActivityID } : undefined)),
    from: z.object({ id: z.string().optional(), name: z.string().optional() }).passthrough().optional(),
  });

/**
 * A Direct Line 3.0-compatible endpoint (polling), enough for Web Chat's
 * `createDirectLine({ domain, webSocket: false })`: start, reconnect, post,
 * poll by watermark and refresh tokens. Each token is bound to one
 * conversation, so a browser can neither read nor post to another's.
 */
export function registerDirectLineRoutes(server: Server, deps: DirectLineDeps): void {
  const turnLock = deps.turnLock;
  const schema = incomingActivity(deps.maxMessageChars);

  const authorize = (req: Request, conversationId?: string): DirectLineGrant => {
    const check = deps.tokens.check(req.headers.authorization, conversationId);
    if (!check.ok) throw new HttpError(check.status, check.error);
    return check.grant;
  };

  const conversationResponse = (grant: DirectLineGrant) => ({
    conversationId: grant.conversationId,
    token: deps.tokens.issue(grant.conversationId, grant.userId),
    expires_in: deps.tokens.expiresIn,
  });

  const runTurn = (conversationId: string, activity: Partial<Activity>) =>
    deps.track(turnLock.run(conversationId, () => deps.adapter.processActivity(activity, deps.logic)));

  const baseActivity = (grant: DirectLineGrant): Partial<Activity> => ({
    channelId: DIRECTLINE_CHANNEL_ID,
    serviceUrl: BASE,
    conversation: { id: grant.conversationId } as Activity['conversation'],
    recipient: { ...deps.botAccount, role: 'bot' },
    from: { id: grant.userId, name: '', role: 'user' },
  });

  const startConversation = (grant: DirectLineGrant) => {
    if (deps.streams.has(grant.conversationId)) return;
    deps.streams.open(grant.conversationId);
    const update: Partial<Activity> = {
      ...baseActivity(grant),
      type: 'conversationUpdate',
      id: randomUUID(),
      timestamp: new Date(),
      membersAdded: [{ ...deps.botAccount }, { id: grant.userId, name: '' }],
    };
    runTurn(grant.conversationId, update).catch((err) => deps.log.error({ err, conversationId: grant.conversationId }, 'welcome turn failed'));
  };

  const handle =
    (fn: (req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        await fn(req, res);
      } catch (err) {
        const known = httpErrorFor(err);
        if (known) {
          // Direct Line's own error shape, so Web Chat shows the right failure.
          const codes: Record<number, string> = { 413: 'MessageSizeTooBig', 429: 'TooManyRequests', 503: 'ServiceUnavailable' };
          const code = codes[known.status] ?? 'BadArgument';
          if (known.status === 503) res.header('Retry-After', '5');
          res.send(known.status, { error: { code, message: known.message } });
          return;
        }
        deps.log.error({ err }, 'direct line request failed');
        res.send(500, { error: { code: 'ServiceError', message: 'Internal error' } });
      }
    };

  // A page with no secret gets a token for a brand-new conversation (borrowers are anonymous until verified),
  // so new conversations are rate-limited per address instead.
  const newConversations = new RateLimiter(deps.newConversationsPerMinute ?? 30, 60_000);
  server.post(
    `${BASE}/tokens/generate`,
    handle(async (req, res) => {
      const address = req.socket.remoteAddress ?? 'unknown';
      if (!newConversations.allow(address)) {
        res.header('Retry-After', String(newConversations.retryAfter(address)));
        throw new HttpError(429, 'Too many new conversations from this address; please wait a minute');
      }
      res.send(200, conversationResponse({ conversationId: randomUUID(), userId: `dl_${randomUUID()}`, expiresAt: 0 }));
    }),
  );

  server.post(
    `${BASE}/tokens/refresh`,
    handle(async (req, res) => {
      res.send(200, conversationResponse(authorize(req)));
    }),
  );

  server.post(
    `${BASE}/conversations`,
    handle(async (req, res) => {
      const grant = authorize(req);
      startConversation(grant);
      res.send(201, conversationResponse(grant));
    }),
  );

  server.get(
    `${BASE}/conversations/:conversationId`,
    handle(async (req, res) => {
      const grant = authorize(req, req.params.conversationId);
      deps.streams.open(grant.conversationId);
      res.send(200, conversationResponse(grant));
    }),
  );

  server.get(
    `${BASE}/conversations/:conversationId/activities`,
    handle(async (req, res) => {
      const grant = authorize(req, req.params.conversationId);
      const watermark = Number(req.query?.watermark ?? 0);
      if (!Number.isInteger(watermark) || watermark < 0) throw new HttpError(400, 'watermark must be a non-negative integer');
      deps.streams.open(grant.conversationId);
      const page = deps.streams.since(grant.conversationId, watermark);
      res.send(200, { activities: page.activities, watermark: String(page.watermark) });
    }),
  );

  server.post(
    `${BASE}/conversations/:conversationId/activities`,
    handle(async (req, res) => {
      const grant = authorize(req, req.params.conversationId);
      const parsed = schema.safeParse(await readJsonBody(req, deps.maxBodyBytes));
      if (!parsed.success) {
        const issue = firstIssue(parsed.error);
        const tooLong = issue.code === 'too_big' && issue.field === 'text';
        throw new HttpError(tooLong ? 413 : 400, `Invalid activity: ${issue.where} ${issue.message}`);
      }
      const { channelData, ...fields } = parsed.data;
      const activity: Partial<Activity> = {
        ...fields,
        // Set here, after the client's fields: a client cannot name its own source.
        channelData: { ...channelData, ...(deps.sourceOf ? { source: deps.sourceOf(req.socket.remoteAddress ?? 'unknown') } : {}) },
        ...baseActivity(grant),
        from: { id: grant.userId, name: parsed.data.from?.name ?? '', role: 'user' },
      } as Partial<Activity>;
      if (!deps.perConversation.allow(grant.conversationId)) {
        res.header('Retry-After', String(deps.perConversation.retryAfter(grant.conversationId)));
        throw new HttpError(429, 'Too many messages in this conversation; please wait a moment');
      }
      const started = Date.now();
      const { id, duplicate } = await deps.inbound.receive(grant.conversationId, activity, channelData?.clientActivityID);
      deps.log.info({ reqId: req.id(), route: 'directline', conversationId: grant.conversationId, ms: Date.now() - started, duplicate }, 'turn');
      res.send(200, { id });
    }),
  );

  // Files are never kept (they may hold anyone's personal data): the bot is told one arrived, so it can ask for typed answers.
  server.post(
    `${BASE}/conversations/:conversationId/upload`,
    handle(async (req, res) => {
      const grant = authorize(req, req.params.conversationId);
      await readRawBody(req, deps.maxBodyBytes * 40);
      const activity: Partial<Activity> = {
        ...baseActivity(grant),
        type: 'message',
        attachments: [{ contentType: 'application/octet-stream', name: 'upload' }],
      };
      const { id } = await deps.inbound.receive(grant.conversationId, activity, undefined);
      res.send(200, { id });
    }),
  );
}
