// The supervisor dashboard: headline numbers and Chart.js charts of intake, outcomes, risk and agent times, then the
// promise, model-monitoring and recovery-pattern sections.
import { $, el, label, api } from './staff.js';
import { BRAND, PALETTE, chart } from './supervisorCharts.js';
import { loadMonitoring } from './supervisorMonitoring.js';
import { loadPromises, wirePromises } from './supervisorPromises.js';
import { loadRecovery, wireRecovery } from './supervisorRecovery.js';

const BAND_COLOURS = { low: '#2a9d8f', medium: '#e9c46a', high: '#e76f51', 'not scored': '#c9d3dd' };

function bar(id, counts, options) {
  const opts = options || {};
  chart(id, {
    type: 'bar',
    data: {
      labels: counts.map((c) => label(c.key)),
      datasets: [
        {
          label: opts.label || 'Conversations',
          data: counts.map((c) => c.count),
          backgroundColor: opts.colours ? counts.map((c) => opts.colours[c.key] || BRAND) : BRAND,
          borderRadius: 4,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      indexAxis: opts.horizontal ? 'y' : 'x',
      plugins: { legend: { display: false } },
      scales: { x: { ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
}

function durationText(stats) {
  return stats.count === 0 ? '(no data yet)' : `median ${stats.medianMinutes} min · p90 ${stats.p90Minutes} min · n=${stats.count}`;
}

/** The range form's from/to as query parameters (bare dates: the server reads them in the deployment's zone). */
function rangeParams() {
  const params = new URLSearchParams();
  for (const name of ['from', 'to']) {
    const v = $(`#range [name=${name}]`).value;
    if (v) params.set(name, v);
  }
  return params;
}

/** A preset: the last `days` days up to today, or everything for none. */
function preset(days) {
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  $('#range [name=to]').value = days ? iso(Date.now()) : '';
  $('#range [name=from]').value = days ? iso(Date.now() - (days - 1) * 86_400_000) : '';
}

export function wireDashboard(onError) {
  wirePromises();
  wireRecovery(onError);
  $('#range').addEventListener('submit', (event) => {
    event.preventDefault();
    loadDashboard().catch(onError);
  });
  for (const button of document.querySelectorAll('#range [data-days]'))
    button.addEventListener('click', () => {
      preset(Number(button.dataset.days));
      loadDashboard().catch(onError);
    });
}

export async function loadDashboard() {
  $('#range-error').textContent = '';
  let d;
  try {
    d = await api('GET', `/api/supervisor/dashboard?${rangeParams()}`);
  } catch (err) {
    $('#range-error').textContent = err.message;
    return;
  }
  $('#range-zone').textContent = `Days in ${d.timeZone}`;
  const accepted = d.funnel.find((f) => f.key === 'accepted').count;
  const escalated = d.escalated;
  const corrected = d.reasonCorrections.reduce((n, c) => n + c.count, 0);
  const kpi = (title, value) => el('div', { class: 'kpi' }, el('b', {}, value), title);
  $('#kpis').replaceChildren(
    kpi('conversations', d.conversations),
    kpi('arrangements', accepted),
    kpi('escalated', escalated),
    kpi('reasons corrected', corrected),
    kpi('completion', d.conversations ? `${Math.round((accepted / d.conversations) * 100)} %` : '–'),
  );
  chart('chart-volume', {
    type: 'line',
    data: {
      labels: d.volumeByDay.map((c) => c.key),
      datasets: [
        {
          label: 'Conversations started',
          data: d.volumeByDay.map((c) => c.count),
          borderColor: BRAND,
          backgroundColor: 'rgba(15,76,92,.12)',
          fill: true,
          tension: 0.25,
          pointRadius: 3,
        },
      ],
    },
    options: { maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  bar('chart-funnel', d.funnel);
  chart('chart-reasons', {
    type: 'doughnut',
    data: { labels: d.reasons.map((c) => label(c.key)), datasets: [{ data: d.reasons.map((c) => c.count), backgroundColor: PALETTE }] },
    options: { maintainAspectRatio: false, plugins: { legend: { position: 'right' } } },
  });
  bar('chart-bands', d.bands, { colours: BAND_COLOURS });
  bar('chart-plans', d.acceptedByPlan, { label: 'Accepted' });
  bar('chart-escalations', d.escalationsByReason, { label: 'Escalations', horizontal: true });
  bar('chart-tta', d.timeToAgent.buckets, { label: 'Escalations' });
  bar('chart-aht', d.handlingTime.buckets, { label: 'Cases' });
  $('#tta-stats').textContent = durationText(d.timeToAgent);
  $('#aht-stats').textContent = durationText(d.handlingTime);
  await Promise.all([loadPromises(rangeParams()), loadMonitoring(rangeParams()), loadRecovery(rangeParams())]);
}
