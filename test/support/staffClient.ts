import { DirectLineClient } from './directLineClient';

/** A signed-in staff browser, as far as the agent API is concerned: session cookie plus CSRF token. */
export class StaffClient {
  cookie = '';
  csrf = '';

  constructor(readonly baseUrl: string) {}

  static async signIn(baseUrl: string, name: string, password = `${name}-demo-pass`): Promise<StaffClient> {
    const client = new StaffClient(baseUrl);
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    if (res.status !== 200) throw new Error(`sign-in as ${name} failed: ${res.status}`);
    client.cookie = String(res.headers.get('set-cookie')).split(';')[0];
    client.csrf = (await res.json()).csrfToken;
    return client;
  }

  /** The raw response. `csrf: null` leaves the token out; a string sends that one instead of the session's. */
  raw(method: string, path: string, body?: unknown, options: { csrf?: string | null } = {}): Promise<Response> {
    const token = options.csrf === undefined ? this.csrf : options.csrf;
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { Cookie: this.cookie, ...(token ? { 'X-CSRF-Token': token } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async call(method: string, path: string, body?: unknown, options: { csrf?: string | null } = {}): Promise<{ status: number; json: Record<string, unknown> }> {
    const res = await this.raw(method, path, body, options);
    return { status: res.status, json: (await res.json().catch(() => ({}))) as Record<string, unknown> };
  }

  get(path: string) {
    return this.call('GET', path);
  }

  post(path: string, body: unknown = {}, options: { csrf?: string | null } = {}) {
    return this.call('POST', path, body, options);
  }

  stream(): EventStream {
    return new EventStream(`${this.baseUrl}/api/agent/stream`, this.cookie);
  }
}

export interface StreamEvent {
  event: string;
  data: unknown;
  at: number;
}

/** Reads the console's server-sent events the way EventSource would, keeping every event for assertions. */
export class EventStream {
  readonly events: StreamEvent[] = [];
  comments = 0;
  readonly opened: Promise<Response>;
  private readonly abort = new AbortController();
  private waiters: (() => void)[] = [];

  constructor(url: string, cookie: string) {
    this.opened = fetch(url, { headers: { Cookie: cookie, Accept: 'text/event-stream' }, signal: this.abort.signal });
    this.opened.then((res) => this.read(res)).catch(() => undefined);
  }

  private async read(res: Response): Promise<void> {
    if (!res.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.startsWith(':')) this.comments++;
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) this.events.push({ event, data: JSON.parse(data), at: performance.now() });
      }
      this.waiters.splice(0).forEach((wake) => wake());
    }
  }

  /** Resolves with the first event (already received or coming) that matches. */
  async next(event: string, match: (data: Record<string, unknown>) => boolean = () => true, timeoutMs = 5000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find((e) => e.event === event && match(e.data as Record<string, unknown>));
      if (found) return found.data as Record<string, unknown>;
      if (Date.now() > deadline) throw new Error(`no "${event}" event within ${timeoutMs} ms; got ${this.events.map((e) => e.event).join(', ')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  close(): void {
    this.abort.abort();
  }
}

/** A borrower on Web Chat's protocol who has asked for a person; returns the client and the case id. */
export async function borrowerAskingForPerson(
  baseUrl: string,
  cases: { openCaseFor(channelId: string, conversationId: string): { id: string } | undefined },
): Promise<{ borrower: DirectLineClient; caseId: string }> {
  const borrower = new DirectLineClient(baseUrl);
  await borrower.start();
  await borrower.botReplies(3);
  await borrower.say('I want to talk to a person');
  const record = cases.openCaseFor('directline', borrower.conversationId);
  if (!record) throw new Error('asking for a person opened no case');
  return { borrower, caseId: record.id };
}

/** Agents online all day, every day, so escalations are queued for them rather than offered a callback. */
export const AGENTS_AVAILABLE = { AGENT_DAYS: 'Sun-Sat', AGENT_HOURS: '00:00-24:00' };
