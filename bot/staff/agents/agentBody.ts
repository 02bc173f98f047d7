import type { Request } from 'restify';
import type { z } from 'zod';
import { firstIssue } from '../../../models/shared/firstIssue';
import { HttpError, readJsonBody } from '../../infra/http/httpErrors';

/** A JSON body of at most `maxBytes`, checked against `schema`: 400 naming the first field that is wrong. */
export async function parseBody<T>(req: Request, schema: z.ZodType<T>, maxBytes: number): Promise<T> {
  const parsed = schema.safeParse(await readJsonBody(req, maxBytes));
  if (parsed.success) return parsed.data;
  const issue = firstIssue(parsed.error);
  throw new HttpError(400, `${issue.where} ${issue.message}`);
}
