import type { Server } from 'restify';
import type { IntakeSettings } from '../../models/ports/settings';
import { SignedConfirmationLinks } from '../casework/arrangements/confirmationLinks';
import { registerConfirmationRoute } from '../channels/confirmation/confirmationRoute';
import type { StorageBackend } from '../infra/storage/documents';
import type { Config } from './config';
import type { Stores } from './stores';

export interface WrittenConfirmations {
  links: SignedConfirmationLinks;
  /** The page's route, once the deployment's settings are known. */
  route(settings: IntakeSettings): (server: Server) => void;
}

/** Signed links to a printable confirmation of each accepted arrangement, under a secret of their own (`confirmation.secret`). */
export async function writtenConfirmations(
  config: Config,
  stores: Pick<Stores, 'arrangements' | 'audit'>,
  storage: Pick<StorageBackend, 'secret'>,
  now: () => Date,
): Promise<WrittenConfirmations> {
  const secret = await storage.secret('confirmation');
  const { arrangements, audit } = stores;
  const baseUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  return {
    links: new SignedConfirmationLinks({ arrangements, audit, secret, baseUrl, days: config.CONFIRMATION_LINK_DAYS, now }),
    route: (settings) => (server) => registerConfirmationRoute(server, { arrangements, secret, settings, now }),
  };
}
