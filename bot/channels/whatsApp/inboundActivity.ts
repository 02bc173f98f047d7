import { ActivityTypes, type Activity } from 'botbuilder';
import type { ReplyPayload } from './replyId';
import type { InboundMessage } from './webhookPayload';

export const WHATSAPP_CHANNEL_ID = 'whatsapp';
const CONVERSATION_PREFIX = `${WHATSAPP_CHANNEL_ID}:`;

/** One conversation per borrower phone: WhatsApp has no other notion of a conversation. The id is pseudonymous (phonePseudonym). */
export const conversationIdFor = (pseudonym: string): string => `${CONVERSATION_PREFIX}${pseudonym}`;

/** The number in a conversation id of the form used before ids were pseudonymous (`whatsapp:<digits>`), if it is one. */
export function legacyWaId(conversationId: string): string | undefined {
  const rest = conversationId.slice(CONVERSATION_PREFIX.length);
  return conversationId.startsWith(CONVERSATION_PREFIX) && /^\d{6,16}$/.test(rest) ? rest : undefined;
}

export function waIdOf(conversationId: string | undefined): string {
  if (!conversationId?.startsWith(CONVERSATION_PREFIX) || conversationId.length === CONVERSATION_PREFIX.length) {
    throw new Error(`Not a WhatsApp conversation id: expected "${CONVERSATION_PREFIX}<wa_id>"`);
  }
  return conversationId.slice(CONVERSATION_PREFIX.length);
}

/** The tapped reply carried by a message, if any: interactive buttons, list rows and template quick replies. */
export function tappedReply(message: InboundMessage): { id: string; title: string } | undefined {
  const interactive = message.interactive?.button_reply ?? message.interactive?.list_reply;
  if (interactive) return interactive;
  if (message.button) return { id: message.button.payload ?? '', title: message.button.text };
  return undefined;
}

export interface InboundContext {
  /** The borrower's pseudonym (phonePseudonym); without one, the number itself (tests, legacy). */
  pseudonym?: string;
  phoneNumberId: string;
  /** The decoded payload of a tapped reply, when it is one we minted. */
  payload?: ReplyPayload;
}

/**
 * A WhatsApp message as the activity Web Chat would have produced for the
 * same answer: typed text as text; a tapped button as its imBack text or its
 * card's submit value. Media, locations and the like arrive as a placeholder
 * attachment (never downloaded: it may hold anyone's personal data) with
 * `channelData.whatsappType`, so the dialog can ask for a typed answer.
 */
export function toActivity(message: InboundMessage, context: InboundContext): Partial<Activity> {
  const base: Partial<Activity> = {
    type: ActivityTypes.Message,
    id: message.id,
    timestamp: new Date(Number(message.timestamp) * 1000),
    channelId: WHATSAPP_CHANNEL_ID,
    serviceUrl: WHATSAPP_CHANNEL_ID,
    conversation: { id: conversationIdFor(context.pseudonym ?? message.from), isGroup: false, conversationType: 'personal', name: '' },
    // Neither the number nor the profile name travels on: both identify the borrower, and both would be stored.
    from: { id: context.pseudonym ?? message.from, name: '', role: 'user' },
    recipient: { id: context.phoneNumberId, name: '', role: 'bot' },
    channelData: { whatsappType: message.type, ...(message.context?.id ? { replyToMessageId: message.context.id } : {}) },
  };
  if (message.type === 'text' && message.text) return { ...base, text: message.text.body };
  const reply = tappedReply(message);
  if (reply) {
    const payload = context.payload ?? {};
    return { ...base, text: payload.text ?? reply.title, ...(payload.value !== undefined ? { value: payload.value } : {}) };
  }
  return { ...base, attachments: [{ contentType: `application/vnd.whatsapp.${message.type}`, name: message.type }] };
}
