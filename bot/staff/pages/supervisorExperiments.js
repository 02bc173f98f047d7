// The supervisor's Experiments tab: champion/challenger offer policies. Start an experiment with a challenger
// policy (JSON, checked on the server by the same rules as models/policy.json), read each arm's report (a table,
// which is what a screen reader reads, and the Qini curve), stop it, or promote a challenger to champion after a
// confirmation. It adds its own tab button and section, so the page's markup only loads this module. Server data
// goes into the DOM as text only.
import { $, api, dateTime, el } from './staff.js';
import { PALETTE, chart } from './supervisorCharts.js';

const section = el('section', { id: 'tab-experiments', class: 'tab', hidden: true });
const tabButton = el('button', { type: 'button', 'data-tab': 'experiments' }, 'Experiments');

const field = (text, input) => el('label', {}, text, ' ', input);
const policyBox = el('textarea', { name: 'policy', rows: 8, cols: 60, required: true, spellcheck: 'false', 'aria-label': 'Challenger policy (JSON)' });
const form = el(
  'form',
  { id: 'experiment-form', class: 'filters', 'aria-label': 'New experiment' },
  field('Name', el('input', { name: 'name', required: true, size: 18, value: 'Longer deferrals' })),
  field('Challenger', el('input', { name: 'arm', required: true, size: 12, value: 'challenger', pattern: '[a-z][a-z0-9\\-]{0,31}' })),
  field('Control %', el('input', { name: 'control', type: 'number', min: 5, max: 50, size: 3, value: 10 })),
  el('button', { type: 'button', id: 'experiment-from-champion' }, "Start from the champion's policy"),
  field('Challenger policy (JSON)', policyBox),
  el('button', { type: 'submit', class: 'primary' }, 'Start experiment'),
);
const champion = el('p', { id: 'experiment-champion', class: 'muted' });
const notice = el('p', { id: 'experiment-notice', role: 'status' });
const list = el(
  'table',
  { id: 'experiment-table' },
  el('thead', {}, el('tr', {}, ...['Experiment', 'Status', 'Arms', 'Started', ''].map((h) => el('th', {}, h)))),
  el('tbody'),
);
const reportBox = el('article', { id: 'experiment-report', 'aria-live': 'polite' }, el('p', { class: 'muted' }, 'Choose an experiment to see its report.'));
// Tables scroll sideways inside their box rather than widening the page on a phone.
section.append(
  el('h2', {}, 'Offer policy experiments'),
  champion,
  form,
  notice,
  el('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Experiments' }, list),
  reportBox,
);

let championPolicy;

function say(text, bad = false) {
  notice.textContent = text;
  notice.className = bad ? 'error' : 'muted';
}
const report = (err) => say(err.message, true);
const pct = (x) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)} %`);
const signed = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} pts`;

function upliftText(a) {
  if (a.arm === 'control') return 'baseline';
  if (!a.uplift) return a.note ?? '–';
  const { difference, low, high, significant } = a.uplift;
  return `${signed(difference)} (95 % CI ${signed(low)} to ${signed(high)})${significant ? ', significant' : ''}`;
}

function drawQini(arms) {
  const curves = arms.filter((a) => a.qini);
  const canvas = $('#chart-experiment-qini');
  if (curves.length === 0) {
    canvas.hidden = true;
    return;
  }
  canvas.hidden = false;
  const datasets = curves.flatMap((a, i) => {
    const end = a.qini.points.at(-1);
    return [
      {
        label: `${a.arm} (${a.qini.coefficient.toFixed(2)})`,
        data: a.qini.points.map((p) => ({ x: p.share, y: p.qini })),
        borderColor: PALETTE[i],
        showLine: true,
        pointRadius: 0,
      },
      // Random targeting: the straight line to where the curve ends.
      {
        label: `${a.arm}, random`,
        data: [
          { x: 0, y: 0 },
          { x: 1, y: end.qini },
        ],
        borderColor: PALETTE[i],
        borderDash: [4, 4],
        showLine: true,
        pointRadius: 0,
      },
    ];
  });
  chart(canvas, {
    type: 'scatter',
    data: { datasets },
    options: {
      scales: {
        x: { min: 0, max: 1, title: { display: true, text: 'Share targeted, riskiest first' } },
        y: { title: { display: true, text: 'Extra cures over control' } },
      },
    },
  });
}

