// The supervisor's fraud and anomaly view: flagged cases with each signal's score, threshold and plain reasons, a verdict
// (confirmed or false, audited on the server), the counts by kind and the confirmed rate, and the flag rate by gender and
// by borrower language, so a signal that treats one group differently shows here. Everything goes in as text.
import { $, api, dateTime, el, label } from './staff.js';

/** The four-fifths rule: a lowest-to-highest flag-rate ratio under this reads as a disparity. */
const FAIR_RATIO = 0.8;
const VERDICTS = { confirmed: 'Confirmed', false_positive: 'False alarm' };

/** Borrower languages as the hardship story reads them (nlp/language.ts). */
const LANGUAGES = { en: 'English or mixed', other: 'Another language', unknown: 'Not known' };

const pct = (rate) => (rate === null || rate === undefined ? '–' : `${Math.round(rate * 100)} %`);
const kpi = (title, value, id) => el('div', { class: 'kpi', id }, el('b', {}, String(value)), title);

function root() {
  return $('#tab-fraud');
}

/** Loads the view; `status` is what the last action said (kept across the reload it caused). */
export async function loadFraud(status) {
  const view = await api('GET', '/api/supervisor/fraud');
  const d = view.dashboard;
  root().replaceChildren(
    el('p', { id: 'fraud-status', class: 'muted', role: 'status' }, status || ''),
    el(
      'div',
      { class: 'kpis', id: 'fraud-kpis' },
      kpi('flagged cases', d.cases, 'fraud-cases'),
      kpi('reviewed', d.reviewed, 'fraud-reviewed'),
      kpi('confirmed', d.confirmed, 'fraud-confirmed'),
      kpi('marked false', d.falsePositive, 'fraud-false'),
      kpi('confirmed rate', pct(d.confirmedRate), 'fraud-rate'),
      kpi('loans with unusual repayments', view.loanBook.flagged, 'fraud-loans'),
    ),
    el('div', { class: 'fraud-grid' }, kindTable(d, view.labels), fairness(view.fairness)),
    el('h2', { class: 'fraud-heading' }, 'Flagged cases'),
    view.cases.length === 0
      ? el('p', { class: 'muted' }, 'No case has been flagged.')
      : el('ol', { class: 'fraud-cases', id: 'fraud-case-list' }, ...view.cases.map((c) => caseItem(c, view.labels))),
  );
}

function kindTable(d, labels) {
  const rows = Object.entries(d.byKind).map(([kind, k]) =>
    el(
      'tr',
      { 'data-kind': kind, class: k.signals ? '' : 'none' },
      el('td', {}, labels[kind] || label(kind)),
      el('td', { class: 'num' }, k.signals),
      el('td', { class: 'num' }, k.reviewed),
      el('td', { class: 'num' }, pct(k.confirmedRate)),
    ),
  );
  return el(
    'section',
    { class: 'panel fraud-panel', 'aria-labelledby': 'fraud-kinds-title' },
    el('h2', { id: 'fraud-kinds-title' }, 'Signals by kind'),
    el(
      'table',
      { id: 'fraud-kinds' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', {}, 'Signal'),
          el('th', { class: 'num' }, 'Flagged'),
          el('th', { class: 'num' }, 'Reviewed'),
          el('th', { class: 'num' }, 'Confirmed'),
        ),
      ),
      el('tbody', {}, ...rows),
    ),
  );
}

