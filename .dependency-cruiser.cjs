/**
 * The import rule (README, "Contributing"): data flows one way,
 *   bot/app → bot/staff → bot/channels → bot/casework → dialogs → models,
 * with nlp and bot/infra depending only on models. Training code is never
 * imported by the runtime, and the runtime never imports a dev dependency.
 */
const RUNTIME = '^(bot|dialogs)/|^models/(?!training/)|^nlp/(?!training/)';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No cycles, type-only imports included.', from: {}, to: { circular: true } },
    { name: 'models-is-the-core', severity: 'error', from: { path: '^models/' }, to: { path: '^(bot|dialogs|nlp|scripts|bench|test)/' } },
    { name: 'nlp-depends-on-models-only', severity: 'error', from: { path: '^nlp/' }, to: { path: '^(bot|dialogs|scripts|bench|test)/' } },
    { name: 'dialogs-depend-on-models-only', severity: 'error', from: { path: '^dialogs/' }, to: { path: '^(bot|nlp|scripts|bench|test)/' } },
    {
      name: 'infra-depends-on-models-only',
      severity: 'error',
      from: { path: '^bot/infra/' },
      to: { path: '^(bot/(app|staff|channels|casework)|dialogs|nlp|scripts|bench|test)/' },
    },
    { name: 'casework-below-channels', severity: 'error', from: { path: '^bot/casework/' }, to: { path: '^(bot/(app|staff|channels)|scripts|bench|test)/' } },
    { name: 'channels-below-staff', severity: 'error', from: { path: '^bot/channels/' }, to: { path: '^(bot/(app|staff)|scripts|bench|test)/' } },
    { name: 'staff-below-app', severity: 'error', from: { path: '^bot/staff/' }, to: { path: '^(bot/app|scripts|bench|test)/' } },
    { name: 'runtime-never-imports-training', severity: 'error', from: { path: RUNTIME }, to: { path: '^(models|nlp)/training/' } },
    { name: 'runtime-never-imports-dev-dependencies', severity: 'error', from: { path: RUNTIME }, to: { dependencyTypes: ['npm-dev'] } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