async function showReport(experiment) {
  const r = await api('GET', `/api/supervisor/experiments/${experiment.id}/report`);
  const head = ['Arm', 'Policy', 'Share', 'Borrowers', 'Arrangements', 'Cured', 'Not cured', 'Pending', 'Cure rate', 'Uplift over control'];
  reportBox.replaceChildren(
    el('h3', {}, `${experiment.name} — ${experiment.status}`),
    el(
      'p',
      { class: 'muted' },
      `Outcomes by intention to treat: a promise kept or cured is a cure; broken, or no arrangement within 30 days, is not. Uplift needs ${r.minOutcomes} outcomes in an arm and in the control. Protected borrowers left out (given the champion): ${r.excluded}.`,
    ),
    el(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Report per arm' },
      el(
        'table',
        { id: 'experiment-arms' },
        el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
        el(
          'tbody',
          {},
          ...r.arms.map((a) =>
            el(
              'tr',
              {},
              ...[a.arm, a.policyVersion, pct(a.weight), a.borrowers, a.arrangements, a.cured, a.notCured, a.pending, pct(a.cureRate), upliftText(a)].map((v) =>
                el('td', {}, String(v)),
              ),
            ),
          ),
        ),
      ),
    ),
    el(
      'figure',
      { class: 'chart wide' },
      el('figcaption', {}, 'Qini curve: extra cures over the control as more borrowers get the arm, riskiest first'),
      el('canvas', { id: 'chart-experiment-qini', role: 'img', 'aria-label': 'Qini curve of each arm against the control' }),
    ),
  );
  drawQini(r.arms);
}

async function promote(experiment, arm) {
  const ok = window.confirm(
    `Promote "${arm.name}" (${arm.policyVersion}) to champion? The experiment ends and every borrower decided from now on gets this policy. This is recorded in the audit log.`,
  );
  if (!ok) return;
  await api('POST', `/api/supervisor/experiments/${experiment.id}/promote`, { arm: arm.name });
  say(`${arm.policyVersion} is now the champion`);
  await loadExperiments();
}

async function stop(experiment) {
  if (!window.confirm(`Stop "${experiment.name}"? Every borrower decided from now on gets the champion.`)) return;
  await api('POST', `/api/supervisor/experiments/${experiment.id}/stop`);
  say('Experiment stopped');
  await loadExperiments();
}

export async function loadExperiments() {
  const { items, champion: current } = await api('GET', '/api/supervisor/experiments');
  championPolicy = current.policy;
  champion.textContent = `Champion policy in force: ${current.version}${current.promotedFrom ? ` (promoted; the policy file is ${current.deployedVersion})` : ''}.`;
  $('tbody', list).replaceChildren(
    ...items.map((x) =>
      el(
        'tr',
        {},
        el('td', {}, x.name),
        el('td', { class: `status-${x.status}` }, x.ended?.promotedArm ? `promoted ${x.ended.promotedArm}` : x.status),
        el('td', {}, x.arms.map((a) => `${a.name} ${pct(a.weight)}`).join(', ')),
        el('td', {}, dateTime(x.createdAt)),
        el(
          'td',
          {},
          el('button', { type: 'button', onclick: () => showReport(x).catch(report) }, 'Report'),
          ...(x.status === 'running'
            ? [
                ...x.arms
                  .filter((a) => a.name !== 'champion' && a.name !== 'control')
                  .map((a) => el('button', { type: 'button', class: 'primary', onclick: () => promote(x, a).catch(report) }, `Promote ${a.name}`)),
                el('button', { type: 'button', onclick: () => stop(x).catch(report) }, 'Stop'),
              ]
            : []),
        ),
      ),
    ),
  );
}

$('#experiment-from-champion', form).addEventListener('click', () => {
  if (!championPolicy) return;
  policyBox.value = JSON.stringify({ ...championPolicy, version: `${championPolicy.version}-challenger` }, null, 2);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  let policy;
  try {
    policy = JSON.parse(String(data.get('policy')));
  } catch (err) {
    say(`The challenger policy is not valid JSON: ${err.message}`, true);
    return;
  }
  const body = { name: String(data.get('name')), controlShare: Number(data.get('control')) / 100, challengers: [{ name: String(data.get('arm')), policy }] };
  api('POST', '/api/supervisor/experiments', body)
    .then(() => (say('Experiment started'), loadExperiments()))
    .catch(report);
});

tabButton.addEventListener('click', () => {
  for (const button of document.querySelectorAll('#tabs button')) button.classList.toggle('active', button === tabButton);
  for (const tab of document.querySelectorAll('.tab')) tab.hidden = tab !== section;
  loadExperiments().catch(report);
});
const style = el(
  'style',
  {},
  `#tab-experiments table { width: 100%; border-collapse: collapse; margin: 0.5rem 0; }
   #tab-experiments td, #tab-experiments th { text-align: left; padding: 0.3rem 0.4rem; border-bottom: 1px solid #ddd; }
   #tab-experiments td button { margin: 0 0.25rem 0.25rem 0; }
   #tab-experiments textarea { font-family: monospace; width: 100%; }
   #tab-experiments .table-scroll { overflow-x: auto; }
   #experiment-report { margin-top: 1rem; }`,
);
document.head.append(style);
$('#tabs').append(tabButton);
$('main').append(section);
