// The supervisor's Experiments tab: champion/challenger offer policies. Start an experiment with a challenger
// policy (JSON, checked on the server by the same rules as models/policy.json), read each arm's report (a table,
// which is what a screen reader reads, and the Qini curve), stop it, or promote a challenger to champion after a
// confirmation. It adds its own tab button and section, so the page's markup only loads this module. Server data
// goes into the DOM as text only.
import { $, api, dateTime, el } from './staff.js';
import { pct, renderReport } from './supervisorExperimentReport.js';

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
  field('Take-up days', el('input', { name: 'takeUpDays', type: 'number', min: 7, max: 180, size: 3, value: 30 })),
  field('Minimum outcomes', el('input', { name: 'minOutcomes', type: 'number', min: 10, max: 1000, size: 4, value: 30 })),
  el('button', { type: 'button', id: 'experiment-from-champion' }, "Start from the champion's policy"),
  field('Challenger policy (JSON)', policyBox),
  el('button', { type: 'submit', class: 'primary' }, 'Start experiment'),
);
const champion = el('p', { id: 'experiment-champion', class: 'muted' });
const notice = el('p', { id: 'experiment-notice', role: 'status' });
const list = el(
  'table',
  { id: 'experiment-table' },
  el('thead', {}, el('tr', {}, ...['Experiment', 'Status', 'Arms', 'Judged by', 'Started', ''].map((h) => el('th', {}, h)))),
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
const reason = el('textarea', {
  name: 'reason',
  rows: 3,
  cols: 60,
  required: true,
  minlength: 20,
  maxlength: 1000,
});
const blockers = el('ul');
const overrideForm = el(
  'form',
  { id: 'experiment-override', 'aria-label': 'Promote despite the evidence', hidden: true },
  el('h3', {}),
  blockers,
  el('p', {}, 'Promote it anyway only with a reason (at least 20 characters): the audit log keeps it with this evidence.'),
  field('Reason for promoting anyway', reason),
  el('button', { type: 'submit', class: 'primary' }, 'Promote anyway'),
  el('button', { type: 'button', onclick: () => (overrideForm.hidden = true) }, 'Cancel'),
);
section.insertBefore(overrideForm, reportBox);
let overriding;

async function showReport(experiment) {
  const r = await api('GET', `/api/supervisor/experiments/${experiment.id}/report`);
  renderReport(reportBox, experiment, r);
  return r;
}

async function promoted(experiment, arm, override) {
  await api('POST', `/api/supervisor/experiments/${experiment.id}/promote`, { arm: arm.name, ...(override && { override }) });
  overrideForm.hidden = true;
  say(`${arm.policyVersion} is now the champion`);
  await loadExperiments();
}

/** Promotes after a confirmation when the evidence allows it; otherwise says why not and asks for a reason to override. */
async function promote(experiment, arm) {
  const evidence = (await showReport(experiment)).arms.find((a) => a.arm === arm.name);
  const blocked = evidence?.promotionBlockers ?? [];
  if (blocked.length > 0) {
    overriding = { experiment, arm };
    $('h3', overrideForm).textContent = `Promoting "${arm.name}" (${arm.policyVersion}) is blocked by the evidence`;
    blockers.replaceChildren(...blocked.map((b) => el('li', {}, b)));
    reason.value = '';
    overrideForm.hidden = false;
    reason.focus();
    return;
  }
  const ok = window.confirm(
    `Promote "${arm.name}" (${arm.policyVersion}) to champion? The experiment ends and every borrower decided from now on gets this policy. This is recorded in the audit log.`,
  );
  if (ok) await promoted(experiment, arm);
}

overrideForm.addEventListener('submit', (event) => {
  event.preventDefault();
  promoted(overriding.experiment, overriding.arm, { reason: reason.value }).catch(report);
});

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
        el('td', {}, `${x.settings.takeUpDays}-day take-up, ${x.settings.minOutcomes} outcomes an arm`),
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
  const body = {
    name: String(data.get('name')),
    controlShare: Number(data.get('control')) / 100,
    takeUpDays: Number(data.get('takeUpDays')),
    minOutcomes: Number(data.get('minOutcomes')),
    challengers: [{ name: String(data.get('arm')), policy }],
  };
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
   #experiment-report { margin-top: 1rem; }
   #experiment-override { border: 2px solid #b42318; border-radius: 4px; padding: 0.5rem 1rem; margin: 1rem 0; }
   #experiment-override h3 { margin-top: 0.25rem; }`,
);
document.head.append(style);
$('#tabs').append(tabButton);
$('main').append(section);
