// Preloaded (`--import`) into a bench server process only: counts the queries its pg clients send (each one a round trip;
// pg sends one at a time per connection) and writes the count, and the most frequent statements, to BENCH_ROUND_TRIPS_FILE.
import { renameSync, writeFileSync } from 'node:fs';
import pg from 'pg';

const file = process.env.BENCH_ROUND_TRIPS_FILE!;
const byText = new Map<string, number>();
let count = 0;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  count++;
  const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '?');
  // Literals (the two-round-trip document update inlines its values) are folded, so one statement counts as one line.
  const short = text
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .replace(/\s+/g, ' ')
    .slice(0, 90);
  byText.set(short, (byText.get(short) ?? 0) + 1);
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

setInterval(() => {
  const top = [...byText].sort((a, b) => b[1] - a[1]).slice(0, 25);
  // Renamed into place, so the bench never reads a half-written file.
  writeFileSync(`${file}.tmp`, JSON.stringify({ count, top }));
  renameSync(`${file}.tmp`, file);
}, 100).unref();
