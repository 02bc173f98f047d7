import { httpErrorFor, sendError } from '../../infra/http/errorResponse';
import { sameSecret } from '../../infra/security/sameSecret';
import type { TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { HttpError, parseJson, readRawBody } from '../../infra/http/httpErrors';
import type { Logger } from '../../infra/logger';
import { KeyedMutex } from '../../infra/storage/keyedMutex';
import { tappedReply, toActivity } from './inboundActivity';
import { decodeReplyId, type ReplyPayload } from './replyId';
import { hasValidSignature } from './signature';
import type { WhatsAppAdapter } from './whatsAppAdapter';
import type { WhatsAppStore } from './whatsAppStore';
import { parseWebhookPayload, type ChangeValue, type InboundMessage } from './webhookPayload';

export const WHATSAPP_PATH = '/api/whatsapp';

export interface WhatsAppRouteDeps {
  adapter: WhatsAppAdapter;
  store: WhatsAppStore;
  logic: (context: TurnContext) => Promise<void>;
  log: Logger;
  appSecret: string;
  verifyToken: string;
  phoneNumberId: string;
  maxBodyBytes: number;
  /** Lets the server wait for turns still running after the 200 went out (shutdown). */
  track: <T>(work: Promise<T>) => Promise<T>;
}

/** Reactions are not answers; they neither start a turn nor ask the borrower to type. */
const IGNORED_TYPES = new Set(['reaction']);

/**
 * Meta's webhook for one phone number: GET is the subscription handshake,
 * POST delivers messages and statuses. The signature is checked on the raw
 * bytes before anything is parsed; the 200 goes out before the bot runs
 * (Meta retries slow answers, which would only add duplicates).
 */
export function registerWhatsAppRoutes(server: Server, deps: WhatsAppRouteDeps): void {
  const senderLock = new KeyedMutex();

  server.get(WHATSAPP_PATH, async (req: Request, res: Response) => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const challenge = query.get('hub.challenge');
    if (query.get('hub.mode') !== 'subscribe' || !sameSecret(query.get('hub.verify_token'), deps.verifyToken) || !challenge) {
      deps.log.warn({ route: 'whatsapp' }, 'webhook verification refused');
      res.send(403, { error: 'verification failed' });
      return;
    }
    res.sendRaw(200, challenge, { 'content-type': 'text/plain; charset=utf-8' });
  });

  server.post(WHATSAPP_PATH, async (req: Request, res: Response) => {
    let changes: ChangeValue[];
    try {
      const raw = await readRawBody(req, deps.maxBodyBytes);
      if (!hasValidSignature(deps.appSecret, raw, req.headers['x-hub-signature-256'])) throw new HttpError(401, 'missing or invalid X-Hub-Signature-256');
      const parsed = parseWebhookPayload(parseJson(raw));
      if (!parsed.ok) throw new HttpError(400, `Unexpected webhook payload: ${parsed.error}`);
      changes = parsed.changes;
    } catch (err) {
      const known = httpErrorFor(err);
      deps.log.warn({ route: 'whatsapp', status: known?.status }, known?.message ?? 'webhook failed');
      sendError(res, err);
      return;
    }
    res.send(200);
    deps.track(handleChanges(changes)).catch((err) => deps.log.error({ err }, 'whatsapp webhook processing failed'));
  });

  async function handleChanges(changes: ChangeValue[]): Promise<void> {
    const work: Promise<void>[] = [];
    for (const change of changes) {
      if (change.metadata.phone_number_id !== deps.phoneNumberId) {
        deps.log.warn({ phoneNumberId: change.metadata.phone_number_id }, 'whatsapp webhook for another phone number ignored');
        continue;
      }
      for (const status of change.statuses ?? []) {
        work.push(deps.store.recordStatus(status));
        if (status.status === 'failed') deps.log.warn({ messageId: status.id, codes: status.errors?.map((e) => e.code) }, 'whatsapp message failed');
      }
      // Sorted here and queued per sender, so one borrower's messages are answered in the order written.
      const messages = [...(change.messages ?? [])].sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
      for (const message of messages) {
        const profileName = change.contacts?.find((c) => c.wa_id === message.from)?.profile?.name;
        work.push(senderLock.run(message.from, () => receive(message, profileName)));
      }
    }
    const failures = (await Promise.allSettled(work)).filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    for (const failure of failures) deps.log.error({ err: failure.reason }, 'whatsapp message handling failed');
  }

  async function receive(message: InboundMessage, profileName: string | undefined): Promise<void> {
    if (!(await deps.store.claimInbound(message.id, message.type))) {
      deps.log.info({ messageId: message.id }, 'whatsapp duplicate delivery ignored');
      return;
    }
    const held = await deps.store.recordInbound(message.from, new Date(Number(message.timestamp) * 1000));
    if (held.length > 0) {
      // A failed release must not also cost the borrower the answer to what they just wrote.
      await deps.adapter.deliver(message.from, held).catch((err) => deps.log.error({ err, held: held.length }, 'whatsapp held messages not delivered'));
    }
    if (IGNORED_TYPES.has(message.type)) return;
    const activity = toActivity(message, { profileName, phoneNumberId: deps.phoneNumberId, payload: await payloadOf(message) });
    await deps.adapter.processActivity(activity, deps.logic);
  }

  async function payloadOf(message: InboundMessage): Promise<ReplyPayload | undefined> {
    const reply = tappedReply(message);
    const decoded = reply && decodeReplyId(reply.id);
    if (!decoded) return undefined;
    return 'ref' in decoded ? deps.store.reply(decoded.ref) : decoded.payload;
  }
}
