/** The forms a static asset is held in: brotli and gzip, made once at start, or the file as it is. */
export type ContentEncoding = 'br' | 'gzip' | 'identity';

/**
 * The best encoding an `Accept-Encoding` header allows among those we hold:
 * the highest q-value wins, brotli before gzip on a tie; `q=0` refuses one and
 * `*` stands for any not named (RFC 9110 §12.5.3). No header, or nothing we
 * hold, means the file as it is.
 */
export function chooseEncoding(header: string | string[] | undefined): ContentEncoding {
  const weights = new Map<string, number>();
  for (const part of [header ?? ''].flat().join(',').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(name, q === undefined ? 1 : Number(q.slice(2)));
  }
  const weight = (encoding: string) => weights.get(encoding) ?? weights.get('*') ?? 0;
  const [best] = (['br', 'gzip'] as const).filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a));
  return best ?? 'identity';
}
