import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { Logger } from '../../infra/logger';
import { channelNamespace } from './channelNamespace';
/** The Bot Framework app registration; all empty in Emulator mode. */
export interface BotFrameworkAuthSettings {
  MicrosoftAppId?: string;
  MicrosoftAppPassword?: string;
  MicrosoftAppType?: string;
  MicrosoftAppTenantId?: string;
}

/**
 * The Bot Framework channel adapter for `/api/messages`. With no app id it
 * accepts unauthenticated traffic as the Emulator expects and replies to the
 * activity's serviceUrl; with one, it validates Bot Connector JWTs. Its first
 * middleware keys every conversation under the `bf.` namespace and bounds
 * every outbound call by `sendTimeoutMs`.
 */
export function createCloudAdapter(config: BotFrameworkAuthSettings, log: Logger, sendTimeoutMs: number): CloudAdapter {
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const auth = new ConfigurationBotFrameworkAuthentication(
    { MicrosoftAppId: config.MicrosoftAppId, MicrosoftAppTenantId: config.MicrosoftAppTenantId },
    credentials,
  );
  const adapter = new CloudAdapter(auth);
  adapter.use(channelNamespace(log, sendTimeoutMs));
  return adapter;
}
