/** Fraud and anomaly signals: the vocabulary, the detectors, the decision and the supervisors' counters (README, "Fraud and anomaly signals"). */
export { budgetContradictions, type BudgetCheck } from './budgetContradiction';
export { fraudDashboard } from './dashboard';
export { BORROWER_REVIEW_MESSAGE, decideFraud } from './decision';
export { flagRates } from './fairness';
export { defaultFraudPolicy, type FraudPolicy, loadFraudPolicy, parseFraudPolicy } from './fraudPolicy';
export { IdentityProbeDetector, type IdentityCheckEvent } from './identityProbing';
export { generatePlantedBook, PLANTED_KINDS } from './plantedAnomalies';
export { RepaymentAnomalyModel } from './repaymentAnomaly';
export { currentVerdict, fraudRecord, markVerdict } from './review';
export { settlementThresholds } from './settlementThresholds';
export { type FraudSignal, isFlagged, SIGNAL_KINDS } from './signal';
export { earlySettlementRequest, HardshipClaimVelocity } from './velocity';
