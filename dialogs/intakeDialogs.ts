import type { StatePropertyAccessor } from 'botbuilder';
import type { IntakeState } from '../models/intake/intakeState';
import type { IntakeServices } from '../models/ports/intakeServices';
import { BudgetDialog } from './budgetDialog';
import { HardshipStoryDialog } from './hardshipStoryDialog';
import { MainDialog } from './mainDialog';
import { MissedPaymentDialog } from './missedPaymentDialog';
import { OfferDialog } from './offerDialog';
import { VerifyIdentityDialog } from './verifyIdentityDialog';
import { WelcomeDialog } from './welcomeDialog';

/** The whole intake: the main dialog with one dialog per stage, each given the services it uses. */
export function createIntakeDialog(services: IntakeServices, intakeState: StatePropertyAccessor<IntakeState>): MainDialog {
  return new MainDialog(services, intakeState, {
    welcome: new WelcomeDialog(services, intakeState),
    verify: new VerifyIdentityDialog(services, intakeState),
    story: new HardshipStoryDialog(services, intakeState),
    budget: new BudgetDialog(services, intakeState),
    offer: new OfferDialog(services, intakeState),
    missedPayment: new MissedPaymentDialog(services, intakeState),
  });
}
