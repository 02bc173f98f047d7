import type { Purgeable } from '../casework/retention';
import { PeriodicRuns, type PeriodicRun } from '../casework/periodicRuns';
import type { Storage } from 'botbuilder';
import type { Adapter } from 'lowdb';
import type { Deployed } from '../casework/audit/deploymentChanges';
import type { IntakeState } from '../../models/intake/intakeState';
import type { BorrowerProgress } from '../../models/ports/progress';
import type { Arrangement } from '../../models/offers';
import { redact } from '../../nlp';
import { ArrangementStore } from '../casework/arrangements/arrangementStore';
import { ExperimentStore } from '../casework/experiments/experimentStore';
import type { Payment } from '../../models/payments/payment';
import { DeliveryLog } from '../casework/payments/deliveryLog';
import { PaymentStore } from '../casework/payments/paymentStore';
import type { AuditTrail } from '../casework/audit/auditLog';
import type { UserStore } from '../staff/auth/userStore';
import type { StoredSession } from '../staff/auth/sessions';
import type { CaseRecord } from '../casework/cases/caseRecord';
import { CaseStore } from '../casework/cases/caseStore';
import { openPromiseLedgers, type PromiseLedgers } from '../casework/promises/promiseLedgers';
import type { Config } from './config';
import { seedDemoUsers, seedLoanBook } from './demoData';
import type { Logger } from '../infra/logger';
import { BotStateStorage } from '../infra/storage/botStateStorage';
import { ContactPreferenceStore } from '../casework/contacts/contactPreferenceStore';
import type { Documents, StorageBackend } from '../infra/storage/documents';
import { FraudStore, type FraudFile } from '../casework/fraud/fraudStore';
import type { TurnCommit } from '../../models/ports/turnCommit';
import type { IdleSchedule } from '../casework/idle/idleSchedule';
import type { CampaignStore } from '../../models/ports/campaigns';
import { IdentityLockStore, type IdentityLockRecord } from '../casework/identity/identityLockStore';
import type { LoanBook } from '../casework/loanBook/loanBook';
import { embeddedFoundation, type StoreFoundation } from './storeFoundations';
import { ReviewStore, type ReviewRecord } from '../casework/reviews/reviewStore';
import type { TranscriptDocument } from '../casework/transcripts/transcriptRecord';
import { TranscriptStore } from '../casework/transcripts/transcriptStore';

/** Every store under DATA_DIR, one folder (or file) each. */
export interface Stores {
  loanBook: LoanBook;
  users: UserStore;
  audit: AuditTrail;
  cases: CaseStore;
  transcripts: TranscriptStore;
  reviews: ReviewStore;
  /** One live arrangement per loan, indexed by loan. */
  arrangements: ArrangementStore;
  progress: BorrowerProgress;
  /** Every saved intake, for the model monitoring (read-only). */
  intakes: { all(): AsyncIterable<IntakeState> };
  /** Payments received, by the servicing system's reference, indexed by loan. */
  payments: PaymentStore;
  /** Servicing webhook deliveries already acted on (replays are refused). */
  paymentDeliveries: DeliveryLog;
  /** Reminders, missed-payment follow-ups and their cases, each claimed once. */
  promiseLedgers: PromiseLedgers;
  contacts: ContactPreferenceStore;
  identityLocks: IdentityLockStore;
  /** Fraud signals, decisions and verdicts, one file per conversation. */
  fraud: FraudStore;
  /** When each periodic job last ran, so instances sharing the store run it once between them. */
  periodicRuns: PeriodicRuns;
  /** Staff sign-ins, shared by every instance on the store. */
  staffSessions: Documents<StoredSession>;
  /** Conversation and user state for botbuilder. */
  botState: Storage;
  /**
   * Stores of conversation data that retention purges with the transcripts.
   * Contact preferences are not among them: a STOP must outlive any retention period.
   */
  conversationData: Record<string, Purgeable>;
  /** The commit unit of a turn: everything a turn writes is one journal record (embedded) or under one advisory lock (PostgreSQL). */
  turnCommit: TurnCommit;
  idleSchedule: IdleSchedule;
  campaigns: CampaignStore;
  /** Champion/challenger offer experiments, their borrowers' arms and a promoted champion. */
  experiments: ExperimentStore;
  /** The policy and model versions the last start loaded. */
  deployed: Adapter<Deployed>;
  /**
   * The documents and secrets these stores are built on, for the channels and sweeps that keep collections of their
   * own (inboxes, promise ledgers): journaled and group-committed on the embedded store, rows on PostgreSQL.
   */
  storage: StorageBackend;
  /** Waits for every write in progress (embedded: and compacts the journal into the document files). */
  flush(): Promise<void>;
  /** flush(), then closes the journal (shutdown). */
  close(): Promise<void>;
}

