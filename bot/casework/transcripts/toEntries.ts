import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { DECISION_TRACE_NAME, type DecisionEvent } from '../../../models/decisions/decisionEvent';
import type { Speaker, TranscriptEntry } from './transcriptRecord';

export type Redact = (text: string) => string;

/** The inbox id of a delivery as the transcript keeps it: a digest, so no channel id or phone travels with it. */
export const refDigest = (ref: string): string => createHash('sha256').update(ref).digest('base64url').slice(0, 22);

/** Redacts every string inside a value, so decision details cannot carry PII either. */
export function redactDeep<T>(value: T, redact: Redact): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)])) as T;
  return value;
}

interface CardElement {
  type?: string;
  text?: string;
  facts?: { title: string; value: string }[];
  items?: CardElement[];
  columns?: { items?: CardElement[] }[];
}

/** An Adaptive Card's words as lines (titles, text, facts), for the transcript and search. */
function cardLines(content: unknown): string[] {
  const lines: string[] = [];
  const walk = (elements: CardElement[] | undefined) => {
    for (const el of elements ?? []) {
      if (el.text) lines.push(el.text);
      for (const fact of el.facts ?? []) lines.push(`${fact.title}: ${fact.value}`);
      walk(el.items);
      for (const column of el.columns ?? []) walk(column.items);
    }
  };
  walk((content as { body?: CardElement[] } | undefined)?.body);
  return lines;
}

/** An attachment is recorded by its kind only: names and URLs may identify the borrower, and a content type is theirs to invent. */
function fileKind(contentType: unknown, redact: Redact): string {
  const text = typeof contentType === 'string' ? contentType : '';
  return /^[\w.+-]{1,60}\/[\w.+-]{1,60}$/.test(text) ? redact(text) : 'unknown';
}

/** A submitted value as stored: redacted, and never more than 2 KB (a card's data is small; anything bigger is not ours). */
const MAX_VALUE_CHARS = 2048;
function storedValue(value: Record<string, unknown>, redact: Redact): Record<string, unknown> {
  const redacted = redactDeep(value, redact);
  return JSON.stringify(redacted).length <= MAX_VALUE_CHARS ? redacted : { truncated: true };
}

/** One activity → the transcript entry it is stored as (redacted), or undefined when it is not worth keeping. */
export function toEntry(activity: Partial<Activity>, speaker: Speaker, redact: Redact): TranscriptEntry | undefined {
  const at = new Date(activity.timestamp ?? Date.now()).toISOString();
  if (activity.type === 'trace') {
    // Only the bot's own traces are decisions: one arriving from a client is never taken for one.
    if (speaker !== 'bot' || activity.name !== DECISION_TRACE_NAME) return undefined;
    const event = activity.value as DecisionEvent;
    return { at, speaker: 'bot', kind: 'decision', decision: { ...event, value: redactDeep(event.value, redact) } as DecisionEvent };
  }
  if (activity.type !== 'message') return undefined;
  // Agent attribution is the bot's own (agentMessenger); a borrower's channelData can never claim it.
  const agent = speaker === 'bot' ? (activity.channelData as { agent?: string } | undefined)?.agent : undefined;
  const card = (activity.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').flatMap((a) => cardLines(a.content));
  const files = (activity.attachments ?? [])
    .filter((a) => a.contentType !== 'application/vnd.microsoft.card.adaptive')
    .map((a) => `[file: ${fileKind(a.contentType, redact)}]`);
  const entry: TranscriptEntry = {
    at,
    speaker: agent ? 'agent' : speaker,
    kind: 'message',
    ...(agent ? { agent } : {}),
    ...(activity.text ? { text: redact(activity.text) } : files.length > 0 ? { text: files.join(' ') } : {}),
    ...(card.length > 0 ? { card: card.map(redact) } : {}),
    ...(activity.suggestedActions?.actions?.length ? { options: activity.suggestedActions.actions.map((a) => redact(String(a.title))) } : {}),
    ...(activity.value && typeof activity.value === 'object' ? { value: storedValue(activity.value as Record<string, unknown>, redact) } : {}),
  };
  return entry;
}
