import { createHash } from 'node:crypto';

/**
 * What a tapped button or list row stands for: the text the borrower "said"
 * (an imBack choice) and/or the value a card's Action.Submit carried. It
 * travels inside the reply id, so the answer comes back exactly as Web Chat
 * would deliver it and dialogs cannot tell the channels apart.
 */
export interface ReplyPayload {
  text?: string;
  value?: unknown;
}

export type DecodedReplyId = { payload: ReplyPayload } | { ref: string } | undefined;

/** Ids longer than the field allows are replaced by a reference the adapter stores (see WhatsAppStore). */
export function encodeReplyId(payload: ReplyPayload, maxLength: number): { id: string; stored?: ReplyPayload } {
  const id = encodeInline(payload);
  if (id.length <= maxLength) return { id };
  const ref = `r:${createHash('sha256').update(id).digest('base64url').slice(0, 27)}`;
  return { id: ref, stored: payload };
}

function encodeInline({ text, value }: ReplyPayload): string {
  if (value === undefined) return text !== undefined && text === text.trim() ? `t:${text}` : `p:${JSON.stringify([text ?? null])}`;
  if (text === undefined) return `v:${JSON.stringify(value)}`;
  return `p:${JSON.stringify([text, value])}`;
}

/** The payload behind a reply id we minted; undefined for ids we did not (e.g. a template's quick-reply payload). */
export function decodeReplyId(id: string): DecodedReplyId {
  const kind = id.slice(0, 2);
  const body = id.slice(2);
  try {
    switch (kind) {
      case 't:':
        return { payload: { text: body } };
      case 'v:':
        return { payload: { value: JSON.parse(body) as unknown } };
      case 'p:': {
        const parsed = JSON.parse(body) as unknown;
        if (!Array.isArray(parsed) || (parsed[0] !== null && typeof parsed[0] !== 'string')) return undefined;
        return { payload: { ...(parsed[0] === null ? {} : { text: parsed[0] as string }), ...(parsed.length > 1 ? { value: parsed[1] as unknown } : {}) } };
      }
      case 'r:':
        return { ref: id };
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}
