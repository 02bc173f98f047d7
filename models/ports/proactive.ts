import { ActivityTypes, TurnContext, type Activity, type ConversationReference } from 'botbuilder';

/** Runs `logic` in a proactive turn on the conversation, through its channel's adapter and middleware. */
export type Proactive = (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => Promise<void>;

/**
 * The activity a proactive turn starts from: an event addressed as if the
 * borrower had sent it (so `from` is the borrower), which every channel
 * adapter then runs through its middleware like any other turn.
 */
export function proactiveActivity(reference: Partial<ConversationReference>): Partial<Activity> {
  return TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
}
