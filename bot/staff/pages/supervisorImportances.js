// The recovery panel's explanation: which loan features the random forest needs to tell the DTW clusters apart,
// ranked, each with a bar as long as its permutation importance (accuracy lost when the feature is shuffled). Features
// that explain nothing are named in one line instead of drawn as empty bars. The names come from the server in plain
// words; Age and Gender are never among them.
import { $, el, decimal } from './staff.js';

/** Below this, shuffling the feature costs the forest under half a percentage point: it explains nothing here. */
const NOTHING = 0.005;

function bar(f, top) {
  const width = `${Math.max(2, (f.importance / top) * 100)}%`;
  return el(
    'li',
    {},
    el('span', { class: 'importance-name' }, f.title),
    el('span', { class: 'importance-bar', 'aria-hidden': 'true' }, el('span', { style: `width:${width}` })),
    el('span', { class: 'importance-value' }, decimal(f.importance, 2)),
  );
}

/** Draws `r.featureImportances` (highest first) and what the forest's accuracy was. */
export function drawImportances(r) {
  const all = r.featureImportances ?? [];
  const explaining = all.filter((f) => f.importance >= NOTHING);
  const rest = all.filter((f) => f.importance < NOTHING).map((f) => f.title.toLowerCase());
  const top = explaining[0]?.importance ?? 1;
  $('#recovery-importances').replaceChildren(...explaining.map((f) => bar(f, top)));
  $('#recovery-importances-rest').textContent = rest.length ? `Explain nothing here: ${rest.join(', ')}.` : '';
  $('#recovery-forest').textContent =
    r.outOfBagAccuracy === null
      ? 'The loans fell in a single cluster, so there is nothing to explain.'
      : `From these features alone the forest names the right cluster for ${decimal(r.outOfBagAccuracy * 100, 0)} % of loans it was not trained on. ${r.featureImportancesNote}`;
}
