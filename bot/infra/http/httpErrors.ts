import type { Request } from 'restify';

/** An error whose message is safe to show the caller, with the HTTP status it maps to. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Reads the raw request body, refusing more than `maxBytes` without buffering it all. */
export async function readRawBody(req: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new HttpError(413, `Request body is ${declared} bytes; the limit is ${maxBytes}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new HttpError(413, `Request body exceeds the limit of ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const contentType = String(req.headers['content-type'] ?? '');
  if (contentType && !/^application\/(.+\+)?json\b/i.test(contentType)) {
    throw new HttpError(415, `Expected Content-Type application/json, got ${contentType}`);
  }
  const raw = await readRawBody(req, maxBytes);
  if (raw.length === 0) throw new HttpError(400, 'Request body is empty; expected JSON');
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch (err) {
    throw new HttpError(400, `Malformed JSON: ${(err as Error).message}`);
  }
}
