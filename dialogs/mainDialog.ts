import { ComponentDialog, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_WATERFALL = 'mainWaterfall';

export interface MainDialogOptions {
  lenderName: string;
}

/** Entry point of the conversation. */
export class MainDialog extends ComponentDialog {
  constructor(private readonly options: MainDialogOptions) {
    super(MAIN_DIALOG);
    this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.welcomeStep.bind(this), this.listenStep.bind(this)]));
    this.initialDialogId = MAIN_WATERFALL;
  }

  private async welcomeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(`Hello, this is the ${this.options.lenderName} assistant. How can I help?`);
    return step.next();
  }

  private async listenStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog();
  }
}
