// The supervisor's Campaigns tab: create an outreach campaign, start, pause or stop it, and read its outcomes
// (sends, deliveries, reads, replies, suppressions by rule, lift over the holdout), charted and as tables (the
// tables are what a screen reader reads). It adds its own tab button and section, so the page's markup only loads
// this module. Server data goes into the DOM as text only.
import { $, api, dateTime, el, label } from './staff.js';
import { comparisonFigure, pct, drawComparison, drawOutcomeCharts, outcomeCharts, tallyTable } from './supervisorCampaignCharts.js';

const section = el('section', { id: 'tab-campaigns', class: 'tab', hidden: true });
const tabButton = el('button', { type: 'button', 'data-tab': 'campaigns' }, 'Campaigns');

const field = (text, input) => el('label', {}, text, ' ', input);
const form = el(
  'form',
  { id: 'campaign-form', class: 'filters', 'aria-label': 'New campaign' },
  field('Name', el('input', { name: 'name', required: true, size: 18, value: 'Early arrears' })),
  field('WhatsApp template', el('input', { name: 'template', required: true, size: 16, value: 'payment_support', pattern: '[a-z0-9_]+' })),
  field('Days past due from', el('input', { name: 'dpdMin', type: 'number', min: 0, size: 4, value: 1 })),
  field('to', el('input', { name: 'dpdMax', type: 'number', min: 0, size: 4 })),
  field('Daily cap', el('input', { name: 'dailyCap', type: 'number', min: 1, required: true, size: 5, value: 50 })),
  field('Holdout %', el('input', { name: 'holdout', type: 'number', min: 0, max: 50, size: 3, value: 10 })),
  el('button', { type: 'submit', class: 'primary' }, 'Create draft'),
);
const list = el(
  'table',
  { id: 'campaign-table' },
  el('thead', {}, el('tr', {}, ...['Campaign', 'Status', 'Daily cap', 'Holdout', 'Created', ''].map((h) => el('th', {}, h)))),
  el('tbody'),
);
const outcomes = el('article', { id: 'campaign-outcomes', 'aria-live': 'polite' }, el('p', { class: 'muted' }, 'Choose a campaign to see its outcomes.'));
const notice = el('p', { id: 'campaign-notice', role: 'status' });
const comparison = comparisonFigure();
section.append(el('h2', {}, 'Outreach campaigns'), form, notice, list, comparison, outcomes);

/** What happened, or what went wrong (the server's 400 says which field), next to the form. */
function say(text, bad = false) {
  notice.textContent = text;
  notice.className = bad ? 'error' : 'muted';
}
const report = (err) => say(err.message, true);

const ACTIONS = { draft: ['start', 'stop'], running: ['pause', 'stop'], paused: ['start', 'stop'], stopped: [] };

function figure(name, value) {
  return el('div', { class: 'figure' }, el('strong', {}, String(value)), el('span', { class: 'muted' }, ` ${name}`));
}

async function showOutcomes(campaign) {
  const o = await api('GET', `/api/supervisor/campaigns/${campaign.id}/outcomes`);
  const t = o.totals;
  const rules = Object.entries(o.suppressionsByRule).sort((a, b) => b[1] - a[1]);
  const hours = Object.entries(o.byHour).sort((a, b) => a[0].localeCompare(b[0]));
  const channels = Object.entries(o.byChannel).sort((a, b) => b[1].sends - a[1].sends);
  outcomes.replaceChildren(
    el('h3', {}, `${campaign.name} — ${campaign.status}`),
    el(
      'div',
      { class: 'figures', id: 'campaign-totals' },
      ...[
        ['sends', t.sends],
        ['delivered', t.deliveries],
        ['read', t.reads],
        ['failed', t.failures],
        ['replies', t.replies],
        ['verified intakes', t.intakesVerified],
        ['arrangements', t.arrangements],
        ['opt-outs', t.optOuts],
        ['queued', t.queued],
        ['held out', t.heldOut],
      ].map(([n, v]) => figure(n, v)),
    ),
    outcomeCharts(),
    el('h4', {}, 'By channel'),
    tallyTable(
      'campaign-by-channel',
      'Channel',
      channels.map(([c, x]) => [label(c), x]),
    ),
    el('h4', {}, 'By local send hour'),
    tallyTable(
      'campaign-by-hour',
      'Hour',
      hours.map(([h, x]) => [`${h}:00`, x]),
    ),
    el('h4', {}, 'Suppressed by rule'),
    rules.length
      ? el('ul', { id: 'campaign-suppressions' }, ...rules.map(([rule, n]) => el('li', {}, `${label(rule)}: ${n}`)))
      : el('p', { class: 'muted', id: 'campaign-suppressions' }, 'Nothing suppressed.'),
    el(
      'p',
      { id: 'campaign-lift' },
      `Lift over holdout (arrangements): ${pct(o.lift.difference)} (95 % interval ${pct(o.lift.low)} to ${pct(o.lift.high)}; ${o.lift.treatedBorrowers} contacted, ${o.lift.controlBorrowers} held out)`,
    ),
  );
  drawOutcomeCharts(channels, hours, rules);
}

