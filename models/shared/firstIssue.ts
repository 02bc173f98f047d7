import type { z } from 'zod';

export interface Issue {
  /** Dotted path of the offending field ("items.2.name"), or `whole` for the input itself. */
  where: string;
  /** The top-level field, e.g. the environment variable or query parameter. */
  field: string | undefined;
  message: string;
  code: string;
}

/** The first thing wrong with an input, for errors of one line that say where and what. */
export function firstIssue(error: z.ZodError, whole = 'body'): Issue {
  const issue = error.issues[0];
  return {
    where: issue.path.map(String).join('.') || whole,
    field: issue.path.length > 0 ? String(issue.path[0]) : undefined,
    message: issue.message,
    code: issue.code,
  };
}
