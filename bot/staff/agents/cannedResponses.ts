import { firstIssue } from '../../../models/shared/firstIssue';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const CANNED_RESPONSES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cannedResponses.json');

const cannedResponses = z
  .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), title: z.string().min(1).max(60), text: z.string().min(1).max(1000) }))
  .refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'ids must be unique');

export type CannedResponse = z.infer<typeof cannedResponses>[number];

/** The market's words a reply may name: "{ombudsman}", "{debtAdvice}", "{helpline}" come from the deployment profile. */
export type CannedWords = Record<'ombudsman' | 'debtAdvice' | 'helpline', string>;

/** The console's ready-made replies; a bad file stops the start with the line that is wrong. */
export function loadCannedResponses(words: CannedWords, file = CANNED_RESPONSES_FILE): CannedResponse[] {
  const parsed = cannedResponses.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = firstIssue(parsed.error, 'list');
    throw new Error(`${file}: ${issue.where} ${issue.message}`);
  }
  return parsed.data.map((r) => ({ ...r, text: r.text.replace(/\{(ombudsman|debtAdvice|helpline)\}/g, (_, key: keyof CannedWords) => words[key]) }));
}
