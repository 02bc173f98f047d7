import { describe, expect, it } from 'vitest';
import { decodeReplyId, encodeReplyId } from '../../../../bot/channels/whatsApp/replyId';

describe('reply ids', () => {
  it('round-trip text, values and both, giving dialogs back exactly what the action carried', () => {
    for (const payload of [
      { text: 'Job loss' },
      { text: ' padded ' },
      { value: { action: 'accept', planId: 'deferral-3' } },
      { text: 'Accept', value: [1, 'two', null] },
      { value: 'plain' },
    ]) {
      const { id, stored } = encodeReplyId(payload, 256);
      expect(stored).toBeUndefined();
      expect(id).toBe(id.trim());
      expect(decodeReplyId(id)).toEqual({ payload });
    }
  });

  it('encodes the offer data compactly', () => {
    expect(encodeReplyId({ value: { action: 'accept', planId: 'deferral-3' } }, 256).id).toBe('v:{"action":"accept","planId":"deferral-3"}');
  });

  it('replaces a payload too long for the field with a stable reference to store', () => {
    const payload = { value: { note: 'n'.repeat(300) } };
    const first = encodeReplyId(payload, 200);
    expect(first.id.length).toBeLessThanOrEqual(200);
    expect(first.stored).toEqual(payload);
    expect(encodeReplyId(payload, 200).id).toBe(first.id);
    expect(decodeReplyId(first.id)).toEqual({ ref: first.id });
  });

  it('does not claim ids it did not mint or cannot read', () => {
    expect(decodeReplyId('change-button')).toBeUndefined();
    expect(decodeReplyId('v:{not json')).toBeUndefined();
    expect(decodeReplyId('p:{"a":1}')).toBeUndefined();
  });
});
