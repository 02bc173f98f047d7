import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A send the fake accepted: what the bot asked WhatsApp to deliver. */
export interface RecordedSend {
  version: string;
  phoneNumberId: string;
  messageId: string;
  body: Record<string, unknown>;
}

export interface Failure {
  status: number;
  code: number;
  message?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= max;

/**
 * The documented limits of `POST /{phone_number_id}/messages`, enforced as the
 * real API does (by refusing), so a bot that exceeds one fails its test.
 */
export function sendBodyProblem(body: unknown): string | undefined {
  if (!isObject(body)) return 'body must be a JSON object';
  if (body.messaging_product !== 'whatsapp') return 'messaging_product must be "whatsapp"';
  if (typeof body.to !== 'string' || !body.to) return 'to is required';
  if (body.type === 'text') return isObject(body.text) && text(body.text.body, 4096) ? undefined : 'text.body must be 1..4096 characters';
  if (body.type === 'template')
    return isObject(body.template) && text(body.template.name, 512) && isObject(body.template.language) ? undefined : 'template.name and language are required';
  if (body.type !== 'interactive' || !isObject(body.interactive)) return `unsupported type ${String(body.type)}`;
  const { interactive } = body;
  const action = interactive.action;
  if (!isObject(interactive.body) || !text(interactive.body.text, 1024)) return 'interactive.body.text must be 1..1024 characters';
  if (!isObject(action)) return 'interactive.action is required';
  if (interactive.type === 'button') {
    const buttons = Array.isArray(action.buttons) ? action.buttons : [];
    if (buttons.length < 1 || buttons.length > 3) return 'buttons must number 1..3';
    const ids = new Set<unknown>();
    const titles = new Set<unknown>();
    for (const b of buttons) {
      if (!isObject(b) || b.type !== 'reply' || !isObject(b.reply)) return 'each button must be {type:"reply", reply}';
      if (!text(b.reply.id, 256) || b.reply.id !== b.reply.id.trim()) return 'button id must be 1..256 characters, without surrounding spaces';
      if (!text(b.reply.title, 20)) return 'button title must be 1..20 characters';
      ids.add(b.reply.id);
      titles.add(String(b.reply.title).toLowerCase());
    }
    return ids.size === buttons.length && titles.size === buttons.length ? undefined : 'button ids and titles must be unique';
  }
  if (interactive.type === 'list') {
    if (!text(action.button, 20)) return 'list button must be 1..20 characters';
    const sections = Array.isArray(action.sections) ? action.sections : [];
    if (sections.length < 1 || sections.length > 10) return 'sections must number 1..10';
    const rows = sections.flatMap((s) => (isObject(s) && Array.isArray(s.rows) ? s.rows : []));
    if (rows.length < 1 || rows.length > 10) return 'rows must number 1..10 across sections';
    for (const s of sections) if (!isObject(s) || (s.title !== undefined && !text(s.title, 24))) return 'section title must be 1..24 characters';
    const ids = new Set<unknown>();
    for (const r of rows) {
      if (!isObject(r) || !text(r.id, 200) || r.id !== r.id.trim()) return 'row id must be 1..200 characters, without surrounding spaces';
      if (!text(r.title, 24)) return 'row title must be 1..24 characters';
      if (r.description !== undefined && (typeof r.description !== 'string' || r.description.length > 72))
        return 'row description must be at most 72 characters';
      ids.add(r.id);
    }
    return ids.size === rows.length ? undefined : 'row ids must be unique';
  }
  if (interactive.type === 'cta_url') {
    if (action.name !== 'cta_url' || !isObject(action.parameters)) return 'cta_url action must be {name:"cta_url", parameters}';
    if (!text(action.parameters.display_text, 20)) return 'cta_url display_text must be 1..20 characters';
    const url = action.parameters.url;
    return typeof url === 'string' && /^https?:\/\/\S+$/.test(url) ? undefined : 'cta_url url must be an http(s) URL';
  }
  return `unsupported interactive type ${String(interactive.type)}`;
}

/**
 * A local stand-in for graph.facebook.com speaking the send-message protocol:
 * checks the bearer token and limits, answers with a wamid, records every
 * accepted send, and can be told to fail or to report a closed window.
 */
export class FakeGraphServer {
  readonly sent: RecordedSend[] = [];
  readonly refused: { status: number; code: number; body: unknown }[] = [];
  private failures: Failure[] = [];
  private readonly closedWindows = new Set<string>();
  private waiters: { count: number; resolve: () => void }[] = [];
  private counter = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly token: string,
  ) {}

  static async start(token = 'test-token'): Promise<FakeGraphServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeGraphServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, token);
    server.on('request', (req, res) => void fake.handle(req, res));
    return fake;
  }

  /** The next `count` sends fail with this status and Graph error code (then sends succeed again). */
  failNext(count: number, failure: Failure): void {
    for (let i = 0; i < count; i++) this.failures.push(failure);
  }

  /** Meta refuses free-form messages to this user (error 131047) until `openWindow`. */
  closeWindowFor(waId: string): void {
    this.closedWindows.add(waId);
  }

  openWindow(waId: string): void {
    this.closedWindows.delete(waId);
  }

  sentTo(waId: string): RecordedSend[] {
    return this.sent.filter((s) => s.body.to === waId);
  }

  /** Resolves once at least `count` sends have been accepted in all. */
  async waitForSends(count: number, timeoutMs = 5000): Promise<RecordedSend[]> {
    if (this.sent.length >= count) return this.sent;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake Graph: ${this.sent.length} of ${count} sends after ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
    return this.sent;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private refuse(res: ServerResponse, status: number, code: number, message: string, body: unknown): void {
    this.refused.push({ status, code, body });
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message, type: 'OAuthException', code, fbtrace_id: `trace${this.counter}` } }));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/(v\d+\.\d+)\/([^/]+)\/messages$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return this.refuse(res, 404, 100, 'Unknown path', undefined);
    if (req.headers.authorization !== `Bearer ${this.token}`) return this.refuse(res, 401, 190, 'Invalid OAuth access token', undefined);
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return this.refuse(res, 400, 100, 'Malformed JSON', undefined);
    }
    const failure = this.failures.shift();
    if (failure) return this.refuse(res, failure.status, failure.code, failure.message ?? 'Injected failure', body);
    const problem = sendBodyProblem(body);
    if (problem) return this.refuse(res, 400, 100, `(#100) Invalid parameter: ${problem}`, body);
    const message = body as Json;
    if (message.type !== 'template' && this.closedWindows.has(String(message.to))) {
      return this.refuse(res, 400, 131047, 'Re-engagement message', body);
    }
    const messageId = `wamid.fake${++this.counter}`;
    this.sent.push({ version: match[1], phoneNumberId: decodeURIComponent(match[2]), messageId, body: message });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ messaging_product: 'whatsapp', contacts: [{ input: message.to, wa_id: message.to }], messages: [{ id: messageId }] }));
    this.waiters = this.waiters.filter((w) => (this.sent.length >= w.count ? (w.resolve(), false) : true));
  }
}
