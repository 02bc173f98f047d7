import { readFileSync } from 'node:fs';
import { redact } from '../nlp/redact';
import { loadAnalyzer } from '../nlp';
import { percentile, type Bench } from './report';

/** analyze latency over the corpus messages, plus redact on a worst-case 10,000-character input. */
export const bench: Bench = async (report) => {
  const texts = ['train', 'test'].flatMap((split) =>
    readFileSync(new URL(`../nlp/training/corpus/${split}.jsonl`, import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
  const analyzer = loadAnalyzer();
  const today = new Date('2025-01-15T12:00:00Z');
  for (const text of texts) analyzer.analyze(text, { today }); // warm-up: JIT and caches
  const times: number[] = [];
  const rounds = 10;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const t = performance.now();
      analyzer.analyze(text, { today });
      times.push(performance.now() - t);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  report({ name: 'nlp analyze p50', value: percentile(times, 50), unit: 'ms' });
  report({ name: 'nlp analyze p99', value: percentile(times, 99), unit: 'ms', goal: '< 2 ms' });
  report({ name: 'nlp analyses per second', value: times.length / seconds, unit: 'analyses/s' });

  const hostile = '4111 1111 1111 1111 '.repeat(100) + '1'.repeat(4000) + ' a@b.co +44 7700 900123 '.repeat(100);
  const redactTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    redact(hostile.slice(0, 10_000));
    redactTimes.push(performance.now() - t);
  }
  report({ name: 'nlp redact 10k chars p99', value: percentile(redactTimes, 99), unit: 'ms' });
};
