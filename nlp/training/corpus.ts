import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HARDSHIP_REASONS } from '../../models/loanBook/loanRecord';
import { INTENTS, PERIODS } from '../../models/language/analysis';

/** Labelled borrower messages; the test split is never used for training. */
export const CORPUS_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));

/** How a message is written; every corpus line carries exactly one (CORPUS-CONVENTIONS). */
export const STYLES = ['en', 'en-IN', 'hinglish', 'hi', 'manglish', 'whatsapp', 'long'] as const;
export type Style = (typeof STYLES)[number];

const Example = z.object({
  text: z.string(),
  style: z.enum(STYLES),
  reasons: z.array(z.enum(HARDSHIP_REASONS)),
  intent: z.enum(INTENTS),
  crisis: z.boolean(),
  vulnerable: z.boolean(),
  temporary: z.boolean().nullable(),
  amounts: z.array(z.object({ value: z.number(), period: z.enum(PERIODS).nullable() })),
  language: z.enum(['en', 'other']).default('en'),
});
export type CorpusExample = z.infer<typeof Example>;

export class CorpusError extends Error {
  override name = 'CorpusError';
}

export function parseCorpus(jsonl: string, source = 'corpus'): CorpusExample[] {
  return jsonl
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, number]) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new CorpusError(`${source}:${number}: not valid JSON`);
      }
      const parsed = Example.safeParse(json);
      if (!parsed.success)
        throw new CorpusError(`${source}:${number}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      return parsed.data;
    });
}

export function loadCorpus(split: 'train' | 'test', dir: string = CORPUS_DIR): CorpusExample[] {
  const file = `${dir}${split}.jsonl`;
  return parseCorpus(readFileSync(file, 'utf8'), file);
}
