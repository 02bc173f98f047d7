// Charts of outreach outcomes for the Campaigns tab: one campaign's outcomes by channel, by local send hour and
// by suppression rule, and every started campaign's lift over its holdout. Each chart has a table (or the
// campaign's outcome figures) beside it with the same numbers, for screen readers and for copying.
import { api, el, label } from './staff.js';
import { BRAND, PALETTE, chart } from './supervisorCharts.js';

export const pct = (x) => `${(x * 100).toFixed(1)} %`;
const SERIES = [
  ['sends', 'Sends'],
  ['replies', 'Replies'],
  ['intakesVerified', 'Verified intakes'],
  ['arrangements', 'Arrangements'],
];

function figureBox(id, caption, wide = false) {
  return el(
    'figure',
    { class: wide ? 'chart wide' : 'chart' },
    el('figcaption', {}, caption),
    el('canvas', { id, role: 'img', 'aria-label': `${caption}; the same figures are in the table below` }),
  );
}

export function tallyTable(id, first, rows) {
  // Scrolls sideways inside its box rather than widening the page on a phone.
  return el(
    'div',
    { class: 'table-scroll' },
    el(
      'table',
      { id },
      el('thead', {}, el('tr', {}, ...[first, ...SERIES.map(([, name]) => name), 'Read', 'Failed', 'Reply rate'].map((h) => el('th', {}, h)))),
      el(
        'tbody',
        {},
        ...rows.map(([key, x]) =>
          el(
            'tr',
            {},
            el('td', {}, key),
            ...SERIES.map(([k]) => el('td', {}, x[k])),
            el('td', {}, x.reads),
            el('td', {}, x.failures),
            el('td', {}, x.sends ? pct(x.replies / x.sends) : '–'),
          ),
        ),
      ),
    ),
  );
}

const AXES = { y: { beginAtZero: true, ticks: { precision: 0 } } };

export function drawOutcomeCharts(channels, hours, rules) {
  chart('chart-campaign-channel', {
    type: 'bar',
    data: {
      labels: channels.map(([c]) => label(c)),
      datasets: SERIES.map(([k, name], i) => ({ label: name, data: channels.map(([, x]) => x[k]), backgroundColor: PALETTE[i], borderRadius: 4 })),
    },
    options: { maintainAspectRatio: false, scales: AXES },
  });
  chart('chart-campaign-hour', {
    data: {
      labels: hours.map(([h]) => `${h}:00`),
      datasets: [
        { type: 'bar', label: 'Sends', data: hours.map(([, x]) => x.sends), backgroundColor: BRAND, borderRadius: 4, yAxisID: 'y' },
        {
          type: 'line',
          label: 'Reply rate %',
          data: hours.map(([, x]) => (x.sends ? Math.round((x.replies / x.sends) * 1000) / 10 : 0)),
          borderColor: PALETTE[4],
          backgroundColor: PALETTE[4],
          yAxisID: 'rate',
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      scales: { ...AXES, rate: { position: 'right', beginAtZero: true, max: 100, grid: { drawOnChartArea: false } } },
    },
  });
  chart('chart-campaign-rules', {
    type: 'bar',
    data: {
      labels: rules.map(([r]) => label(r)),
      datasets: [{ label: 'Suppressed sends', data: rules.map(([, n]) => n), backgroundColor: PALETTE[3], borderRadius: 4 }],
    },
    options: {
      maintainAspectRatio: false,
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
}

/** Every started campaign's lift as a floating bar from the interval's low to its high end, the estimate as a point. */
export async function drawComparison(campaigns, comparison) {
  const started = campaigns.filter((c) => c.status !== 'draft').slice(0, 12);
  comparison.hidden = started.length === 0;
  if (started.length === 0) return;
  const all = await Promise.all(started.map((c) => api('GET', `/api/supervisor/campaigns/${c.id}/outcomes`)));
  const points = (f) => all.map((o) => Math.round(f(o.lift) * 1000) / 10);
  chart('chart-campaign-lift', {
    data: {
      labels: started.map((c) => c.name),
      datasets: [
        {
          type: 'bar',
          label: '95 % interval (points)',
          data: all.map((o) => [Math.round(o.lift.low * 1000) / 10, Math.round(o.lift.high * 1000) / 10]),
          backgroundColor: 'rgba(42,157,143,.35)',
          borderRadius: 4,
          maxBarThickness: 90,
        },
        {
          type: 'line',
          label: 'Lift (points)',
          data: points((l) => l.difference),
          borderColor: BRAND,
          backgroundColor: BRAND,
          showLine: false,
          pointRadius: 5,
        },
      ],
    },
    options: { maintainAspectRatio: false, scales: { y: { title: { display: true, text: 'percentage points' } } } },
  });
}

export function outcomeCharts() {
  return el(
    'div',
    { class: 'charts' },
    figureBox('chart-campaign-channel', 'Outcomes by channel'),
    figureBox('chart-campaign-hour', 'Sends and reply rate by local send hour'),
    figureBox('chart-campaign-rules', 'Suppressed by rule'),
  );
}

export function comparisonFigure() {
  return el(
    'figure',
    { class: 'chart wide', id: 'campaign-comparison', hidden: true },
    el('figcaption', {}, 'Lift over holdout by campaign (arrangement rate, 95 % interval)'),
    el('canvas', { id: 'chart-campaign-lift', role: 'img', 'aria-label': "Lift over holdout by campaign; the figures are in each campaign's outcomes" }),
  );
}
