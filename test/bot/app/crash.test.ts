import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TranscriptDocument } from '../../../bot/casework/transcripts/transcriptRecord';
import { DocumentStore } from '../../../bot/infra/storage/documentStore';
import { EmbeddedStore } from '../../../bot/infra/storage/embeddedStore';
import { DirectLineClient } from '../../support/directLineClient';
import { tempDir } from '../../support/tempDir';

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? jsonFiles(full) : entry.endsWith('.json') ? [full] : [];
  });
}

function startServer(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/app/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      DOTENV_CONFIG_QUIET: 'true',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_LOANS: '40',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const listening = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"url":"(http:\/\/localhost:\d+)"/.exec(out);
      if (match) resolve(match[1].replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  return { child, listening };
}

/** One borrower sending numbered messages as fast as the bot answers, remembering which ones were acknowledged. */
async function chatUntilStopped(send: (text: string) => Promise<boolean>, name: string, acknowledged: string[], stopped: () => boolean) {
  for (let n = 0; !stopped(); n++) {
    const text = `marker ${name} number ${n}`;
    const ok = await send(text).catch(() => false);
    if (!ok) return;
    acknowledged.push(text);
  }
}

describe('kill -9 during a burst of turns', () => {
  it('keeps every acknowledged message in its transcript and state, over Direct Line and /api/messages, and leaves no torn file', async () => {
    const dataDir = tempDir();
    const { child, listening } = startServer(dataDir);
    const url = await listening;
    const exited = new Promise((r) => child.once('exit', r));
    let killed = false;
    const acknowledged = new Map<string, string[]>();
    const borrowers: Promise<void>[] = [];
    for (let i = 0; i < 4; i++) {
      const client = new DirectLineClient(url);
      await client.start();
      const acks: string[] = [];
      acknowledged.set(`directline:${client.conversationId}`, acks);
      borrowers.push(
        chatUntilStopped(
          async (text) => (await client.post(text)).status === 200,
          `dl${i}`,
          acks,
          () => killed,
        ),
      );
    }
    for (let i = 0; i < 4; i++) {
      const conversationId = `crash-${i}`;
      const acks: string[] = [];
      // /api/messages conversations are keyed under the bf. namespace (trust boundaries).
      acknowledged.set(`bf.emulator:${conversationId}`, acks);
      const send = async (text: string) => {
        const res = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            type: 'message',
            channelId: 'emulator',
            serviceUrl: 'http://127.0.0.1:9',
            deliveryMode: 'expectReplies',
            from: { id: `user-${i}` },
            recipient: { id: 'bot' },
            conversation: { id: conversationId },
            text,
          }),
        });
        await res.arrayBuffer();
        return res.status === 200;
      };
      borrowers.push(chatUntilStopped(send, `api${i}`, acks, () => killed));
    }
    const total = () => [...acknowledged.values()].reduce((n, a) => n + a.length, 0);
    while (total() < 60) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    killed = true;
    await exited;
    await Promise.all(borrowers);

    for (const file of jsonFiles(dataDir)) expect(() => JSON.parse(readFileSync(file, 'utf8')), file).not.toThrow();
    // What the next start sees: the journal replayed over the document files.
    const engine = await EmbeddedStore.open(dataDir);
    const transcripts = new DocumentStore<TranscriptDocument>(path.join(dataDir, 'transcripts'), engine);
    const state = new DocumentStore<Record<string, unknown>>(path.join(dataDir, 'state'), engine);
    for (const [key, texts] of acknowledged) {
      const said = new Set(((await transcripts.get(key))?.value.entries ?? []).filter((e) => e.speaker === 'borrower').map((e) => e.text));
      expect(
        texts.filter((t) => !said.has(t)),
        key,
      ).toEqual([]);
      if (texts.length > 0) expect(await state.get(`${key.replace(':', '/conversations/')}/`), key).toBeDefined();
    }
    await engine.close();
  }, 90_000);
});
