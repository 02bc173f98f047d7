import { loadPolicy, type OfferPolicy } from '../../models/offers';
import { DEFAULT_MODEL_FILE, loadRiskModel, type RiskModel } from '../../models/risk';
import { loadAnalyzer, type Analyzer } from '../../nlp';
import type { Adapter } from 'lowdb';
import { auditDeploymentChanges, fingerprint, type Deployed } from '../casework/audit/deploymentChanges';
import type { AuditTrail } from '../casework/audit/auditLog';
import { ConfigError, type Config } from './config';

export interface Models {
  analyzer: Analyzer;
  riskModel: RiskModel;
  policy: OfferPolicy;
}

/**
 * Loads the trained NLP classifier, the risk model named in config (refused
 * if its feature spec does not match the code) and the offer policy (refused
 * if invalid or in another currency), and audits any change since last start.
 */
export async function loadModels(config: Config, audit: AuditTrail, deployed: Adapter<Deployed>): Promise<Models> {
  const riskModel = loadRiskModel(config.RISK_MODEL ?? DEFAULT_MODEL_FILE);
  const policy = loadPolicy(config.OFFER_POLICY);
  if (policy.currency !== config.CURRENCY) throw new ConfigError('CURRENCY', `is ${config.CURRENCY} but the offer policy is in ${policy.currency}`);
  const analyzer = loadAnalyzer();
  await auditDeploymentChanges(deployed, audit, { policy: `${policy.version}#${fingerprint(policy)}`, riskModel: riskModel.version });
  return { analyzer, riskModel, policy };
}