async function change(campaign, action) {
  await api('POST', `/api/supervisor/campaigns/${campaign.id}/${action}`);
  say(`Campaign ${action === 'stop' ? 'stopped' : action === 'pause' ? 'paused' : 'started'}`);
  await loadCampaigns();
}

export async function loadCampaigns() {
  const { items } = await api('GET', '/api/supervisor/campaigns');
  await drawComparison(items, comparison);
  $('tbody', list).replaceChildren(
    ...items.map((c) =>
      el(
        'tr',
        {},
        el('td', {}, c.name),
        el('td', { class: `status-${c.status}` }, c.status),
        el('td', {}, c.dailyCap),
        el('td', {}, `${Math.round(c.holdoutShare * 100)} %`),
        el('td', {}, dateTime(c.createdAt)),
        el(
          'td',
          {},
          ...ACTIONS[c.status].map((a) => el('button', { type: 'button', onclick: () => change(c, a).catch(report) }, label(a))),
          el('button', { type: 'button', onclick: () => showOutcomes(c).catch(report) }, 'Outcomes'),
        ),
      ),
    ),
  );
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const num = (k) => (String(data.get(k)).trim() === '' ? undefined : Number(data.get(k)));
  const body = {
    name: String(data.get('name')),
    segment: { daysPastDue: { min: num('dpdMin'), max: num('dpdMax') } },
    message: { template: String(data.get('template')), variables: ['lender_name'] },
    start: new Date().toISOString(),
    dailyCap: num('dailyCap'),
    holdoutShare: (num('holdout') ?? 0) / 100,
  };
  api('POST', '/api/supervisor/campaigns', body)
    .then(() => (say('Draft campaign created'), loadCampaigns()))
    .catch(report);
});

tabButton.addEventListener('click', () => {
  for (const button of document.querySelectorAll('#tabs button')) button.classList.toggle('active', button === tabButton);
  for (const tab of document.querySelectorAll('.tab')) tab.hidden = tab !== section;
  loadCampaigns().catch(report);
});
// Its few styles travel with it, so the page's stylesheet stays untouched.
const style = el(
  'style',
  {},
  `#tab-campaigns .figures { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; margin: 0.5rem 0; }
   #tab-campaigns .figure strong { font-size: 1.4rem; }
   #tab-campaigns table { width: 100%; border-collapse: collapse; margin: 0.5rem 0; }
   #tab-campaigns td, #tab-campaigns th { text-align: left; padding: 0.3rem 0.4rem; border-bottom: 1px solid #ddd; }
   #tab-campaigns td button { margin: 0 0.25rem 0.25rem 0; }
   #campaign-outcomes { margin-top: 1rem; }
   #tab-campaigns .table-scroll { overflow-x: auto; }
   @media (max-width: 600px) { #campaign-outcomes :is(th, td):is(:nth-child(4), :nth-child(6), :nth-child(7)) { display: none; } }
   @media (max-width: 600px) { header.bar { flex-wrap: wrap; gap: 8px 16px; } .tabs { flex-wrap: wrap; order: 3; width: 100%; } .tabs button { padding: 6px 10px; } }
   @media (max-width: 600px) { #campaign-table th:nth-child(n + 3):nth-child(-n + 5), #campaign-table td:nth-child(n + 3):nth-child(-n + 5) { display: none; } }`,
);
document.head.append(style);
$('#tabs').append(tabButton);
$('main').append(section);
