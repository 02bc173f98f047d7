import { firstIssue } from '../../../models/shared/firstIssue';
import { z } from 'zod';

/**
 * The part of Meta's `messages` webhook we act on. Unknown fields are dropped
 * rather than refused: Meta adds fields over time and a stricter schema would
 * turn each addition into lost messages.
 */
const reply = z.object({ id: z.string().min(1), title: z.string() });

export const inboundMessageSchema = z.object({
  from: z.string().min(1),
  id: z.string().min(1),
  timestamp: z.string().regex(/^\d+$/, 'must be Unix seconds'),
  type: z.string().min(1),
  text: z.object({ body: z.string() }).optional(),
  interactive: z
    .object({
      type: z.string(),
      button_reply: reply.optional(),
      list_reply: reply.extend({ description: z.string().optional() }).optional(),
    })
    .optional(),
  button: z.object({ payload: z.string().optional(), text: z.string() }).optional(),
  context: z.object({ from: z.string().optional(), id: z.string().optional() }).optional(),
});

export const statusErrorSchema = z.object({
  code: z.number(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.object({ details: z.string().optional() }).optional(),
});

export const messageStatusSchema = z.object({
  id: z.string().min(1),
  /** sent, delivered, read, failed, deleted… kept open: a new state must not make Meta's whole delivery fail. */
  status: z.string().min(1),
  timestamp: z.string().regex(/^\d+$/, 'must be Unix seconds'),
  recipient_id: z.string(),
  errors: z.array(statusErrorSchema).optional(),
  /** What we put in the message's `biz_opaque_callback_data`, returned by Meta with each status. */
  biz_opaque_callback_data: z.string().max(512).optional(),
});

export const changeValueSchema = z.object({
  messaging_product: z.literal('whatsapp'),
  metadata: z.object({ display_phone_number: z.string(), phone_number_id: z.string() }),
  contacts: z.array(z.object({ profile: z.object({ name: z.string() }).optional(), wa_id: z.string() })).optional(),
  messages: z.array(inboundMessageSchema).optional(),
  statuses: z.array(messageStatusSchema).optional(),
});

export const webhookPayloadSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(z.object({ id: z.string(), changes: z.array(z.object({ field: z.string().optional(), value: z.unknown() })) })),
});

export type InboundMessage = z.infer<typeof inboundMessageSchema>;
export type MessageStatus = z.infer<typeof messageStatusSchema>;
export type ChangeValue = z.infer<typeof changeValueSchema>;

export type ParsedWebhook = { ok: true; changes: ChangeValue[] } | { ok: false; error: string };

/**
 * The `messages`-field changes of a webhook body, validated. Other subscribed
 * fields (account updates, template reviews) are not ours and are skipped; a
 * `messages` change we cannot read is an error, never silently dropped.
 */
export function parseWebhookPayload(body: unknown): ParsedWebhook {
  const envelope = webhookPayloadSchema.safeParse(body);
  if (!envelope.success) return { ok: false, error: describe(envelope.error) };
  const changes: ChangeValue[] = [];
  for (const entry of envelope.data.entry) {
    for (const change of entry.changes) {
      if (change.field !== undefined && change.field !== 'messages') continue;
      const value = changeValueSchema.safeParse(change.value);
      if (!value.success) return { ok: false, error: `entry ${entry.id}: ${describe(value.error)}` };
      changes.push(value.data);
    }
  }
  return { ok: true, changes };
}

function describe(error: z.ZodError): string {
  const issue = firstIssue(error);
  return `${issue.where}: ${issue.message}`;
}
