/** Risk scoring for serving: load an artifact, score a loan with reasons. */
export { RiskModel, loadRiskModel, DEFAULT_MODEL_FILE, ModelSpecMismatchError, InvalidModelError, ProtectedFeatureError } from './riskModel';
export { RiskInputError } from './scoreInput';
