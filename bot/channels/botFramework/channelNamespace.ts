import type { Middleware, ResourceResponse, TurnContext } from 'botbuilder';
import type { Logger } from '../../infra/logger';

/**
 * Every conversation that reaches us through the Bot Connector (or the
 * Emulator) is keyed under this prefix, whatever `channelId` the activity
 * claims: state, cases, transcripts, STOP records and proactive routing all
 * read `activity.channelId`, so a claimed "whatsapp" or "directline" lands in
 * `bf.whatsapp`, never in the conversations our own endpoints host.
 */
export const BOT_CONNECTOR_PREFIX = 'bf.';

export const isBotConnectorChannel = (channelId: string | undefined): boolean => (channelId ?? '').startsWith(BOT_CONNECTOR_PREFIX);

/** The channel id the Bot Connector knows the conversation by (what replies must carry). */
export const connectorChannelId = (channelId: string): string => (isBotConnectorChannel(channelId) ? channelId.slice(BOT_CONNECTOR_PREFIX.length) : channelId);

/**
 * The first middleware on the CloudAdapter: namespaces the inbound channel id,
 * restores the real one on everything sent back, and gives every outbound call
 * a deadline, so a silent `serviceUrl` cannot hold a turn (and its request) open.
 */
export function channelNamespace(log: Logger, sendTimeoutMs: number): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const { activity } = context;
      if (!isBotConnectorChannel(activity.channelId)) activity.channelId = `${BOT_CONNECTOR_PREFIX}${activity.channelId}`;
      context.onSendActivities(async (_ctx, activities, send) => {
        for (const outgoing of activities) if (outgoing.channelId) outgoing.channelId = connectorChannelId(outgoing.channelId);
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ResourceResponse[]>((resolve) => {
          timer = setTimeout(() => {
            log.warn({ channelId: activity.channelId, activities: activities.length, ms: sendTimeoutMs }, 'bot connector send timed out');
            resolve(activities.map(() => ({ id: '' })));
          }, sendTimeoutMs);
        });
        try {
          return await Promise.race([send(), timedOut]);
        } finally {
          clearTimeout(timer);
        }
      });
      await next();
    },
  };
}
