/** Risk scoring for serving: load an artifact, score a loan with reasons. */
export type { IntakeFacts, RiskReason, RiskScore } from './score';
export { RISK_BANDS, DEFAULT_BAND_THRESHOLDS, bandFor, type BandThresholds, type RiskBand } from './bands';
export { RiskModel, loadRiskModel, DEFAULT_MODEL_FILE, ModelSpecMismatchError, InvalidModelError } from './riskModel';
