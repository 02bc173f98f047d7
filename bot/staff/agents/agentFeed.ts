import type { Request, Response } from 'restify';
import type { Session } from '../auth/sessions';
import type { CaseRecord } from '../../casework/cases/caseRecord';
import type { CaseStore } from '../../casework/cases/caseStore';
import type { ConversationSummary, TranscriptEntry } from '../../casework/transcripts/transcriptRecord';
import type { TranscriptStore } from '../../casework/transcripts/transcriptStore';
import type { AgentPresence } from './agentPresence';
import type { HandoffEvents } from '../../casework/cases/handoffEvents';
import { canSee, queueFor, queueItem } from '../../casework/cases/queueView';

interface Client {
  viewer: Pick<Session, 'user' | 'role'>;
  res: Response;
  /** Case ids this console has been told about, so it can be told when one leaves its view. */
  known: Set<string>;
  close: () => void;
}

export interface AgentFeedDeps {
  cases: CaseStore;
  transcripts: TranscriptStore;
  presence: AgentPresence;
  handoff: HandoffEvents;
  keepAliveMs?: number;
}

/**
 * The console's live feed over server-sent events: `queue` (a snapshot on
 * connect), `case` and `case-removed` (queue changes), `escalation` (the
 * handoff event arrived) and `transcript` (new entries of the agent's own
 * cases). An open feed is what makes an agent "online".
 */
export class AgentFeed {
  private readonly clients = new Set<Client>();
  private readonly unsubscribe: (() => void)[] = [];
  private readonly keepAlive: NodeJS.Timeout;

  constructor(private readonly deps: AgentFeedDeps) {
    const onCase = (record: CaseRecord) => this.caseChanged(record);
    const onAppended = (_key: string, entries: TranscriptEntry[], summary: ConversationSummary) => this.appended(entries, summary);
    deps.cases.on('changed', onCase);
    deps.transcripts.on('appended', onAppended);
    this.unsubscribe.push(
      () => deps.cases.off('changed', onCase),
      () => deps.transcripts.off('appended', onAppended),
      deps.handoff.subscribe((_event, record) => this.broadcast(record, 'escalation', { caseId: record.id, ...queueItem(record) })),
    );
    // Comments keep proxies from closing an idle stream; EventSource ignores them.
    this.keepAlive = setInterval(() => this.clients.forEach((c) => c.res.write(': keep-alive\n\n')), deps.keepAliveMs ?? 15_000).unref();
  }

  get size(): number {
    return this.clients.size;
  }

  attach(req: Request, res: Response, session: Session): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    // Only agents take conversations; a supervisor watching the queue must not make the borrower's wait look shorter.
    const leave = session.role === 'agent' ? this.deps.presence.connect(session.user) : () => undefined;
    const client: Client = {
      viewer: { user: session.user, role: session.role },
      res,
      known: new Set(),
      close: () => {
        if (!this.clients.delete(client)) return;
        leave();
        res.end();
      },
    };
    this.clients.add(client);
    req.on('close', client.close);
    res.write('retry: 2000\n\n');
    const queue = queueFor(client.viewer, this.deps.cases.openCases());
    queue.forEach((item) => client.known.add(item.id));
    send(client, 'queue', queue);
  }

  private caseChanged(record: CaseRecord): void {
    for (const client of this.clients) {
      if (record.status !== 'closed' && canSee(client.viewer, record)) {
        client.known.add(record.id);
        send(client, 'case', queueItem(record));
      } else if (client.known.delete(record.id)) {
        send(client, 'case-removed', { id: record.id, status: record.status, assignedTo: record.assignedTo ?? null });
      }
    }
  }

  private appended(entries: TranscriptEntry[], summary: ConversationSummary): void {
    const record = this.deps.cases.openCaseFor(summary.channelId, summary.conversationId);
    if (!record) return;
    for (const client of this.clients) {
      const mine = record.assignedTo === client.viewer.user || client.viewer.role !== 'agent';
      if (mine && canSee(client.viewer, record)) send(client, 'transcript', { caseId: record.id, entries });
    }
  }

  private broadcast(record: CaseRecord, event: string, data: unknown): void {
    for (const client of this.clients) if (canSee(client.viewer, record)) send(client, event, data);
  }

  /** Ends every stream (server shutdown would otherwise wait on them forever). */
  close(): void {
    clearInterval(this.keepAlive);
    this.unsubscribe.forEach((off) => off());
    [...this.clients].forEach((c) => c.close());
  }
}

function send(client: Client, event: string, data: unknown): void {
  client.res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}
