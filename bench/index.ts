// npm run bench [-- name ...]: runs each benchmark in turn, prints a table, then one JSON line with every result.
import type { Bench, BenchLine } from './report';

const BENCHES: Record<string, () => Promise<{ bench: Bench }>> = {
  server: () => import('./server'),
  postgres: () => import('./postgres'),
  scale: () => import('./scale'),
  nlp: () => import('./nlp'),
  risk: () => import('./risk'),
  offers: () => import('./offers'),
  'offer-quality': () => import('./offerQuality'),
  whatsapp: () => import('./whatsapp'),
  fraud: () => import('./fraud'),
  supervisor: () => import('./supervisor'),
  agents: () => import('./agents'),
  outreach: () => import('./outreach'),
  login: () => import('./login'),
  recovery: () => import('./recovery'),
};

function format(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);
}

async function main(selected: string[]): Promise<void> {
  const names = selected.length > 0 ? selected : Object.keys(BENCHES);
  const unknown = names.filter((n) => !BENCHES[n]);
  if (unknown.length > 0) throw new Error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  const results: (BenchLine & { bench: string })[] = [];
  for (const name of names) {
    console.log(`\n== ${name}`);
    const { bench } = await BENCHES[name]();
    await bench((line) => {
      results.push({ bench: name, ...line });
      const base = line.baseline
        ? `  (baseline ${line.baseline.name}: ${format(line.baseline.value)} ${line.unit}; ratio ${format(line.ratio ?? line.value / line.baseline.value)})`
        : '';
      console.log(`  ${line.name}: ${format(line.value)} ${line.unit}${base}${line.goal ? `  goal ${line.goal}` : ''}`);
    });
  }
  console.log(JSON.stringify({ bench: results }));
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
