import { signPayload } from '../../../../../bot/channels/whatsApp/signature';

/** Builders for webhook bodies in the shape Meta documents for the `messages` field. */
export const PHONE_NUMBER_ID = '106540352242922';
export const DISPLAY_NUMBER = '15550783881';
export const APP_SECRET = 'test-app-secret';
export const VERIFY_TOKEN = 'test-verify-token';

type Message = Record<string, unknown> & { from: string; id: string; timestamp: string; type: string };

let counter = 0;
const nextId = () => `wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQz${(++counter).toString(16).padStart(8, '0')}`;
const seconds = (at: Date | number) => String(Math.floor((typeof at === 'number' ? at : at.getTime()) / 1000));

export const textMessage = (from: string, body: string, at: Date | number = Date.now(), id = nextId()): Message => ({
  from,
  id,
  timestamp: seconds(at),
  type: 'text',
  text: { body },
});

export const buttonReply = (from: string, reply: { id: string; title: string }, at: Date | number = Date.now()): Message => ({
  context: { from: DISPLAY_NUMBER, id: 'wamid.previous' },
  from,
  id: nextId(),
  timestamp: seconds(at),
  type: 'interactive',
  interactive: { type: 'button_reply', button_reply: reply },
});

export const listReply = (from: string, reply: { id: string; title: string; description?: string }, at: Date | number = Date.now()): Message => ({
  from,
  id: nextId(),
  timestamp: seconds(at),
  type: 'interactive',
  interactive: { type: 'list_reply', list_reply: reply },
});

export const imageMessage = (from: string, at: Date | number = Date.now()): Message => ({
  from,
  id: nextId(),
  timestamp: seconds(at),
  type: 'image',
  image: { mime_type: 'image/jpeg', sha256: 'abc', id: '1234567890' },
});

export const status = (id: string, recipient: string, state: string, at: Date | number = Date.now(), errors?: { code: number; title: string }[]) => ({
  id,
  status: state,
  timestamp: seconds(at),
  recipient_id: recipient,
  ...(errors ? { errors } : {}),
});

export function webhook(value: { messages?: Message[]; statuses?: unknown[]; names?: Record<string, string>; phoneNumberId?: string }) {
  const senders = [...new Set((value.messages ?? []).map((m) => m.from))];
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: DISPLAY_NUMBER, phone_number_id: value.phoneNumberId ?? PHONE_NUMBER_ID },
              ...(value.messages
                ? { contacts: senders.map((wa_id) => ({ profile: { name: value.names?.[wa_id] ?? 'Test Borrower' }, wa_id })), messages: value.messages }
                : {}),
              ...(value.statuses ? { statuses: value.statuses } : {}),
            },
          },
        ],
      },
    ],
  };
}

export const signed = (body: unknown, secret = APP_SECRET) => {
  const raw = JSON.stringify(body);
  return { raw, signature: signPayload(secret, raw) };
};
