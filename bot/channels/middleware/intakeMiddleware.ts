import type { BotAdapter, TurnContext } from 'botbuilder';
import type { ContactPreferences } from '../../../models/ports/contactPreferences';
import type { LanguageUnderstanding } from '../../../models/ports/language';
import type { CaseStore } from '../../casework/cases/caseStore';
import type { IdleMonitor } from '../../casework/idle/idleMonitor';
import type { Redact } from '../../casework/transcripts/toEntries';
import type { TranscriptStore } from '../../casework/transcripts/transcriptStore';
import { handoffMiddleware } from './handoffMiddleware';
import { idleWatch } from './idleWatch';
import { optOutGuard } from './optOutGuard';
import { transcriptLogger } from './transcriptLogger';
import { markTurnFailed } from '../turnMarks';
import { turnCommitMiddleware } from './turnCommitMiddleware';
import type { TurnCommit } from '../../../models/ports/turnCommit';

export interface IntakeMiddlewareDeps {
  /** Makes each turn one commit; without it (tests) every write commits on its own. */
  turnCommit?: TurnCommit;
  contacts: ContactPreferences;
  transcripts: TranscriptStore;
  redact: Redact;
  cases: Pick<CaseStore, 'openCaseFor'>;
  nlp: LanguageUnderstanding;
  idle: IdleMonitor;
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
  now: () => Date;
}

/** The same middlewares on every adapter, so no channel can skip one. */
export function useIntakeMiddleware<A extends BotAdapter>(adapter: A, deps: IntakeMiddlewareDeps): A {
  adapter.onTurnError = async (context, error) => {
    // Recorded first: an edge that sees it will not acknowledge the turn (the apology may fail on a broken disk too).
    markTurnFailed(context, error);
    await deps.onTurnError(context, error).catch(() => undefined);
  };
  // Outermost: everything below writes into the turn's one commit.
  if (deps.turnCommit) adapter.use(turnCommitMiddleware(deps.turnCommit));
  // Order matters: the guard drops what must not be sent before the transcript records what was.
  adapter.use(optOutGuard(deps.contacts));
  adapter.use(transcriptLogger(deps.transcripts, deps.redact));
  // After the transcript: while an agent holds the chat the bot is silent, but the borrower's words are still recorded.
  adapter.use(handoffMiddleware({ cases: deps.cases, nlp: deps.nlp, now: deps.now }));
  adapter.use(idleWatch(deps.idle));
  return adapter;
}
