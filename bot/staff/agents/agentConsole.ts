import type { TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { ArrangementLedger } from '../../../models/ports/arrangements';
import type { IntakeServices } from '../../../models/ports/intakeServices';
import type { AuditTrail } from '../../casework/audit/auditLog';
import type { StaffAuth } from '../auth/staffAuth';
import type { CaseStore } from '../../casework/cases/caseStore';
import type { TranscriptStore } from '../../casework/transcripts/transcriptStore';
import { AgentFeed } from './agentFeed';
import type { Proactive } from '../../../models/ports/proactive';
import { AgentMessenger } from './agentMessenger';
import type { AgentPresence } from './agentPresence';
import { registerAgentRoutes } from './agentRoutes';
import { CaseActions } from './caseActions';
import { CaseJournal } from './caseJournal';
import { loadCannedResponses } from './cannedResponses';
import type { ConversationIntake } from '../../casework/intake/conversationIntake';
import type { HandoffEvents } from '../../casework/cases/handoffEvents';
import { OfferActions } from './offerActions';
import { BorrowerPhones } from './borrowerPhones';
import type { Arrangement } from '../../../models/offers';
import type { OfferPolicy } from '../../../models/offers/policy';
import { BudgetEdits } from './budgetEdits';
import { registerCaseworkRoutes } from './caseworkRoutes';
import { ConfirmationActions } from './confirmationActions';
import { LoanHistory } from './loanHistory';
import { PlanBuilder } from './planBuilder';

export interface AgentConsoleDeps {
  auth: StaffAuth;
  cases: CaseStore;
  transcripts: TranscriptStore;
  audit: AuditTrail;
  services: IntakeServices;
  arrangements: ArrangementLedger & {
    forLoan(loanId: string): Promise<Arrangement[]>;
    load(reference: string): Promise<Arrangement | undefined>;
    withdrawLinks(reference: string, at: Date): Promise<Arrangement | undefined>;
  };
  /** The offer policy the engine runs under: the limits of the plans agents build by hand. */
  policy: OfferPolicy;
  presence: AgentPresence;
  handoff: HandoffEvents;
  /** Changes to the bot's record of a conversation, made in a turn on it. */
  conversations: ConversationIntake;
  /** The bot's turn logic, so a handed-back conversation carries on straight away. */
  logic: (context: TurnContext) => Promise<void>;
  /** Proactive turns on the borrower's own channel (see AgentMessengerDeps). */
  proactive: Proactive;
  /** The number a WhatsApp conversation is with (sealed in the channel's contact map); absent without WhatsApp. */
  whatsAppNumber?: (conversationId: string) => Promise<string | undefined>;
  maxBodyBytes: number;
  maxMessageChars: number;
}

export interface AgentConsole {
  messenger: AgentMessenger;
  feed: AgentFeed;
  register(server: Server): void;
  /** Ends the live feeds so the server can close. */
  close(): void;
}

/** The human side of the service, assembled: live feed, actions on cases, messages to borrowers, and the routes. */
export function createAgentConsole(deps: AgentConsoleDeps): AgentConsole {
  const { cases, services } = deps;
  const messenger = new AgentMessenger({ proactive: deps.proactive, contacts: services.contacts });
  const journal = new CaseJournal(deps.audit, deps.transcripts, services.now);
  const { conversations } = deps;
  const feed = new AgentFeed({ cases, transcripts: deps.transcripts, presence: deps.presence, handoff: deps.handoff });
  const actions = new CaseActions({ cases, journal, messenger, conversations, now: services.now, settings: services.settings, resumeBot: deps.logic });
  const offers = new OfferActions({ cases, services, arrangements: deps.arrangements, journal, messenger, conversations });
  const { ombudsman, debtAdvice, helplineName, helplineNumber } = services.settings;
  const canned = loadCannedResponses({ ombudsman, debtAdvice, helpline: `${helplineName} on ${helplineNumber}` });
  const { policy } = deps;
  const casework = {
    budgets: new BudgetEdits({ cases, services, journal, conversations, policy }),
    planBuilder: new PlanBuilder({ cases, services, journal, offers, policy }),
    history: new LoanHistory({ cases, transcripts: deps.transcripts, arrangements: deps.arrangements, journal, now: services.now }),
    confirmations: new ConfirmationActions({ cases, arrangements: deps.arrangements, services, journal, messenger }),
  };
  return {
    messenger,
    feed,
    register: (server) => {
      registerCaseworkRoutes(server, { auth: deps.auth, ...casework, policy, maxBodyBytes: deps.maxBodyBytes });
      registerAgentRoutes(server, {
        auth: deps.auth,
        cases,
        transcripts: deps.transcripts,
        loans: services.loans,
        arrangements: deps.arrangements,
        now: services.now,
        feed,
        actions,
        offers,
        journal,
        phones: new BorrowerPhones({ loans: services.loans, whatsAppNumber: deps.whatsAppNumber }),
        canned,
        maxBodyBytes: deps.maxBodyBytes,
        maxMessageChars: deps.maxMessageChars,
      });
    },
    close: () => feed.close(),
  };
}
