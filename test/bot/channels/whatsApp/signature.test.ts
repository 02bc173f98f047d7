import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hasValidSignature, signPayload } from '../../../../bot/channels/whatsApp/signature';

const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');

describe('X-Hub-Signature-256', () => {
  it('is sha256= and the hex HMAC of the raw body with the app secret', () => {
    expect(signPayload('secret', body)).toBe(`sha256=${createHmac('sha256', 'secret').update(body).digest('hex')}`);
  });

  it('accepts only the exact signature of these bytes with this secret', () => {
    const good = signPayload('secret', body);
    expect(hasValidSignature('secret', body, good)).toBe(true);
    expect(hasValidSignature('other', body, good)).toBe(false);
    expect(hasValidSignature('secret', Buffer.from(body.toString().replace('[]', '[ ]')), good)).toBe(false);
    expect(hasValidSignature('secret', body, good.slice(0, -1))).toBe(false);
    expect(hasValidSignature('secret', body, good.replace('sha256=', 'sha1='))).toBe(false);
    expect(hasValidSignature('secret', body, undefined)).toBe(false);
    expect(hasValidSignature('secret', body, [good])).toBe(false);
  });
});
