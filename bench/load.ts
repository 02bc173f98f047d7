import { borrower } from './benchData';
import { runIntake, runScript, type Conversation, type IntakeResult, type Outgoing } from './intakeDriver';
import { percentile } from './report';
import { botFrameworkConversation, directLineConversation } from './transports';

export type Transport = 'api' | 'directline';

export interface LoadResult {
  turns: number;
  perSecond: number;
  latencies: number[];
  byStep: Map<string, number[]>;
}

let runs = 0;

function conversation(transport: Transport, url: string, greets: boolean): Conversation {
  return transport === 'api' ? botFrameworkConversation(url, `bench-${process.pid}-${++runs}`) : directLineConversation(url, { greets });
}

/**
 * `intakes` complete conversations, `concurrency` at a time, each conversation
 * in order. Forbear is driven by its prompts; the echo bot (`scripts`) is sent
 * the very messages Forbear was sent, one turn per message. On Direct Line
 * Forbear's welcome (sent when the conversation starts) counts as a turn.
 */
export async function load(options: {
  /** Several: conversation i goes to url i mod n, as a load balancer spreads new conversations. */
  url: string | string[];
  transport: Transport;
  concurrency: number;
  intakes: number;
  scripts?: Outgoing[][];
  sharedLoan?: boolean;
  firstBorrower?: number;
}): Promise<LoadResult> {
  const { transport, concurrency, intakes, scripts } = options;
  const byStep = new Map<string, number[]>();
  const latencies: number[] = [];
  let turns = 0;
  let next = 0;
  const started = performance.now();
  const urls = typeof options.url === 'string' ? [options.url] : options.url;
  const one = async (i: number): Promise<IntakeResult> => {
    const n = (options.firstBorrower ?? 0) + i;
    const url = urls[i % urls.length];
    if (scripts) return runScript(conversation(transport, url, false), scripts[n % scripts.length]);
    const result = await runIntake(conversation(transport, url, true), borrower(n, options.sharedLoan));
    if (transport === 'directline') turns++;
    return result;
  };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < intakes; i = next++) {
        for (const { step, ms } of (await one(i)).turns) {
          turns++;
          latencies.push(ms);
          if (!byStep.has(step)) byStep.set(step, []);
          byStep.get(step)!.push(ms);
        }
      }
    }),
  );
  return { turns, perSecond: (turns / (performance.now() - started)) * 1000, latencies, byStep };
}

/** What each of the two demo profiles was sent in a real intake, per transport, for the echo baseline. */
export async function recordScripts(url: string, transport: Transport): Promise<Outgoing[][]> {
  const scripts: Outgoing[][] = [];
  for (const i of [0, 1]) scripts.push((await runIntake(conversation(transport, url, true), borrower(1_000_000 + i + (transport === 'api' ? 0 : 2)))).script);
  return scripts;
}

export interface Summary {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Best of the rounds for each figure (highest throughput, lowest percentiles), so a burst of other load cannot decide a ratio. */
export function best(results: LoadResult[]): Summary {
  return {
    perSecond: Math.max(...results.map((r) => r.perSecond)),
    p50: Math.min(...results.map((r) => percentile(r.latencies, 50))),
    p99: Math.min(...results.map((r) => percentile(r.latencies, 99))),
  };
}
