// The dashboard's recovery patterns: clusters of loans by how their collections came in month by month (DTW k-means
// on the server), each cluster's centroid as a line, a table of size, weighted recovery time, money recovered and
// what sets the cluster apart, the forest's feature importances, and the silhouette of DTW against Euclidean.
// Synthetic data is shown only when the supervisor asks for it, and is labelled on the panel. The server clusters in
// the background: while it answers "computing" the panel says so and asks again.
import { $, el, label, api, money, decimal, dateTime } from './staff.js';
import { PALETTE, chart } from './supervisorCharts.js';
import { drawImportances } from './supervisorImportances.js';

/** `load` counts loads, so a reply to one the supervisor has since replaced is dropped. */
const state = { synthetic: false, params: new URLSearchParams(), load: 0 };
const ASK_AGAIN_MS = 500;

const months = (m) => (m === null ? 'nothing recovered' : `${decimal(m)} months`);
const pct = (share) => `${decimal(share * 100)} %`;

function contrast(f) {
  const direction = f.effect > 0 ? 'higher' : 'lower';
  return el(
    'li',
    { title: `cluster mean ${decimal(f.clusterMean, 2)}, all loans ${decimal(f.overallMean, 2)}` },
    `${f.title} ${direction} (${decimal(Math.abs(f.effect))} sd)`,
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
  drawImportances(r);
  $('#recovery-note').textContent = `Computed ${dateTime(r.computedAt)}.`;
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

function showSource({ source }) {
  const tag = source.kind === 'synthetic' ? el('span', { class: 'pill synthetic' }, 'synthetic') : '';
  $('#recovery-source').replaceChildren(tag, ` ${source.label}`);
}

/** Loads the patterns for the dashboard's range (`params`: its from/to), or the synthetic example when asked for. */
export async function loadRecovery(params) {
  state.params = params;
  const query = new URLSearchParams(params);
  if ($('#recovery-k').value) query.set('k', $('#recovery-k').value);
  if (state.synthetic) query.set('source', 'synthetic');
  else query.set('months', $('#recovery-months').value);
  const panel = $('#recovery');
  const load = ++state.load;
  const current = () => load === state.load;
  panel.setAttribute('aria-busy', 'true');
  $('#recovery-error').textContent = '';
  $('#recovery-status').textContent = 'Loading recovery patterns…';
  $('#recovery-months').disabled = state.synthetic;
  $('#recovery-synthetic').textContent = state.synthetic ? "Back to this deployment's data" : 'Show a seeded synthetic example';
  try {
    let r = await api('GET', `/api/supervisor/recovery?${query}`);
    while (r.state === 'computing' && current()) {
      showSource(r);
      // The chart of the previous question must not pass for the answer to this one.
      $('#recovery-result').hidden = true;
      $('#recovery-status').textContent = `Clustering recovery patterns on the server, started ${dateTime(r.since)}…`;
      await new Promise((resolve) => setTimeout(resolve, ASK_AGAIN_MS));
      if (current()) r = await api('GET', `/api/supervisor/recovery?${query}`);
    }
    if (!current()) return;
    showSource(r);
    $('#recovery-result').hidden = !r.enough;
    $('#recovery-status').textContent = r.enough ? '' : `${r.message.charAt(0).toUpperCase()}${r.message.slice(1)}. ${counted(r)}`;
    if (r.enough) draw(r);
  } catch (err) {
    if (!current()) return;
    $('#recovery-result').hidden = true;
    $('#recovery-status').textContent = '';
    $('#recovery-error').textContent = `Recovery patterns could not be loaded: ${err.message}`;
  } finally {
    if (current()) panel.removeAttribute('aria-busy');
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
