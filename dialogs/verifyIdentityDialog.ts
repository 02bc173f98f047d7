import { createHash } from 'node:crypto';
import { type TurnContext, type StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { LoanRecord } from '../models/loanBook/loanRecord';
import { recordDecision } from './recordDecision';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import { withQuickReplies } from './replies';
import { conversationOf, sendForReview } from './fraudReview';
import type { IdentityCheckOutcome } from '../models/fraud/identityProbing';
import type { FraudDecision } from '../models/fraud/decision';
import type { IntakeServices } from '../models/ports/intakeServices';
import { speech, type Say } from './speech';

/** The services this dialog uses, and no others. */
export type VerifyIdentityServices = Pick<IntakeServices, 'loans' | 'identityLocks' | 'nlp' | 'now' | 'fraud' | 'escalations' | 'settings' | 'messages'>;

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

/** Failures on one loan, across conversations, after which each further failing conversation is locked at once. */
const HOT_LOAN_FAILURES = 3;

/**
 * Step 2: match the borrower to a loan before anything about it is said. The
 * same question is asked and the same words are used whether or not the loan
 * exists, and a failure never says which answer was wrong. Three failures
 * lock verification for 30 minutes for the conversation and the channel
 * identity that failed. A stranger's failures never lock the genuine borrower
 * out of their loan: once a loan has drawn several failures across
 * conversations, each further failing conversation is locked after one try
 * (and the store alerts supervisors). An answer that is no answer (no date,
 * no four digits), or crisis language, is never counted as a failure.
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

  /** The borrower's identity on the channel (a Web Chat user, a WhatsApp pseudonym), so a new conversation does not reset the count. */
  private identityKey(context: TurnContext): string {
    return `identity:${context.activity.channelId}:${context.activity.from?.id ?? ''}`;
  }

  private async isLocked(context: TurnContext): Promise<boolean> {
    const now = this.services.now();
    const [conversation, identity] = await Promise.all([
      this.services.identityLocks.status(this.conversationKey(context), now),
      this.services.identityLocks.status(this.identityKey(context), now),
    ]);
    return conversation.lockedUntil !== null || identity.lockedUntil !== null;
  }

  private async say(context: TurnContext): Promise<Say> {
    return speech(this.services, await this.intakeState.get(context, freshIntake()));
  }

  private async lockCheckStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (await this.isLocked(step.context)) return this.locked(step);
    return step.next();
  }

  private async referenceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.prompt(REFERENCE_PROMPT, { prompt: (await this.say(step.context))('verify.reference') });
  }

  private async secretStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // Dialog state is stored: a reference that is no loan of ours is kept as a digest, never as typed (it may be anything).
    const reference = normaliseLoanReference(String(step.result));
    (step.values as { reference: string }).reference = this.services.loans.get(reference)
      ? reference
      : `?${createHash('sha256').update(reference).digest('hex').slice(0, 16)}`;
    return step.prompt(SECRET_PROMPT, { prompt: (await this.say(step.context))('verify.secret') });
  }

  private async checkStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const now = this.services.now();
    const reference = (step.values as { reference: string }).reference as string;
    const answer = String(step.result).trim();
    // The store keys this by a keyed hash: whatever the borrower typed never lands on disk as a key.
    const loanKey = `loan:${reference}`;
    const loan = this.services.loans.get(reference);
    const say = await this.say(step.context);

    if (this.isNoAnswer(answer)) {
      await step.context.sendActivity(say('verify.needSecret'));
      return step.replaceDialog(STEPS);
    }
    if (await this.isLocked(step.context)) return this.locked(step);
    if (loan === undefined || !this.matches(loan, answer)) {
      const locks = this.services.identityLocks;
      const [byConversation, byIdentity, byLoan] = await Promise.all([
        locks.recordFailure(this.conversationKey(step.context), now),
        locks.recordFailure(this.identityKey(step.context), now),
        locks.recordFailure(loanKey, now),
      ]);
      await recordDecision(step.context, 'identity_failed', { failures: byConversation.failures });
      const fraud = this.watch(step.context, reference, loan ? 'failed' : 'unknown_loan');
      if (fraud?.escalate) return this.forReview(step, fraud);
      // A loan under repeated attack: slow the attacker down (one try per conversation), never the borrower.
      if (byLoan.failures > HOT_LOAN_FAILURES) await locks.lock?.(this.conversationKey(step.context), now);
      if (byConversation.lockedUntil || byIdentity.lockedUntil || byLoan.failures > HOT_LOAN_FAILURES) return this.locked(step);
      await step.context.sendActivity(say('verify.failed'));
      return step.replaceDialog(STEPS);
    }

    await Promise.all([
      this.services.identityLocks.reset(this.conversationKey(step.context)),
      this.services.identityLocks.reset(this.identityKey(step.context)),
    ]);
    // Signals on a verified check (a loan tried from many places) wait for the offer step, where settlements are at stake.
    this.watch(step.context, reference, 'verified');
    const intake = await this.intakeState.get(step.context, freshIntake());
    intake.verifiedLoanId = loan.Loan_ID;
    intake.verifiedAt = now.toISOString();
    intake.stage = 'story';
    await recordDecision(step.context, 'identity_verified', { loanId: loan.Loan_ID });
    await step.context.sendActivity(say('verify.verified'));
    return step.endDialog({ verified: true } satisfies VerifyResult);
  }

  /** Feeds the fraud watch; the source is the client address the channel keyed, else the channel identity. */
  private watch(context: TurnContext, reference: string, outcome: IdentityCheckOutcome): FraudDecision | undefined {
    const source = (context.activity.channelData as { source?: unknown } | undefined)?.source;
    return this.services.fraud?.identityCheck(
      { conversation: conversationOf(context), source: typeof source === 'string' ? source : this.identityKey(context), loanReference: reference, outcome },
      this.services.now(),
    );
  }

  /** A probe run noticed: a person looks; the borrower hears only the neutral line. */
  private async forReview(step: WaterfallStepContext, fraud: FraudDecision): Promise<DialogTurnResult> {
    if (fraud.borrowerMessage) await step.context.sendActivity((await this.say(step.context))('fraud.review'));
    await sendForReview(step.context, this.services, this.intakeState, fraud);
    return step.endDialog({ verified: false } satisfies VerifyResult);
  }

  /** Neither four digits nor a date, or words of distress: not an attempt at the secret, so not a failure. */
  private isNoAnswer(answer: string): boolean {
    const fourDigits = /^\d{4}$/.test(answer.replace(/\s/g, ''));
    if (!fourDigits && this.services.nlp.parseDateOfBirth(answer) === null) return true;
    const { crisis, concern } = this.services.nlp.analyze(answer);
    return crisis || concern;
  }

  private matches(loan: LoanRecord, answer: string): boolean {
    if (/^\d{4}$/.test(answer.replace(/\s/g, ''))) return phoneLast4(loan).length === 4 && phoneLast4(loan) === answer.replace(/\s/g, '');
    const dob = this.services.nlp.parseDateOfBirth(answer);
    return dob !== null && dob === loan.Date_Of_Birth;
  }

  private async locked(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await recordDecision(step.context, 'identity_locked', {});
    const say = await this.say(step.context);
    await step.context.sendActivity(withQuickReplies(say('verify.locked'), [say('button.talkToSomeone')]));
    return step.endDialog({ verified: false, locked: true } satisfies VerifyResult);
  }
}
