import type { Activity } from 'botbuilder';

/**
 * The calls Web Chat's DirectLineJS makes in polling mode, so HTTP tests
 * exercise the same protocol as the browser.
 */
export class DirectLineClient {
  conversationId = '';
  token = '';
  watermark = 0;
  readonly received: Partial<Activity>[] = [];

  constructor(readonly baseUrl: string) {}

  private url(path: string): string {
    return `${this.baseUrl}/v3/directline${path}`;
  }

  async start(): Promise<void> {
    const generated = await (await fetch(this.url('/tokens/generate'), { method: 'POST' })).json();
    const res = await fetch(this.url('/conversations'), { method: 'POST', headers: { Authorization: `Bearer ${generated.token}` } });
    if (res.status !== 201) throw new Error(`start failed: ${res.status}`);
    const body = await res.json();
    this.conversationId = body.conversationId;
    this.token = body.token;
  }

  async post(activity: Partial<Activity> | string): Promise<Response> {
    const body = typeof activity === 'string' ? { type: 'message', text: activity, from: { id: 'ignored' } } : activity;
    return fetch(this.url(`/conversations/${this.conversationId}/activities`), {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  /** Polls until `count` new bot activities arrived (or times out) and returns them. */
  async botReplies(count = 1, timeoutMs = 5000): Promise<Partial<Activity>[]> {
    const replies: Partial<Activity>[] = [];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await fetch(this.url(`/conversations/${this.conversationId}/activities?watermark=${this.watermark}`), {
        headers: { Authorization: `Bearer ${this.token}` },
      });
      if (res.status !== 200) throw new Error(`poll failed: ${res.status}`);
      const page = await res.json();
      this.watermark = Number(page.watermark);
      for (const activity of page.activities as Partial<Activity>[]) {
        this.received.push(activity);
        if (activity.from?.role === 'bot' && activity.type === 'message') replies.push(activity);
      }
      if (replies.length >= count || Date.now() >= deadline) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    return replies;
  }

  /** Sends a message and waits until the bot has gone quiet, returning everything it said. */
  async say(text: string | Partial<Activity>, settleMs = 150): Promise<Partial<Activity>[]> {
    const res = await this.post(text);
    if (res.status !== 200) throw new Error(`post failed: ${res.status} ${await res.text()}`);
    const replies = await this.botReplies(1);
    for (;;) {
      await new Promise((r) => setTimeout(r, settleMs));
      const more = await this.botReplies(0, 0);
      if (more.length === 0) return replies;
      replies.push(...more);
    }
  }
}
