import { z } from 'zod';
import { RISK_BANDS } from '../risk/bands';
import { LOAN_TYPES } from '../loanBook/loanRecord';
import { OUTREACH_CHANNELS } from './contactRules';

export const CAMPAIGN_STATUSES = ['draft', 'running', 'paused', 'stopped'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

const range = z
  .strictObject({ min: z.number().min(0).optional(), max: z.number().min(0).optional() })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min must not exceed max');

/** Who a campaign reaches. Borrowers who opted out, dispute, complained or are on hold are never in it, whatever it says. */
export const segmentSchema = z.strictObject({
  daysPastDue: range.default({}),
  missedPayments: range.default({}),
  balance: range.default({}),
  bands: z.array(z.enum(RISK_BANDS)).default([]),
  products: z.array(z.enum(LOAN_TYPES)).default([]),
  /** Leave out borrowers who already have a live arrangement (the default). */
  excludeLiveArrangement: z.boolean().default(true),
});
export type Segment = z.infer<typeof segmentSchema>;

/** A pre-approved WhatsApp template and the values of its body variables (lender name, web-chat link…; never PII). */
const messageSchema = z.strictObject({
  template: z.string().regex(/^[a-z0-9_]{1,512}$/, 'a WhatsApp template name: lower-case letters, digits and underscores'),
  language: z.string().min(2).max(10).default('en'),
  variables: z
    .array(z.enum(['lender_name', 'web_chat_link', 'support_hours']))
    .max(10)
    .default([]),
});

export const campaignInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  segment: segmentSchema,
  message: messageSchema,
  channels: z.array(z.enum(OUTREACH_CHANNELS)).min(1).default(['whatsapp']),
  /** Follow-ups: one attempt per step, each this many days after the first. */
  steps: z.array(z.number().int().min(0).max(60)).min(1).max(5).default([0, 3]),
  start: z.iso.datetime(),
  end: z.iso.datetime().optional(),
  dailyCap: z.number().int().min(1).max(100_000),
  /** Share of the segment held back as a control group that receives nothing. */
  holdoutShare: z.number().min(0).max(0.5).default(0.1),
});
export type CampaignInput = z.infer<typeof campaignInputSchema>;

export interface Campaign extends CampaignInput {
  id: string;
  status: CampaignStatus;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}
