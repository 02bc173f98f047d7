// The dashboard's promise section: kept and cure rates, recovery and arrears, roll rates between days-past-due
// buckets, the rates by plan type, band, hardship reason or channel, and time to cure (Kaplan–Meier, per plan type).
import { $, el, label, api, money } from './staff.js';
import { PALETTE, chart } from './supervisorCharts.js';

let report;

const pct = (rate) => (rate === null ? '–' : `${Math.round(rate * 100)} %`);
const percentAxis = { beginAtZero: true, max: 100, ticks: { callback: (v) => `${v} %` } };

function drawGroups() {
  const groups = report[$('#promise-group').value];
  chart('chart-promise-groups', {
    type: 'bar',
    data: {
      labels: groups.map((g) => `${label(g.key)} (n=${g.arrangements})`),
      datasets: [
        { label: 'Promise kept', data: groups.map((g) => (g.keptRate === null ? null : g.keptRate * 100)), backgroundColor: '#2a9d8f', borderRadius: 4 },
        { label: 'Cured after a break', data: groups.map((g) => (g.cureRate === null ? null : g.cureRate * 100)), backgroundColor: '#e9c46a', borderRadius: 4 },
      ],
    },
    options: { maintainAspectRatio: false, scales: { y: percentAxis } },
  });
}

/** Kaplan–Meier as steps: the share of arrangements not yet kept or cured after t months. */
function drawTimeToCure() {
  const curves = report.timeToCure.byPlanType;
  chart('chart-time-to-cure', {
    type: 'line',
    data: {
      datasets: curves.map((c, i) => ({
        label: `${label(c.key)} (n=${c.n})`,
        data: [{ x: 0, y: 100 }, ...c.steps.map((s) => ({ x: s.time, y: Math.round(s.survival * 1000) / 10 }))],
        stepped: 'before',
        borderColor: PALETTE[i % PALETTE.length],
        backgroundColor: PALETTE[i % PALETTE.length],
        pointRadius: 0,
      })),
    },
    options: {
      maintainAspectRatio: false,
      parsing: false,
      plugins: { legend: { labels: { boxWidth: 12 } } },
      scales: {
        x: { type: 'linear', beginAtZero: true, title: { display: true, text: 'months since agreed' } },
        y: { ...percentAxis, title: { display: true, text: 'not yet cured' } },
      },
    },
  });
  const all = report.timeToCure.all;
  $('#ttc-stats').textContent = all.n === 0 ? '(no arrangements yet)' : `n=${all.n} · median ${all.median === null ? 'not reached' : `${all.median} months`}`;
}

export function wirePromises() {
  $('#promise-group').addEventListener('change', () => report && drawGroups());
}

/** Loads the promise KPIs for the dashboard's range (`params`: its from/to); a bad range is reported by the dashboard. */
export async function loadPromises(params) {
  report = await api('GET', `/api/supervisor/promises?${params}`);
  const kpi = (title, value) => el('div', { class: 'kpi' }, el('b', {}, value), title);
  $('#promise-kpis').replaceChildren(
    kpi('promises kept', pct(report.keptRate)),
    kpi('cure rate', pct(report.cureRate)),
    kpi('recovered', money(report.recovered)),
    kpi('in arrears', money(report.arrears)),
    kpi('arrangements', report.arrangements),
  );
  $('#roll-rates tbody').replaceChildren(
    ...report.rollRates.map((r) =>
      el('tr', {}, el('th', { scope: 'row' }, `${r.from} → ${r.to} days`), el('td', {}, pct(r.rate)), el('td', {}, `${r.rolled} of ${r.base}`)),
    ),
  );
  chart('chart-dpd', {
    type: 'bar',
    data: {
      labels: Object.keys(report.buckets),
      datasets: [{ label: 'Arrangements', data: Object.values(report.buckets), backgroundColor: '#0f4c5c', borderRadius: 4 }],
    },
    options: { maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  drawGroups();
  drawTimeToCure();
}
