/** What `/readyz` reports: each dependency the bot needs before it can serve a turn. */
export type ReadinessCheck = () => { name: string; ok: boolean; detail?: string };

export function readinessReport(checks: ReadinessCheck[]): { ready: boolean; checks: ReturnType<ReadinessCheck>[] } {
  const results = checks.map((check) => {
    try {
      return check();
    } catch (err) {
      return { name: 'unknown', ok: false, detail: (err as Error).message };
    }
  });
  return { ready: results.every((r) => r.ok), checks: results };
}
