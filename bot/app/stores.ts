import type { Purgeable } from '../casework/retention';
import path from 'node:path';
import type { Storage } from 'botbuilder';
import type { IntakeState } from '../../models/intake/intakeState';
import type { BorrowerProgress } from '../../models/ports/progress';
import type { Arrangement } from '../../models/offers';
import { redact } from '../../nlp';
import { ArrangementStore } from '../casework/arrangements/arrangementStore';
import { AuditLog } from '../casework/audit/auditLog';
import { UserStore } from '../staff/auth/userStore';
import type { CaseRecord } from '../casework/cases/caseRecord';
import { CaseStore } from '../casework/cases/caseStore';
import type { Config } from './config';
import { seedDemoUsers, seedLoanBook } from './demoData';
import type { Logger } from '../infra/logger';
import { BotStateStorage } from '../infra/storage/botStateStorage';
import { ContactPreferenceStore } from '../casework/contacts/contactPreferenceStore';
import { DocumentStore } from '../infra/storage/documentStore';
import { FraudStore, type FraudFile } from '../casework/fraud/fraudStore';
import { IdentityLockStore, type IdentityLockRecord } from '../casework/identity/identityLockStore';
import { loadOrCreateSecret } from '../infra/storage/secretFile';
import { LowdbLoanBook } from '../casework/loanBook/loanBook';
import { ReviewStore, type ReviewRecord } from '../casework/reviews/reviewStore';
import type { TranscriptDocument } from '../casework/transcripts/transcriptRecord';
import { TranscriptStore } from '../casework/transcripts/transcriptStore';

/** Every store under DATA_DIR, one folder (or file) each. */
export interface Stores {
  loanBook: LowdbLoanBook;
  users: UserStore;
  audit: AuditLog;
  cases: CaseStore;
  transcripts: TranscriptStore;
  reviews: ReviewStore;
  /** One live arrangement per loan, indexed by loan. */
  arrangements: ArrangementStore;
  progress: BorrowerProgress;
  contacts: ContactPreferenceStore;
  identityLocks: IdentityLockStore;
  /** Fraud signals, decisions and verdicts, one file per conversation. */
  fraud: FraudStore;
  /** Conversation and user state for botbuilder. */
  botState: Storage;
  /**
   * Stores of conversation data that retention purges with the transcripts.
   * Contact preferences are not among them: a STOP must outlive any retention period.
   */
  conversationData: Record<string, Purgeable>;
  /** Waits for every write in progress (shutdown). */
  flush(): Promise<void>;
}

/** Opens the stores and fills an empty loan book and user list with the demo data (README). */
export async function openStores(config: Config, log: Logger, now: () => Date): Promise<Stores> {
  const opened: DocumentStore<unknown>[] = [];
  const documents = <T>(name: string): DocumentStore<T> => {
    const store = new DocumentStore<T>(path.join(config.dataDir, name));
    opened.push(store as DocumentStore<unknown>);
    return store;
  };
  const loanBook = await LowdbLoanBook.open(config.dataDir);
  await seedLoanBook(config, loanBook, log);
  const users = await UserStore.open(config.dataDir);
  await seedDemoUsers(config, users, log);
  const progress = documents<IntakeState>('progress');
  const state = documents<Record<string, unknown>>('state');
  const identityChecks = documents<IdentityLockRecord>('identity-locks');
  const audit = new AuditLog(path.join(config.dataDir, 'audit'));
  const identityLocks = new IdentityLockStore(identityChecks, undefined, {
    hashKey: await loadOrCreateSecret(config.dataDir, 'identity'),
    // Supervisors see it in the audit log; the genuine borrower is not locked out (verifyIdentityDialog).
    onRepeatedFailures: (key, failures) =>
      void audit.append({ actor: 'system', action: 'identity.repeated_failures', targets: [key], detail: { failures } }).catch(() => undefined),
  });
  return {
    loanBook,
    users,
    audit,
    cases: await CaseStore.open(documents<CaseRecord>('cases')),
    transcripts: await TranscriptStore.open(documents<TranscriptDocument>('transcripts')),
    reviews: await ReviewStore.open(documents<ReviewRecord>('reviews'), redact, now),
    arrangements: await ArrangementStore.open(documents<Arrangement>('arrangements')),
    progress: {
      load: async (loanId) => (await progress.get(loanId))?.value,
      save: async (loanId, intake) => void (await progress.put(loanId, intake)),
    },
    contacts: new ContactPreferenceStore(documents('contacts')),
    identityLocks,
    fraud: await FraudStore.open(documents<FraudFile>('fraud')),
    botState: new BotStateStorage(state),
    conversationData: { state, progress, identityChecks },
    flush: async () => void (await Promise.all(opened.map((s) => s.flush()))),
  };
}
