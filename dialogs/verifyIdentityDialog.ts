import { type TurnContext, type StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { LoanRecord } from '../models/loanBook/loanRecord';
import { recordDecision } from './recordDecision';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import { TALK_TO_SOMEONE } from './interruptibleDialog';
import { withQuickReplies } from './replies';
import type { IntakeServices } from '../models/ports/intakeServices';

/** The services this dialog uses, and no others. */
export type VerifyIdentityServices = Pick<IntakeServices, 'loans' | 'identityLocks' | 'nlp' | 'now'>;

export const VERIFY_IDENTITY_DIALOG = 'verifyIdentityDialog';
const REFERENCE_PROMPT = 'verify.reference';
const SECRET_PROMPT = 'verify.secret';
const STEPS = 'verify.steps';

export interface VerifyResult {
  verified: boolean;
  locked?: boolean;
}

/** "ln 12", "LN-12", "12" → "LN_12": borrowers type references every which way. */
export function normaliseLoanReference(text: string): string {
  const compact = text
    .trim()
    .toUpperCase()
    .replace(/[\s\-_.#:]+/g, '');
  const digits = /^(?:LN|LOAN|REF)?(\d{1,12})$/.exec(compact);
  return digits ? `LN_${digits[1]}` : compact;
}

function phoneLast4(loan: LoanRecord): string {
  return (loan.Phone ?? '').replace(/\D/g, '').slice(-4);
}

/**
 * Step 2: match the borrower to a loan before anything about it is said. The
 * same question is asked and the same words are used whether or not the loan
 * exists, and a failure never says which answer was wrong. Three failures
 * lock verification for 30 minutes, for the conversation and for the loan.
 */
export class VerifyIdentityDialog extends ComponentDialog {
  constructor(
    private readonly services: VerifyIdentityServices,
    private readonly intakeState: StatePropertyAccessor<IntakeState>,
  ) {
    super(VERIFY_IDENTITY_DIALOG);
    this.addDialog(new TextPrompt(REFERENCE_PROMPT));
    this.addDialog(new TextPrompt(SECRET_PROMPT));
    this.addDialog(
      new WaterfallDialog(STEPS, [this.lockCheckStep.bind(this), this.referenceStep.bind(this), this.secretStep.bind(this), this.checkStep.bind(this)]),
    );
    this.initialDialogId = STEPS;
  }

  private conversationKey(context: TurnContext): string {
    return `conversation:${context.activity.channelId}:${context.activity.conversation.id}`;
  }

  private async lockCheckStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const status = await this.services.identityLocks.status(this.conversationKey(step.context), this.services.now());
    if (status.lockedUntil) return this.locked(step);
    return step.next();
  }

  private async referenceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.prompt(REFERENCE_PROMPT, {
      prompt: 'First I need to check that I am talking to the right person. What is your loan reference? It starts with LN, for example LN_1234.',
    });
  }

  private async secretStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    (step.values as { reference: string }).reference = normaliseLoanReference(String(step.result));
    return step.prompt(SECRET_PROMPT, {
      prompt: 'Thank you. And your date of birth (day/month/year), or the last 4 digits of the phone number we have for you?',
    });
  }

  private async checkStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const now = this.services.now();
    const reference = (step.values as { reference: string }).reference as string;
    const answer = String(step.result).trim();
    const loanKey = `loan:${reference}`;
    const loan = this.services.loans.get(reference);
    const loanLocked = (await this.services.identityLocks.status(loanKey, now)).lockedUntil !== null;
    const matches = !loanLocked && loan !== undefined && this.matches(loan, answer);

    if (!matches) {
      const [byConversation, byLoan] = await Promise.all([
        this.services.identityLocks.recordFailure(this.conversationKey(step.context), now),
        this.services.identityLocks.recordFailure(loanKey, now),
      ]);
      await recordDecision(step.context, 'identity_failed', { failures: byConversation.failures });
      if (byConversation.lockedUntil || byLoan.lockedUntil) return this.locked(step);
      await step.context.sendActivity("Sorry, I couldn't verify those details. Let's try again, checking the loan reference carefully.");
      return step.replaceDialog(STEPS);
    }

    await Promise.all([this.services.identityLocks.reset(this.conversationKey(step.context)), this.services.identityLocks.reset(loanKey)]);
    const intake = await this.intakeState.get(step.context, freshIntake());
    intake.verifiedLoanId = loan.Loan_ID;
    intake.verifiedAt = now.toISOString();
    intake.stage = 'story';
    await recordDecision(step.context, 'identity_verified', { loanId: loan.Loan_ID });
    await step.context.sendActivity("Thank you, you're verified.");
    return step.endDialog({ verified: true } satisfies VerifyResult);
  }

  private matches(loan: LoanRecord, answer: string): boolean {
    if (/^\d{4}$/.test(answer.replace(/\s/g, ''))) return phoneLast4(loan).length === 4 && phoneLast4(loan) === answer.replace(/\s/g, '');
    const dob = this.services.nlp.parseDateOfBirth(answer);
    return dob !== null && dob === loan.Date_Of_Birth;
  }

  private async locked(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await recordDecision(step.context, 'identity_locked', {});
    await step.context.sendActivity(
      withQuickReplies("For your security, I can't try verifying again for 30 minutes. You can try again later, or talk to a member of our team now.", [
        TALK_TO_SOMEONE,
      ]),
    );
    return step.endDialog({ verified: false, locked: true } satisfies VerifyResult);
  }
}
