import type { Activity } from 'botbuilder';
import type { CaseStore } from '../casework/cases/caseStore';
import type { HandoffEvents } from '../casework/cases/handoffEvents';
import type { TranscriptStore } from '../casework/transcripts/transcriptStore';
import type { ConversationStreams } from '../channels/directLine/conversationStreams';
import type { ClusterBus } from '../infra/cluster/clusterBus';
import type { Logger } from '../infra/logger';
import type { AgentPresence } from '../staff/agents/agentPresence';

export interface ClusterParts {
  cases: CaseStore;
  transcripts: TranscriptStore;
  handoff: HandoffEvents;
  presence: AgentPresence;
  streams: ConversationStreams;
  log: Logger;
  /** How often this instance repeats who is online here (others forget it after 30 s without). */
  presenceEveryMs?: number;
}

/**
 * Keeps instances on one database telling each other what each change means
 * for the live views: a case opened, claimed or closed (queues on every
 * console), transcript entries (an agent watching from another instance), a
 * handoff (the console's alert), each Direct Line activity (so a borrower's
 * poll and an agent's reply can be served by any instance) and who is online
 * (so escalation counts every instance's agents). What an instance hears it
 * applies without announcing it again. Returns the stop function.
 */
export function syncAcrossInstances(bus: ClusterBus, parts: ClusterParts): () => void {
  const { cases, transcripts, handoff, presence, streams, log } = parts;
  const announce = (topic: string, data: unknown) => void bus.publish(topic, data).catch((err) => log.warn({ err, topic }, 'cluster: event not published'));

  cases.on('changed', (record, relayed) => relayed || announce('case', { id: record.id }));
  bus.subscribe('case', ({ data }) => cases.reload((data as { id: string }).id));

  transcripts.on('appended', (key, entries, _summary, from, relayed) => relayed || announce('transcript', { key, from, count: entries.length }));
  bus.subscribe('transcript', ({ data }) => {
    const { key, from, count } = data as { key: string; from: number; count: number };
    return transcripts.absorb(key, from, count);
  });

  handoff.subscribe((_event, record, relayed) => relayed || announce('handoff', { id: record.id }));
  bus.subscribe('handoff', async ({ data }) => {
    const record = await cases.get((data as { id: string }).id);
    if (record) await handoff.publish(record, true);
  });

  streams.on('appended', (conversationId, activity, relayed) => relayed || announce('directline', { conversationId, activity }));
  bus.subscribe('directline', ({ data }) => {
    const { conversationId, activity } = data as { conversationId: string; activity: Partial<Activity> };
    streams.append(conversationId, activity, true);
  });

  const tellPresence = () => announce('presence', { agents: presence.local() });
  presence.on('changed', tellPresence);
  bus.subscribe('presence', ({ origin, data }) => presence.absorb(origin, (data as { agents: string[] }).agents));
  const heartbeat = setInterval(tellPresence, parts.presenceEveryMs ?? 10_000).unref();

  bus.onResync(async () => {
    tellPresence();
    await cases.reloadAll();
  });
  return () => clearInterval(heartbeat);
}
