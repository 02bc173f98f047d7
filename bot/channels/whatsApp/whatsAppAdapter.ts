import { ActivityTypes, type TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { Logger } from '../../infra/logger';
import { InProcessAdapter } from '../inProcessAdapter';
import { isWindowOpen, templateBody, type TemplateConfig } from './customerServiceWindow';
import { GraphApiError } from './graphApiError';
import type { GraphClient } from './graphClient';
import { WHATSAPP_CHANNEL_ID, waIdOf } from './inboundActivity';
import { renderActivity, type RenderOptions } from './renderer';
import type { SendBody } from './sendBody';
import type { WhatsAppStore } from './whatsAppStore';

export interface WhatsAppAdapterOptions {
  graph: Pick<GraphClient, 'send'>;
  store: WhatsAppStore;
  log: Logger;
  /** Sent instead of free text outside the 24-hour window; without one, messages are only held back. */
  template?: TemplateConfig;
  render?: Partial<RenderOptions>;
  now?: () => Date;
}

/**
 * The channel adapter for the WhatsApp Cloud API: inbound messages run
 * through the same middleware and bot as every channel; replies are rendered
 * into WhatsApp messages. Outside the customer-service window nothing
 * free-form is sent: the messages are held back, the configured template
 * invites the borrower to reply, and their reply releases what was held.
 */
export class WhatsAppAdapter extends InProcessAdapter {
  private readonly now: () => Date;

  constructor(private readonly options: WhatsAppAdapterOptions) {
    super('WhatsApp');
    this.now = options.now ?? (() => new Date());
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        await new Promise((resolve) => setTimeout(resolve, typeof activity.value === 'number' ? activity.value : 1000));
      }
      // Typing, traces and events have no WhatsApp form; the bot still gets an (empty) id back.
      if (activity.type !== ActivityTypes.Message) {
        responses.push({ id: '' });
        continue;
      }
      const conversationId = activity.conversation?.id ?? context.activity.conversation?.id;
      const to = await this.options.store.waIdFor(waIdOf(conversationId) && conversationId!);
      if (!to) throw new Error('No WhatsApp number is known for this conversation');
      const rendered = renderActivity(activity, to, this.options.render);
      await this.options.store.saveReplies(rendered.storedReplies);
      responses.push({ id: await this.deliver(to, rendered.bodies) });
    }
    return responses;
  }

  /** Sends now if the window is open, else holds back and invites a reply; resolves with the last wamid sent. */
  async deliver(to: string, bodies: SendBody[]): Promise<string> {
    if (bodies.length === 0) return '';
    const user = await this.options.store.user(to);
    if (!isWindowOpen(user.lastInboundAt, this.now())) return this.holdBack(to, bodies, user.pending.length > 0);
    let lastId = '';
    for (let i = 0; i < bodies.length; i++) {
      try {
        const { messageId } = await this.options.graph.send(bodies[i]);
        await this.options.store.recordSent(messageId, { to, type: bodies[i].type, sentAt: this.now().toISOString() });
        lastId = messageId;
      } catch (err) {
        // Meta's clock is the one that counts: if it says the window closed, hold the rest back.
        if (err instanceof GraphApiError && err.windowClosed) return this.holdBack(to, bodies.slice(i), false);
        const graphError = err instanceof GraphApiError ? err : undefined;
        this.options.log.error({ status: graphError?.status, code: graphError?.code, sent: i, of: bodies.length }, 'whatsapp send failed');
        throw err;
      }
    }
    return lastId;
  }

  private async holdBack(to: string, bodies: SendBody[], invited: boolean): Promise<string> {
    await this.options.store.holdBack(to, bodies);
    const template = this.options.template;
    // One invitation is enough; more templates before they reply would only nag (and cost).
    if (invited) return '';
    if (!template) {
      this.options.log.warn({ held: bodies.length }, 'whatsapp window closed and no WHATSAPP_TEMPLATE configured; messages held back');
      return '';
    }
    const { messageId } = await this.options.graph.send(templateBody(to, template));
    await this.options.store.recordSent(messageId, { to, type: 'template', sentAt: this.now().toISOString(), withheld: bodies.length });
    this.options.log.info({ held: bodies.length, messageId }, 'whatsapp window closed; template sent');
    return messageId;
  }

  /** One conversation per borrower phone: refuses a reference that is not one of ours. */
  protected override address(reference: Partial<ConversationReference>): Partial<ConversationReference> {
    waIdOf(reference.conversation?.id);
    return { ...reference, channelId: WHATSAPP_CHANNEL_ID };
  }
}
