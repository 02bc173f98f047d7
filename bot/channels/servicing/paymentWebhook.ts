import type { Request, Response, Server } from 'restify';
import type { PaymentFields } from '../../../models/payments/payment';
import type { DeliveryLog } from '../../casework/payments/deliveryLog';
import type { PaymentIntake } from '../../casework/payments/paymentIntake';
import { httpErrorFor, sendError } from '../../infra/http/errorResponse';
import { HttpError, parseJson, readRawBody } from '../../infra/http/httpErrors';
import type { Logger } from '../../infra/logger';
import { checkServicingSignature } from './servicingSignature';

export const PAYMENT_WEBHOOK_PATH = '/api/servicing/payments';
const MAX_ITEMS = 1000;

export interface PaymentWebhookDeps {
  intake: PaymentIntake;
  deliveries: DeliveryLog;
  secret: string;
  toleranceSeconds: number;
  maxBodyBytes: number;
  log: Logger;
  now: () => Date;
}

function parseDelivery(body: unknown): { id: string; payments: PaymentFields[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'Expected a JSON object { id, payments: [...] }');
  const { id, payments } = body as Record<string, unknown>;
  if (typeof id !== 'string' || !/^[A-Za-z0-9._:-]{8,128}$/.test(id)) throw new HttpError(400, '"id" must be 8–128 letters, digits or . _ : -');
  if (!Array.isArray(payments) || payments.length === 0 || payments.length > MAX_ITEMS)
    throw new HttpError(400, `"payments" must be an array of 1 to ${MAX_ITEMS} items`);
  if (payments.some((p) => typeof p !== 'object' || p === null || Array.isArray(p))) throw new HttpError(400, 'every item of "payments" must be an object');
  return { id, payments: (payments as Record<string, unknown>[]).map((p) => ({ loan: p.loan, date: p.date, amount: p.amount, reference: p.reference })) };
}

/**
 * Payments pushed by the lender's servicing system. The signature and timestamp are checked on the raw
 * bytes before anything is parsed; a delivery id is acted on once (a replay gets 409, and payment
 * references make a retry under a new id harmless too). Bad items are listed by position in the 200.
 */
export function registerPaymentWebhook(server: Server, deps: PaymentWebhookDeps): void {
  server.post(PAYMENT_WEBHOOK_PATH, async (req: Request, res: Response) => {
    try {
      const raw = await readRawBody(req, deps.maxBodyBytes);
      const signed = checkServicingSignature(
        deps.secret,
        raw,
        { timestamp: req.headers['x-forbear-timestamp'], signature: req.headers['x-forbear-signature'] },
        deps.now(),
        deps.toleranceSeconds,
      );
      if (!signed.ok) throw new HttpError(401, signed.reason);
      const delivery = parseDelivery(parseJson(raw));
      const result = await deps.deliveries.once(delivery.id, () => deps.intake.receive(delivery.payments));
      if (!result) throw new HttpError(409, `delivery ${delivery.id} was already received`);
      deps.log.info({ route: 'servicing', recorded: result.recorded, duplicates: result.duplicates, rejected: result.rejected.length }, 'payments received');
      res.send(200, { recorded: result.recorded, duplicates: result.duplicates, rejected: result.rejected.map((r) => ({ index: r.at, reason: r.reason })) });
    } catch (err) {
      const known = httpErrorFor(err);
      if (known) deps.log.warn({ route: 'servicing', status: known.status }, known.message);
      sendError(res, err);
    }
  });
}
