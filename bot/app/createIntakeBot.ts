import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { parkIfActive, remindIfActive } from '../../dialogs/idleFollowUp';
import { createIntakeDialog } from '../../dialogs/intakeDialogs';
import { readyForNotice } from '../../dialogs/promiseNotice';
import type { IntakeState } from '../../models/intake/intakeState';
import type { IntakeServices } from '../../models/ports/intakeServices';
import type { IntakeRecord } from '../casework/intake/intakeRecord';
import { ForbearBot } from './forbearBot';

export interface IntakeBot {
  /** One borrower turn, for every channel adapter. */
  logic: (context: TurnContext) => Promise<void>;
  /** Idle follow-up in a proactive turn: a reminder, then parking the intake. */
  remind: (context: TurnContext) => Promise<boolean>;
  park: (context: TurnContext) => Promise<boolean>;
  /** A reminder or follow-up about to go into a Web Chat conversation: whether it may, the conversation readied for it. */
  notice: (context: TurnContext) => Promise<boolean>;
}

export function createIntakeBot(
  services: IntakeServices,
  conversationState: BotState,
  intakeState: StatePropertyAccessor<IntakeState>,
  record: IntakeRecord,
): IntakeBot {
  const bot = new ForbearBot(conversationState, createIntakeDialog(services, intakeState), record);
  return {
    logic: (context) => bot.run(context),
    remind: (context) => remindIfActive(context, intakeState),
    park: async (context) => {
      const parked = await parkIfActive(context, intakeState);
      // The question in progress is forgotten, so the next message resumes from the saved stage.
      if (parked) await bot.clearDialogStack(context);
      return parked;
    },
    notice: async (context) => {
      const ready = await readyForNotice(context, intakeState);
      if (ready) await bot.clearDialogStack(context);
      return ready;
    },
  };
}
