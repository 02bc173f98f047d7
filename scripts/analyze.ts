/**
 * For ops and QA: JSON lines `{"text": ...}` on stdin, one JSON line per input on
 * stdout. A bad line gets `{"line": n, "error": ...}` in its place and never stops the run.
 */
import { createInterface } from 'node:readline';
import { loadAnalyzer } from '../nlp';
import { summarizeLine } from '../nlp/cliLine';

const analyzer = loadAnalyzer();
let number = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  number++;
  if (line.trim() === '') continue;
  process.stdout.write(`${JSON.stringify(summarizeLine(analyzer, line, number))}\n`);
}
