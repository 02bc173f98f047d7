import { MessageFactory, type Attachment } from 'botbuilder';
import {
  ChoicePrompt,
  ComponentDialog,
  ListStyle,
  NumberPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';

/**
 * A small stand-in for the hardship intake: a reason chosen from a list, a
 * yes/no on buttons, a typed number, then an Adaptive Card offer whose
 * Action.Submit data must come back intact for the plan to be accepted.
 */
export const REASONS = [
  'Job loss',
  'Illness or injury',
  'Reduced hours or pay cut at work',
  'Business slowdown',
  'Family emergency',
  'Natural disaster',
  'Other',
];

export const offerCard = (income: number): Attachment => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Your options', weight: 'Bolder' },
      {
        type: 'ColumnSet',
        columns: [
          {
            type: 'Column',
            items: [
              {
                type: 'FactSet',
                facts: [
                  { title: 'Income', value: String(income) },
                  { title: 'Deferral', value: '3 months' },
                ],
              },
            ],
          },
        ],
      },
    ],
    actions: [
      { type: 'Action.Submit', title: 'Accept 3-month deferral', data: { action: 'accept', planId: 'deferral-3' } },
      { type: 'Action.Submit', title: 'Accept reduced payments', data: { action: 'accept', planId: 'reduced-6' } },
      { type: 'Action.Submit', title: 'Talk to someone', data: { action: 'agent' } },
    ],
  },
});

interface IntakeValues {
  reason?: string;
  temporary?: string;
  income?: number;
}

const valuesOf = (step: WaterfallStepContext) => step.values as IntakeValues;

export class IntakeTestDialog extends ComponentDialog {
  constructor() {
    super('intake');
    this.addDialog(new ChoicePrompt('choice'));
    this.addDialog(new NumberPrompt('number'));
    this.addDialog(
      new WaterfallDialog('steps', [
        async (step) => step.prompt('choice', { prompt: 'Hello. What has made repayments hard?', choices: REASONS, style: ListStyle.suggestedAction }),
        async (step) => {
          valuesOf(step).reason = (step.result as FoundChoice).value;
          return step.prompt('choice', { prompt: 'Is this likely to be temporary?', choices: ['Yes', 'No'], style: ListStyle.suggestedAction });
        },
        async (step) => {
          valuesOf(step).temporary = (step.result as FoundChoice).value;
          return step.prompt('number', { prompt: 'What is your monthly income now?', retryPrompt: 'Please type a number.' });
        },
        this.offerStep.bind(this),
        this.decisionStep.bind(this),
      ]),
    );
    this.initialDialogId = 'steps';
  }

  private async offerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    valuesOf(step).income = step.result as number;
    await step.context.sendActivity(MessageFactory.attachment(offerCard(step.result as number)));
    return ComponentDialog.EndOfTurn;
  }

  private async decisionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const value = step.context.activity.value as { action?: string; planId?: string } | undefined;
    if (value?.action === 'accept' && value.planId) {
      const { reason, temporary, income } = valuesOf(step);
      await step.context.sendActivity(`Accepted ${value.planId} (reason: ${reason}, temporary: ${temporary}, income: ${income}).`);
    } else {
      await step.context.sendActivity('Someone from our team will contact you.');
    }
    return step.endDialog();
  }
}
