import { createHash } from 'node:crypto';
import { httpErrorFor, sendError } from '../../infra/http/errorResponse';
import { sameSecret } from '../../infra/security/sameSecret';
import type { Request, Response, Server } from 'restify';
import { HttpError, parseJson, readRawBody } from '../../infra/http/httpErrors';
import type { Logger } from '../../infra/logger';
import { hasValidSignature } from './signature';
import type { WhatsAppInbound } from './whatsAppInbound';
import { parseWebhookPayload, type ChangeValue } from './webhookPayload';

export const WHATSAPP_PATH = '/api/whatsapp';

export interface WhatsAppRouteDeps {
  inbound: WhatsAppInbound;
  log: Logger;
  appSecret: string;
  verifyToken: string;
  maxBodyBytes: number;
  /** Lets the server wait for turns still running after the 200 went out (shutdown). */
  track: <T>(work: Promise<T>) => Promise<T>;
}

/**
 * Meta's webhook for one phone number: GET is the subscription handshake,
 * POST delivers messages and statuses. The signature is checked on the raw
 * bytes before anything is parsed; the delivery is written to the durable
 * inbox, then the 200 goes out before the bot runs (Meta retries slow
 * answers). A delivery that cannot be stored gets 503, so Meta retries it.
 */
export function registerWhatsAppRoutes(server: Server, deps: WhatsAppRouteDeps): void {
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
    let raw: Buffer;
    try {
      raw = await readRawBody(req, deps.maxBodyBytes);
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
    const deliveryId = createHash('sha256').update(raw).digest('hex');
    let fresh: boolean;
    try {
      fresh = await deps.inbound.accept(deliveryId, raw.toString('utf8'));
    } catch {
      deps.log.error({ route: 'whatsapp' }, 'webhook delivery could not be stored');
      res.header('Retry-After', '5');
      res.send(503, { error: 'Temporarily unable to store the delivery' });
      return;
    }
    res.send(200);
    if (fresh) deps.track(deps.inbound.process(deliveryId, changes)).catch((err) => deps.log.error({ err }, 'whatsapp webhook processing failed'));
  });
}
