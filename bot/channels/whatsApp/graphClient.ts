import { z } from 'zod';
import { GraphApiError } from './graphApiError';
import type { SendBody } from './sendBody';

export interface GraphClientOptions {
  baseUrl: string;
  version: string;
  phoneNumberId: string;
  token: string;
  /** Attempts in all, including the first. */
  attempts: number;
  /** First retry delay; doubled each time, with jitter, capped at `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  timeoutMs: number;
  fetch: typeof fetch;
  /** Injected so tests and benches do not sleep for real. */
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_GRAPH_OPTIONS = {
  attempts: 4,
  backoffMs: 500,
  maxBackoffMs: 8000,
  timeoutMs: 15_000,
  fetch: (...args: Parameters<typeof fetch>) => fetch(...args),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
} satisfies Partial<GraphClientOptions>;

export interface SendResult {
  /** The wamid WhatsApp assigned; statuses for the message arrive under this id. */
  messageId: string;
  waId?: string;
}

const sendResponse = z.object({
  messaging_product: z.literal('whatsapp'),
  contacts: z.array(z.object({ input: z.string(), wa_id: z.string() })).optional(),
  messages: z.array(z.object({ id: z.string().min(1) })).min(1),
});

const errorResponse = z.object({
  error: z.object({
    message: z.string(),
    type: z.string().optional(),
    code: z.number().optional(),
    error_subcode: z.number().optional(),
    fbtrace_id: z.string().optional(),
  }),
});

/** Sends messages through the WhatsApp Cloud API, retrying what Meta marks as transient. */
export class GraphClient {
  private readonly options: GraphClientOptions;
  private readonly url: string;

  constructor(options: Partial<GraphClientOptions> & Pick<GraphClientOptions, 'baseUrl' | 'version' | 'phoneNumberId' | 'token'>) {
    this.options = { ...DEFAULT_GRAPH_OPTIONS, ...options };
    if (!/^v\d+\.\d+$/.test(this.options.version)) throw new RangeError(`version must look like v21.0, got "${this.options.version}"`);
    if (!Number.isInteger(this.options.attempts) || this.options.attempts < 1)
      throw new RangeError(`attempts must be a whole number ≥ 1, got ${this.options.attempts}`);
    this.url = `${this.options.baseUrl.replace(/\/+$/, '')}/${this.options.version}/${encodeURIComponent(this.options.phoneNumberId)}/messages`;
  }

  async send(body: SendBody): Promise<SendResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.post(body);
      } catch (err) {
        if (!(err instanceof GraphApiError) || !err.retryable || attempt >= this.options.attempts) throw err;
        const { backoffMs, maxBackoffMs, random } = this.options;
        const delay = Math.min(maxBackoffMs, backoffMs * 2 ** (attempt - 1)) * (0.5 + random() / 2);
        await this.options.sleep(delay);
      }
    }
  }

  private async post(body: SendBody): Promise<SendResult> {
    let response: Response;
    try {
      response = await this.options.fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.token}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (err) {
      throw new GraphApiError(0, `no response: ${(err as Error).message}`);
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const parsed = errorResponse.safeParse(json);
      if (!parsed.success) throw new GraphApiError(response.status, response.statusText || 'unreadable error body');
      const e = parsed.data.error;
      throw new GraphApiError(response.status, e.message, e.code, e.error_subcode, e.type, e.fbtrace_id);
    }
    const parsed = sendResponse.safeParse(json);
    if (!parsed.success) throw new GraphApiError(response.status, 'success response without a message id');
    return { messageId: parsed.data.messages[0].id, waId: parsed.data.contacts?.[0]?.wa_id };
  }
}
