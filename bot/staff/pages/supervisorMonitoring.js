// The dashboard's model monitoring: population stability (PSI) of the risk score and each feature of recent intakes
// against the model's training data, flagged at the server's thresholds, and calibration by band once promises settle.
import { $, el, label, api } from './staff.js';

const LEVEL_TEXT = { stable: 'stable', watch: 'watch', shifted: 'shifted' };
const pct = (v) => (v === null ? '–' : `${Math.round(v * 100)} %`);

function stabilityRow(r) {
  return el(
    'tr',
    {},
    el('th', { scope: 'row' }, label(r.name)),
    el('td', {}, r.psi.toFixed(3)),
    el('td', {}, el('span', { class: `level ${r.level}` }, LEVEL_TEXT[r.level])),
  );
}

/** Loads the monitoring report for the dashboard's range (`params`: its from/to). */
export async function loadMonitoring(params) {
  const m = await api('GET', `/api/supervisor/monitoring?${params}`);
  const t = m.thresholds;
  $('#monitoring-summary').textContent = m.unavailable
    ? `${m.unavailable} (model ${m.modelVersion}).`
    : `${m.intakes} intakes scored by ${m.modelVersion}. PSI below ${t.watch} is stable, from ${t.watch} worth watching, from ${t.shifted} shifted. ` +
      (m.flagged.length ? `Flagged: ${m.flagged.map(label).join(', ')}.` : 'Nothing flagged.');
  $('#psi-table tbody').replaceChildren(...(m.score ? [stabilityRow(m.score)] : []), ...m.features.map(stabilityRow));
  $('#calibration-table tbody').replaceChildren(
    ...m.calibration.map((c) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, c.band),
        el('td', {}, c.n),
        el('td', {}, pct(c.meanPredicted)),
        el('td', {}, pct(c.observedRate)),
        el('td', {}, c.gap === null ? '–' : `${(c.gap * 100).toFixed(1)} pts`),
      ),
    ),
  );
}
