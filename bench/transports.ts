import type { Activity } from 'botbuilder';
import type { Conversation, Outgoing } from './intakeDriver';

const body = (message: Outgoing) => (typeof message === 'string' ? { text: message } : { value: message.value });

/** The Bot Framework endpoint with deliveryMode expectReplies: the replies come back in the response. */
export function botFrameworkConversation(url: string, conversationId: string): Conversation {
  let n = 0;
  return {
    open: async () => [],
    async send(message) {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `${conversationId}-${++n}`,
          timestamp: new Date().toISOString(),
          serviceUrl: 'http://127.0.0.1:9',
          channelId: 'emulator',
          deliveryMode: 'expectReplies',
          from: { id: `user-${conversationId}`, name: 'Bench' },
          conversation: { id: conversationId },
          recipient: { id: 'bot', name: 'Bot' },
          ...body(message),
        }),
      });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`/api/messages answered ${res.status}: ${text.slice(0, 200)}`);
      return ((text ? JSON.parse(text) : {}) as { activities?: Partial<Activity>[] }).activities ?? [];
    },
  };
}

/** Our Direct Line endpoint as Web Chat uses it: post, then read the stream from the last watermark. */
export function directLineConversation(url: string, options: { greets: boolean }): Conversation {
  const base = `${url}/v3/directline`;
  let token = '';
  let conversationId = '';
  let watermark = 0;
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const poll = async (): Promise<Partial<Activity>[]> => {
    const res = await fetch(`${base}/conversations/${conversationId}/activities?watermark=${watermark}`, { headers: auth() });
    if (res.status !== 200) throw new Error(`poll answered ${res.status}`);
    const page = (await res.json()) as { activities: Partial<Activity>[]; watermark: string };
    watermark = Number(page.watermark);
    return page.activities.filter((a) => a.from?.role === 'bot' && a.type === 'message');
  };
  return {
    async open() {
      token = ((await (await fetch(`${base}/tokens/generate`, { method: 'POST' })).json()) as { token: string }).token;
      const started = (await (await fetch(`${base}/conversations`, { method: 'POST', headers: auth() })).json()) as { conversationId: string; token: string };
      conversationId = started.conversationId;
      token = started.token;
      if (!options.greets) return [];
      // The welcome turn runs in the background after the conversation starts.
      for (let tries = 0; tries < 2_000; tries++) {
        const replies = await poll();
        if (replies.length > 0) return replies;
        await new Promise((r) => setTimeout(r, 5));
      }
      throw new Error('no welcome over Direct Line');
    },
    async send(message) {
      const res = await fetch(`${base}/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: { ...auth(), 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', from: { id: 'bench' }, ...body(message) }),
      });
      if (res.status !== 200) throw new Error(`post answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
      return poll();
    },
  };
}
