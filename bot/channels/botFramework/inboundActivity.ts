import { z } from 'zod';
import { firstIssue } from '../../../models/shared/firstIssue';

/** Activity types a channel may send a bot; `trace` (and anything else) is the bot's own and is refused. */
const INBOUND_TYPES = ['message', 'conversationUpdate', 'event', 'typing', 'invoke', 'messageReaction', 'endOfConversation', 'installationUpdate'] as const;

/** The name proactive turns carry; a client may not send it, so it cannot pass for one of ours. */
const PROACTIVE_NAME = 'continueConversation';

const account = z.object({ id: z.string().min(1).max(256), name: z.string().max(256).optional(), role: z.string().max(32).optional() }).passthrough();

const inboundActivity = (maxChars: number, maxValueBytes: number) =>
  z
    .object({
      type: z.enum(INBOUND_TYPES),
      id: z.string().max(256).optional(),
      channelId: z.string().min(1).max(64),
      serviceUrl: z.string().min(1).max(2048),
      conversation: z.object({ id: z.string().min(1).max(512) }).passthrough(),
      from: account,
      recipient: account.optional(),
      text: z.string().max(maxChars, `text is longer than ${maxChars} characters`).optional(),
      name: z
        .string()
        .max(200)
        .refine((n) => n !== PROACTIVE_NAME, `"${PROACTIVE_NAME}" is reserved`)
        .optional(),
      value: z
        .unknown()
        .optional()
        .refine((v) => v === undefined || JSON.stringify(v).length <= maxValueBytes, `value is larger than ${maxValueBytes} bytes`),
      attachments: z
        .array(z.object({ contentType: z.string().max(255) }).passthrough())
        .max(10)
        .optional(),
    })
    .passthrough();

export type InboundCheck = { ok: true; activity: Record<string, unknown> } | { ok: false; status: 400 | 413; error: string };

/**
 * What `/api/messages` accepts, checked before botbuilder sees it, so a
 * malformed activity gets a 400 naming the problem instead of a 500 from deep
 * inside the adapter. The borrower's role is fixed to "user" and
 * `channelData` from the client is dropped: it can never claim to be an agent.
 * The schema is built once per route: building a zod object (and compiling its
 * parser) on every request was a tenth of a turn's CPU.
 */
export function inboundActivityCheck(limits: { maxMessageChars: number; maxValueBytes: number }): (body: unknown) => InboundCheck {
  const schema = inboundActivity(limits.maxMessageChars, limits.maxValueBytes);
  return (body) => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, status: 400, error: 'Invalid activity: expected a JSON object' };
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = firstIssue(parsed.error);
      const tooBig = issue.code === 'too_big' && issue.field === 'text';
      return { ok: false, status: tooBig ? 413 : 400, error: `Invalid activity: ${issue.where} ${issue.message}` };
    }
    const { channelData: _dropped, ...activity } = parsed.data as Record<string, unknown>;
    return { ok: true, activity: { ...activity, from: { ...parsed.data.from, role: 'user' } } };
  };
}
