import type { PlanType } from '../plan';
import { arrearsPlan } from './arrearsPlan';
import { deferral } from './deferral';
import type { PlanBuilder } from './draft';
import { rateReduction } from './rateReduction';
import { reducedPayment } from './reducedPayment';
import { settlementInstalments, settlementLumpSum } from './settlement';
import { termExtension } from './termExtension';

export const PLAN_BUILDERS: Record<PlanType, PlanBuilder> = {
  deferral,
  term_extension: termExtension,
  rate_reduction: rateReduction,
  reduced_payment: reducedPayment,
  arrears_plan: arrearsPlan,
  settlement_lump_sum: settlementLumpSum,
  settlement_instalments: settlementInstalments,
};
