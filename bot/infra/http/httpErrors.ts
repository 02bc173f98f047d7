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

/** Nesting deeper than this is refused before parsing: no product body comes close, and deep values overflow serialisers. */
export const MAX_JSON_DEPTH = 64;

/** True when the JSON text nests arrays or objects deeper than `maxDepth` (a linear scan that skips strings). */
export function jsonTooDeep(raw: Buffer, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === 0x5c) i++;
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if (byte === 0x7d || byte === 0x5d) depth--;
  }
  return false;
}

/** Parses a JSON body: 400 for bad or too deeply nested JSON, with a reason that never echoes the input. */
export function parseJson(raw: Buffer): unknown {
  if (jsonTooDeep(raw)) throw new HttpError(400, `JSON nests deeper than ${MAX_JSON_DEPTH} levels`);
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'Malformed JSON');
  }
}

export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const contentType = String(req.headers['content-type'] ?? '');
  if (contentType && !/^application\/(.+\+)?json\b/i.test(contentType)) {
    throw new HttpError(415, `Expected Content-Type application/json, got ${contentType}`);
  }
  const raw = await readRawBody(req, maxBytes);
  if (raw.length === 0) throw new HttpError(400, 'Request body is empty; expected JSON');
  return parseJson(raw);
}
