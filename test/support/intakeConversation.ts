import { ConversationState, MemoryStorage, type Activity, type TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { INTAKE_STATE_PROPERTY, type IntakeState } from '../../models/intake/intakeState';
import { createIntakeDialog } from '../../dialogs/intakeDialogs';
import { IntakeRecord, type CaseSync } from '../../bot/casework/intake/intakeRecord';
import type { DecisionEvent } from '../../models/decisions/decisionEvent';
import type { IntakeServices } from '../../models/ports/intakeServices';
import { loadConfig } from '../../bot/app/config';
import { createIntakeServices } from '../../bot/app/intakeServices';
import type { DeliveryRecord } from '../../bot/casework/promises/onceDelivery';
import { createLogger } from '../../bot/infra/logger';
import type { Documents } from '../../bot/infra/storage/documents';
import { memoryBackend } from './memoryDocuments';
import type { LoanRecord } from '../../models/loanBook/loanRecord';
import { loadPolicy } from '../../models/offers';
import { generateLoanBook } from '../../models/loanBook/syntheticLoanBook';
import { loadRiskModel } from '../../models/risk';
import { loadAnalyzer, type Analyzer } from '../../nlp';
import { MemoryArrangements, MemoryContacts, MemoryEscalations, MemoryIdentityLocks, MemoryPayments, MemoryProgress } from './memoryPorts';

let analyzer: Analyzer | undefined;
let loans: Map<string, LoanRecord> | undefined;

export interface TestPorts {
  identityLocks: MemoryIdentityLocks;
  arrangements: MemoryArrangements;
  payments: MemoryPayments;
  contacts: MemoryContacts;
  escalations: MemoryEscalations;
  progress: MemoryProgress;
  /** The reminders' and follow-ups' ledgers, as the sweeps would find them. */
  ledgers: { reminders: Documents<DeliveryRecord>; followUps: Documents<DeliveryRecord> };
}

/** Real NLP, risk model, policy and demo loan book; in-memory stores; a fixed clock. */
export function intakeServices(options: { now?: Date; escalations?: MemoryEscalations; env?: Record<string, string> } = {}): {
  services: IntakeServices;
  ports: TestPorts;
} {
  analyzer ??= loadAnalyzer();
  loans ??= new Map(generateLoanBook({ n: 60, seed: 7 }).map((l) => [l.Loan_ID, l]));
  const book = loans;
  const ports: TestPorts = {
    identityLocks: new MemoryIdentityLocks(),
    arrangements: new MemoryArrangements(),
    payments: new MemoryPayments(),
    contacts: new MemoryContacts(),
    escalations: options.escalations ?? new MemoryEscalations(),
    progress: new MemoryProgress(),
    ledgers: {
      reminders: memoryBackend().documents<DeliveryRecord>('promise-reminders'),
      followUps: memoryBackend().documents<DeliveryRecord>('promise-follow-ups'),
    },
  };
  const clock = { at: options.now ?? new Date('2026-11-23T10:00:00Z') };
  const services = createIntakeServices({
    config: loadConfig(options.env ?? {}),
    analyzer,
    loanBook: { get: (id) => book.get(id), upsertMany: async () => ({ inserted: 0, updated: 0 }), size: () => book.size, all: () => [...book.values()] },
    riskModel: loadRiskModel(),
    policy: loadPolicy(),
    ...ports,
    ledgers: { ...ports.ledgers, log: createLogger('silent') },
    now: () => new Date(clock.at),
  });
  return { services, ports };
}

/**
 * One borrower talking to the main dialog through botbuilder-testing's
 * DialogTestClient: `say` returns the bot's messages for that turn, and every
 * message and decision event is kept for assertions about the whole chat.
 */
export class IntakeConversation {
  readonly client: DialogTestClient;
  readonly activities: Partial<Activity>[] = [];
  readonly conversationState: ConversationState;
  borrowerMessages = 0;

  constructor(
    readonly services: IntakeServices,
    options: { channelId?: string; storage?: MemoryStorage; cases?: CaseSync; as?: { conversationId: string; userId: string } } = {},
  ) {
    this.conversationState = new ConversationState(options.storage ?? new MemoryStorage());
    const intake = this.conversationState.createProperty<IntakeState>(INTAKE_STATE_PROPERTY);
    // As the app saves a turn: the conversation's intake, then what is derived from it (progress, the open case).
    const record = new IntakeRecord({
      conversationState: this.conversationState,
      intakeState: intake,
      progress: services.progress,
      cases: options.cases ?? { syncIntake: async () => undefined },
      now: services.now,
    });
    const who = options.as;
    const saving = {
      async onTurn(context: TurnContext, next: () => Promise<void>) {
        // Another person in another conversation (the test adapter gives every client the same ids).
        if (who)
          Object.assign(context.activity, {
            conversation: { ...context.activity.conversation, id: who.conversationId },
            from: { ...context.activity.from, id: who.userId },
          });
        await record.begin(context);
        await next();
        await record.save(context);
      },
    };
    this.client = new DialogTestClient(options.channelId ?? 'test', createIntakeDialog(services, intake), undefined, [saving], this.conversationState);
    // Decision events are trace activities; the test adapter drops traces unless asked to keep them.
    (this.client as unknown as { _testAdapter: { enableTrace: boolean } })._testAdapter.enableTrace = true;
  }

  async say(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    if (input !== '' && (typeof input === 'string' || input.type === 'message' || input.type === undefined)) this.borrowerMessages++;
    const first = await this.client.sendActivity(input as Partial<Activity>);
    const turn: Partial<Activity>[] = [];
    for (let next = first; next; next = this.client.getNextReply()) turn.push(next);
    this.activities.push(...turn);
    return turn.filter((a) => a.type === 'message');
  }

  /** The text of this turn's messages, joined, for regex assertions. */
  async sayText(input: string | Partial<Activity>): Promise<string> {
    return textOf(await this.say(input));
  }

  decisions(kind?: string): Record<string, unknown>[] {
    return this.activities
      .filter((a) => a.type === 'trace' && a.name === 'forbear.decision' && (!kind || a.label === kind))
      .map((a) => {
        const event = a.value as DecisionEvent;
        return { kind: event.kind, ...event.value };
      });
  }

  /** Everything the borrower has been shown so far, cards included. */
  transcriptText(): string {
    return textOf(this.activities.filter((a) => a.type === 'message'));
  }

  private async stored(): Promise<Record<string, unknown> | undefined> {
    const storage = (this.conversationState as unknown as { storage: MemoryStorage }).storage;
    const reply = this.activities.find((a) => a.conversation);
    const items = await storage.read([`${reply?.channelId}/conversations/${reply?.conversation?.id}/`]);
    return Object.values(items)[0] as Record<string, unknown> | undefined;
  }

  async intake(): Promise<IntakeState> {
    return (await this.stored())?.[INTAKE_STATE_PROPERTY] as IntakeState;
  }

  /** Changes the saved intake between turns, as the agent console does (a hand-back, a case closed). */
  async changeIntake(change: (intake: IntakeState) => void): Promise<void> {
    const storage = (this.conversationState as unknown as { storage: MemoryStorage }).storage;
    const reply = this.activities.find((a) => a.conversation);
    const key = `${reply?.channelId}/conversations/${reply?.conversation?.id}/`;
    const item = (await storage.read([key]))[key] as Record<string, unknown>;
    change(item[INTAKE_STATE_PROPERTY] as IntakeState);
    await storage.write({ [key]: { ...item, eTag: '*' } });
  }

  /** The dialogs waiting for the borrower's next message, outermost first ([] when none is). */
  async dialogPath(): Promise<string[]> {
    const path: string[] = [];
    type Stack = { id: string; state?: { dialogs?: { dialogStack: Stack } } }[];
    let stack = ((await this.stored())?.DialogState as { dialogStack?: Stack } | undefined)?.dialogStack ?? [];
    // botbuilder keeps the active dialog last on each stack.
    while (stack.length > 0) {
      const active = stack[stack.length - 1];
      path.push(active.id);
      stack = active.state?.dialogs?.dialogStack ?? [];
    }
    return path;
  }
}

export function textOf(activities: Partial<Activity>[]): string {
  return activities
    .map((a) =>
      [
        a.text ?? '',
        ...(a.suggestedActions?.actions ?? []).map((x) => `[${x.title}]`),
        ...(a.attachments ?? []).map((att) => JSON.stringify(att.content)),
      ].join(' '),
    )
    .join('\n');
}
