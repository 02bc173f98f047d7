// One experiment's report on the Experiments tab: a table per arm (what a screen reader reads), the harm signal and
// what blocks a challenger's promotion, and the Qini curve. Server data goes into the DOM as text only.
import { $, el } from './staff.js';
import { PALETTE, chart } from './supervisorCharts.js';

export const pct = (x) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)} %`);
const signed = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} pts`;
const interval = ({ low, high }) => `95 % CI ${signed(low)} to ${signed(high)}`;

function upliftText(a) {
  if (a.arm === 'control') return 'baseline';
  if (!a.uplift) return a.note ?? '–';
  const { difference, significant } = a.uplift;
  return `${signed(difference)} (${interval(a.uplift)})${significant ? ', significant' : ''}`;
}

function championText(a) {
  if (!a.versusChampion) return a.promotionBlockers ? 'not enough outcomes yet' : '–';
  const { difference, harm } = a.versusChampion;
  return `${signed(difference)} (${interval(a.versusChampion)})${harm ? ': HARM, worse than the champion; consider stopping it' : ''}`;
}

function promotionText(a) {
  if (!a.promotionBlockers) return '–';
  return a.promotionBlockers.length === 0 ? 'ready' : `blocked: ${a.promotionBlockers.join('; ')}`;
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

const HEAD = [
  'Arm',
  'Policy',
  'Share',
  'Borrowers',
  'Arrangements',
  'Agent-built',
  'Cured',
  'Not cured',
  'Pending',
  'Cure rate',
  'Uplift over control',
  'Against champion',
  'Promotion',
];

/** Puts experiment `experiment`'s report `r` into `box`. */
export function renderReport(box, experiment, r) {
  const harmed = r.arms.filter((a) => a.versusChampion?.harm);
  box.replaceChildren(
    el('h3', {}, `${experiment.name} — ${experiment.status}`),
    el(
      'p',
      { class: 'muted' },
      `Outcomes by intention to treat: a promise kept or cured is a cure; broken, or no arrangement within ${r.takeUpDays} days, is not. Uplift needs ${r.minOutcomes} outcomes in an arm and in the control. Agent-built: plans an agent built by hand, counted in the borrower's arm. Protected borrowers left out (given the champion): ${r.excluded}.`,
    ),
    ...harmed.map((a) =>
      el(
        'p',
        { class: 'error', role: 'alert' },
        `Harm: "${a.arm}" cures fewer borrowers than the champion (${interval(a.versusChampion)}). Consider stopping the experiment.`,
      ),
    ),
    el(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Report per arm' },
      el(
        'table',
        { id: 'experiment-arms' },
        el('thead', {}, el('tr', {}, ...HEAD.map((h) => el('th', { scope: 'col' }, h)))),
        el(
          'tbody',
          {},
          ...r.arms.map((a) =>
            el(
              'tr',
              {},
              ...[a.arm, a.policyVersion, pct(a.weight), a.borrowers, a.arrangements, a.agentBuilt, a.cured, a.notCured, a.pending, pct(a.cureRate)]
                .concat([upliftText(a), championText(a), promotionText(a)])
                .map((v) => el('td', {}, String(v))),
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
