// The dashboard's recovery patterns: clusters of loans by how their collections came in month by month (DTW k-means
// on the server), each cluster's centroid as a line, a table of size, weighted recovery time, money recovered and
// what sets the cluster apart, and the silhouette of DTW against Euclidean. Synthetic data is shown only when the
// supervisor asks for it, and is labelled on the panel.
import { $, el, label, api, money, decimal, dateTime } from './staff.js';
import { PALETTE, chart } from './supervisorCharts.js';

const state = { synthetic: false, params: new URLSearchParams() };

const months = (m) => (m === null ? 'nothing recovered' : `${decimal(m)} months`);
const pct = (share) => `${decimal(share * 100)} %`;

function contrast(f) {
  const direction = f.effect > 0 ? 'higher' : 'lower';
  return el(
    'li',
    { title: `cluster mean ${decimal(f.clusterMean, 2)}, all loans ${decimal(f.overallMean, 2)}` },
    `${label(f.feature)} ${direction} (${decimal(Math.abs(f.effect))} sd)`,
  );
}

function clusterRow(c, i) {
  const planted = c.planted && Object.entries(c.planted).map(([p, n]) => `${label(p)} ${n}`);
  return el(
    'tr',
    {},
    el('th', { scope: 'row' }, el('span', { class: 'swatch', style: `background:${PALETTE[i % PALETTE.length]}` }), ` ${c.cluster}`),
    el('td', {}, c.loans),
    el('td', {}, months(c.weightedRecoveryMonths)),
    el('td', {}, pct(c.recoveredShare), el('div', { class: 'muted small' }, `${money(c.recovered)} of ${money(c.balance)}`)),
    el(
      'td',
      {},
      el('ul', { class: 'contrasts' }, ...c.features.slice(0, 2).map(contrast)),
      planted ? el('div', { class: 'muted small' }, `planted: ${planted.join(', ')}`) : null,
    ),
  );
}

function draw(r) {
  const dtw = r.dtw;
  chart('chart-recovery', {
    type: 'line',
    data: {
      labels: Array.from({ length: r.months }, (_, t) => t + 1),
      datasets: dtw.clusters.map((c, i) => ({
        label: `${c.cluster}: ${c.loans} loans · ${months(c.weightedRecoveryMonths)}`,
        data: c.centroid.map((v) => Math.round(v * 10000) / 100),
        borderColor: PALETTE[i % PALETTE.length],
        backgroundColor: PALETTE[i % PALETTE.length],
        pointRadius: 0,
        // Smooth without overshooting below 0 % or above a lump: a centroid is a share collected, never negative.
        cubicInterpolationMode: 'monotone',
      })),
    },
    options: {
      maintainAspectRatio: false,
      plugins: { legend: { labels: { boxWidth: 12 } } },
      scales: {
        x: { title: { display: true, text: r.source.kind === 'synthetic' ? 'month in collections' : 'month since the first arrangement' } },
        y: { beginAtZero: true, title: { display: true, text: '% of balance collected' }, ticks: { callback: (v) => `${v} %` } },
      },
    },
  });
  $('#recovery-table tbody').replaceChildren(...dtw.clusters.map(clusterRow));
  const s = r.series;
  $('#recovery-silhouette').textContent =
    `Silhouette (1 = well separated, 0 = overlapping): DTW ${decimal(dtw.silhouette, 2)} at k = ${dtw.k}, Euclidean ${decimal(r.euclidean.silhouette, 2)} at k = ${r.euclidean.k}. ` +
    (s.used < s.available ? `${s.used} of ${s.available} loans clustered (a seeded sample: the page takes at most ${s.cap}).` : `${s.used} loans clustered.`);
  $('#recovery-note').textContent = `${r.featureImportancesNote} Computed ${dateTime(r.computedAt)}.`;
}

/** Where the store's loans went, for a panel that has too few to cluster. */
function counted({ counts: c, months: m }) {
  const lost = [
    c.tooRecent && `${c.tooRecent} entered less than ${m} months ago`,
    c.notInBook && `${c.notInBook} are not in the loan book`,
    c.noBalance && `${c.noBalance} had no balance`,
  ];
  const why = lost.filter(Boolean).join(', ');
  return `${c.arrangedLoans} loans have an arrangement agreed in the range${why ? `: ${why}` : ''}.`;
}

/** Loads the patterns for the dashboard's range (`params`: its from/to), or the synthetic example when asked for. */
export async function loadRecovery(params) {
  state.params = params;
  const query = new URLSearchParams(params);
  if ($('#recovery-k').value) query.set('k', $('#recovery-k').value);
  if (state.synthetic) query.set('source', 'synthetic');
  else query.set('months', $('#recovery-months').value);
  const panel = $('#recovery');
  panel.setAttribute('aria-busy', 'true');
  $('#recovery-error').textContent = '';
  $('#recovery-status').textContent = 'Clustering recovery patterns…';
  $('#recovery-months').disabled = state.synthetic;
  $('#recovery-synthetic').textContent = state.synthetic ? "Back to this deployment's data" : 'Show a seeded synthetic example';
  try {
    const r = await api('GET', `/api/supervisor/recovery?${query}`);
    const synthetic = r.source.kind === 'synthetic';
    $('#recovery-source').replaceChildren(synthetic ? el('span', { class: 'pill synthetic' }, 'synthetic') : '', ` ${r.source.label}`);
    $('#recovery-result').hidden = !r.enough;
    $('#recovery-status').textContent = r.enough ? '' : `${r.message.charAt(0).toUpperCase()}${r.message.slice(1)}. ${counted(r)}`;
    if (r.enough) draw(r);
  } catch (err) {
    $('#recovery-result').hidden = true;
    $('#recovery-status').textContent = '';
    $('#recovery-error').textContent = `Recovery patterns could not be loaded: ${err.message}`;
  } finally {
    panel.removeAttribute('aria-busy');
  }
}

export function wireRecovery(onError) {
  const reload = () => loadRecovery(state.params).catch(onError);
  $('#recovery-k').addEventListener('change', reload);
  $('#recovery-months').addEventListener('change', reload);
  $('#recovery-synthetic').addEventListener('click', () => {
    state.synthetic = !state.synthetic;
    reload();
  });
}
