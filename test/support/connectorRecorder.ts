import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface RecordedCall {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/**
 * A local stand-in for the Bot Connector service (what the Emulator runs): it
 * accepts the bot's replies on the documented REST paths and records them.
 */
export async function startConnectorRecorder(): Promise<{
  serviceUrl: string;
  calls: RecordedCall[];
  waitFor: (n: number, ms?: number) => Promise<RecordedCall[]>;
}> {
  const calls: RecordedCall[] = [];
  let counter = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      calls.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: text ? JSON.parse(text) : {} });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${++counter}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}`,
    calls,
    waitFor: async (n, ms = 5000) => {
      const deadline = Date.now() + ms;
      while (calls.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return calls;
    },
  };
}

let activityCounter = 0;

/** An activity as the Bot Framework Emulator posts it to /api/messages. */
export function emulatorActivity(serviceUrl: string, conversationId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: `emu-${++activityCounter}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'emulator',
    from: { id: 'user-1', name: 'User', role: 'user' },
    conversation: { id: conversationId },
    recipient: { id: 'bot-1', name: 'Bot', role: 'bot' },
    locale: 'en-US',
    text: 'hello',
    ...overrides,
  };
}
