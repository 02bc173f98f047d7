import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';

/**
 * Waits for the borrower's next message (a card tap or typed words) for the step after it to read.
 * Unlike a bare end of turn it can be asked again: after help or an FAQ answer, `reprompt` repeats
 * the choices, so the borrower is never left without a question.
 */
export class WaitForReply extends Dialog {
  constructor(
    id: string,
    private readonly reprompt: (context: TurnContext) => Promise<void>,
  ) {
    super(id);
  }

  override async beginDialog(): Promise<DialogTurnResult> {
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog();
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    await this.reprompt(context);
  }
}