/** Opens the stores and fills an empty loan book and user list with the demo data (README). */
export async function openStores(config: Config, log: Logger, now: () => Date, given?: StoreFoundation): Promise<Stores> {
  const foundation = given ?? (await embeddedFoundation(config.dataDir));
  const opened: Documents<unknown>[] = [];
  const documents = <T>(name: string): Documents<T> => {
    const store = foundation.backend.documents<T>(name);
    opened.push(store as Documents<unknown>);
    return store;
  };
  const loanBook = await foundation.loanBook();
  await seedLoanBook(config, loanBook, log);
  const users = await foundation.users();
  await seedDemoUsers(config, users, log);
  const progress = documents<IntakeState>('progress');
  const state = documents<Record<string, unknown>>('state');
  const identityChecks = documents<IdentityLockRecord>('identity-locks');
  const deliveries = documents<{ receivedAt: string }>('payment-deliveries');
  const audit = foundation.audit;
  const identityLocks = new IdentityLockStore(identityChecks, undefined, {
    hashKey: await foundation.backend.secret('identity'),
    // Supervisors see it in the audit log; the genuine borrower is not locked out (verifyIdentityDialog).
    onRepeatedFailures: (key, failures) =>
      void audit.append({ actor: 'system', action: 'identity.repeated_failures', targets: [key], detail: { failures } }).catch(() => undefined),
  });
  const transcripts = await TranscriptStore.open(documents<TranscriptDocument>('transcripts'), foundation.transcriptIndexFile);
  const flush = async () => void (await Promise.all(opened.map((s) => s.flush())));
  return {
    loanBook,
    users,
    audit,
    cases: await CaseStore.open(documents<CaseRecord>('cases')),
    transcripts,
    reviews: await ReviewStore.open(documents<ReviewRecord>('reviews'), redact, now),
    arrangements: await ArrangementStore.open(documents<Arrangement>('arrangements')),
    payments: await PaymentStore.open(documents<Payment>('payments')),
    paymentDeliveries: new DeliveryLog(deliveries, now),
    promiseLedgers: openPromiseLedgers(documents),
    progress: {
      load: async (loanId) => (await progress.get(loanId))?.value,
      save: async (loanId, intake) => void (await progress.put(loanId, intake)),
    },
    intakes: {
      all: async function* () {
        for await (const { value } of progress.all()) yield value;
      },
    },
    contacts: new ContactPreferenceStore(documents('contacts')),
    identityLocks,
    fraud: await FraudStore.open(documents<FraudFile>('fraud')),
    staffSessions: documents<StoredSession>('staff-sessions'),
    periodicRuns: new PeriodicRuns(documents<PeriodicRun>('periodic-runs'), now),
    botState: new BotStateStorage(state),
    conversationData: { state, progress, identityChecks, deliveries },
    turnCommit: foundation.turnCommit,
    idleSchedule: foundation.idleSchedule,
    campaigns: foundation.campaigns,
    experiments: new ExperimentStore({ documents }),
    deployed: foundation.deployed,
    storage: { documents, secret: (name) => foundation.backend.secret(name) },
    flush,
    close: async () => {
      await flush();
      await foundation.close();
      await transcripts.saveIndex();
    },
  };
}
