import type { OutreachSender, SendResult } from '../../casework/outreach/outreachScheduler';
import { sendReference } from '../../../models/outreach/sendReference';
import { isWindowOpen } from './customerServiceWindow';
import { GraphApiError } from './graphApiError';
import type { GraphClient } from './graphClient';
import { envelope, type SendBody } from './sendBody';
import type { WhatsAppStore } from './whatsAppStore';

/** What a campaign's template variables may be filled with: the lender's own details, never the borrower's or the debt's. */
export interface OutreachVariables {
  lender_name: string;
  web_chat_link: string;
  support_hours: string;
}

/**
 * Free text for a borrower whose 24-hour window is open: who we are, an
 * invitation to reply, and how to stop. Nothing about the debt before the
 * borrower has verified who they are (the reply starts the usual intake).
 */
export function outreachText(v: OutreachVariables): string {
  const link = v.web_chat_link ? ` or chat with us at ${v.web_chat_link}` : '';
  return `Hello from ${v.lender_name}. We would like to help with your account. Reply to this message to talk with us${link}. Reply STOP to opt out.`;
}

interface SenderDeps {
  graph: GraphClient;
  store: WhatsAppStore;
  now: () => Date;
}

/** Sends `body` (free text inside the window, else the template) and records it, so its delivery statuses land on it. */
export async function sendProactive(deps: SenderDeps, to: string, body: (windowOpen: boolean) => SendBody): Promise<SendResult> {
  const now = deps.now();
  const open = isWindowOpen((await deps.store.user(to)).lastInboundAt, now);
  const message = body(open);
  try {
    const sent = await deps.graph.send(message);
    await deps.store.recordSent(sent.messageId, { to, type: message.type, sentAt: now.toISOString() });
    return { ok: true, messageId: sent.messageId };
  } catch (err) {
    if (!(err instanceof GraphApiError)) throw err;
    return { ok: false, retryable: err.retryable, error: err.message };
  }
}

/**
 * Outreach on WhatsApp: a pre-approved template (with the campaign's
 * variables) when the customer-service window is closed, as it is for nearly
 * every first contact; free text only inside it.
 */
export function whatsAppOutreachSender(deps: SenderDeps & { variables: OutreachVariables }): OutreachSender {
  return async (loan, campaign, row) => {
    const to = loan.Phone?.replace(/\D/g, '');
    if (!to) return { ok: false, retryable: false, error: 'the loan has no phone number' };
    const { template, language, variables } = campaign.message;
    // Comes back with each status, so a send whose answer a crash lost is still matched to its row.
    const head = { ...envelope(to), biz_opaque_callback_data: sendReference(campaign.id, row.key) };
    return sendProactive(deps, to, (open) =>
      open
        ? { ...head, type: 'text', text: { body: outreachText(deps.variables) } }
        : {
            ...head,
            type: 'template',
            template: {
              name: template,
              language: { code: language },
              ...(variables.length > 0 && {
                components: [{ type: 'body', parameters: variables.map((name) => ({ type: 'text', text: deps.variables[name] || '-' })) }],
              }),
            },
          },
    );
  };
}
