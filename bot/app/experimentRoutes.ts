import type { Server } from 'restify';
import type { OfferPolicy } from '../../models/offers/policy';
import type { StaffAuth } from '../staff/auth/staffAuth';
import { registerExperimentRoutes } from '../staff/supervisor/experimentRoutes';
import { promiseSettings, type Config } from './config';
import type { Stores } from './stores';

/** The supervisors' offer experiments API; outcomes are the promises of the arrangements, judged as the promise routes judge them. */
export function experimentRoutes(config: Config, stores: Stores, auth: StaffAuth, deployed: OfferPolicy, now: () => Date): (server: Server) => void {
  const { experiments: store, arrangements, payments, audit } = stores;
  const settings = promiseSettings(config);
  return (server) =>
    registerExperimentRoutes(server, { auth, audit, store, arrangements, payments, settings, deployed, maxBodyBytes: config.MAX_BODY_BYTES, now });
}
