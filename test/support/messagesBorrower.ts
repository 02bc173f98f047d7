import type { Activity } from 'botbuilder';
import { expect } from 'vitest';

/**
 * A borrower on /api/messages (Bot Framework protocol, Emulator channel) whose replies come back in
 * the response (expectReplies). `via` sends one message to another instance of the same deployment.
 */
export function messagesBorrower(url: string, conversationId: string, fromId: string) {
  let n = 0;
  return async (input: string | Record<string, unknown>, via = url): Promise<Partial<Activity>[]> => {
    const res = await fetch(`${via}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `${conversationId}-${++n}`,
        serviceUrl: 'http://127.0.0.1:9',
        channelId: 'emulator',
        deliveryMode: 'expectReplies',
        from: { id: fromId, name: 'B' },
        recipient: { id: 'bot', name: 'Bot' },
        conversation: { id: conversationId },
        ...(typeof input === 'string' ? { text: input } : input),
      }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { activities: Partial<Activity>[] }).activities.filter((a) => a.type === 'message');
  };
}