function rateTable(id, title, groups, ratio, name) {
  const uneven = ratio !== null && ratio < FAIR_RATIO;
  return [
    el(
      'h3',
      {},
      title,
      ' ',
      ratio === null
        ? el('span', { class: 'badge' }, 'too few cases to compare')
        : el('span', { class: `badge ${uneven ? 'alert' : 'ok'}` }, `lowest ÷ highest ${ratio.toFixed(2)}${uneven ? ': check this signal' : ''}`),
    ),
    el(
      'table',
      { id },
      el(
        'thead',
        {},
        el('tr', {}, el('th', {}, 'Group'), el('th', { class: 'num' }, 'Cases'), el('th', { class: 'num' }, 'Flagged'), el('th', { class: 'num' }, 'Rate')),
      ),
      el(
        'tbody',
        {},
        groups.length === 0
          ? el('tr', {}, el('td', { colspan: 4, class: 'muted' }, 'No verified borrowers yet.'))
          : groups.map((g) =>
              el(
                'tr',
                { 'data-group': g.group },
                el('td', {}, name(g.group)),
                el('td', { class: 'num' }, g.cases),
                el('td', { class: 'num' }, g.flagged),
                el('td', { class: 'num' }, pct(g.rate)),
              ),
            ),
      ),
    ),
  ];
}

function fairness(f) {
  return el(
    'section',
    { class: 'panel fraud-panel', 'aria-labelledby': 'fraud-fair-title' },
    el('h2', { id: 'fraud-fair-title' }, 'Flag rate by group'),
    el(
      'p',
      { class: 'muted' },
      `Signals never read gender, age or language; these rates show whether one still flags a group more often. Overall ${pct(f.overall)} of verified borrowers.`,
    ),
    ...rateTable('fraud-by-gender', 'By gender', f.byGender, f.genderRatio, label),
    ...rateTable('fraud-by-language', 'By borrower language', f.byLanguage, f.languageRatio, (g) => LANGUAGES[g] || g),
  );
}

function caseItem(c, labels) {
  const verdict = c.verdict;
  const signals = c.record.signals.map((s) =>
    el(
      'li',
      { class: 'fraud-signal', 'data-kind': s.kind },
      el(
        'div',
        { class: 'fraud-signal-head' },
        el('b', {}, labels[s.kind] || label(s.kind)),
        el('span', { class: 'pill high' }, `score ${s.score.toFixed(2)} · threshold ${s.threshold.toFixed(2)}`),
      ),
      el('div', {}, s.reasons.join(' ')),
    ),
  );
  const mark = (outcome) =>
    el(
      'button',
      {
        type: 'button',
        class: verdict && verdict.outcome === outcome ? 'primary' : '',
        'data-verdict': outcome,
        onclick: () => markVerdict(c.record.caseId, outcome),
      },
      VERDICTS[outcome],
    );
  return el(
    'li',
    { class: 'panel fraud-case', 'data-case': c.record.caseId },
    el(
      'div',
      { class: 'fraud-case-head' },
      el('h3', {}, c.record.caseId),
      el('span', { class: 'muted' }, `${dateTime(c.record.flaggedAt)} · ${c.loan ? `loan ${c.loan}` : 'identity not verified'}`),
      el(
        'span',
        { class: `badge ${verdict ? (verdict.outcome === 'confirmed' ? 'alert' : 'ok') : 'warn'} fraud-verdict` },
        verdict ? `${VERDICTS[verdict.outcome]} by ${verdict.by}, ${dateTime(verdict.at)}` : 'Not reviewed',
      ),
    ),
    el('ul', { class: 'fraud-signals' }, ...signals),
    el(
      'p',
      { class: 'muted' },
      c.record.decision.withholdSettlements ? 'Sent to an agent; settlement offers withheld until a person has looked.' : 'Sent to an agent.',
    ),
    el('div', { class: 'fraud-actions', role: 'group', 'aria-label': `Verdict on ${c.record.caseId}` }, 'Verdict: ', mark('confirmed'), mark('false_positive')),
  );
}

async function markVerdict(caseId, outcome) {
  try {
    await api('PUT', `/api/supervisor/fraud/${encodeURIComponent(caseId)}/verdict`, { outcome });
    await loadFraud(`${caseId} marked ${VERDICTS[outcome].toLowerCase()}.`);
  } catch (err) {
    $('#fraud-status').textContent = err.message;
    $('#fraud-status').className = 'error';
  }
}
