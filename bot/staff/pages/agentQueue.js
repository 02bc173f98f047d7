// The agent console's queue: open cases by priority, then by how long they have waited.
import { $, clock, el, waited } from './staff.js';
import { LABELS, REASONS } from './agentLabels.js';
import { state } from './agentState.js';

/** Draws the queue; `freshId` marks a case that has just arrived. */
export function renderQueue(freshId) {
  const items = [...state.queue.values()].sort((a, b) => b.priority - a.priority || a.createdAt.localeCompare(b.createdAt));
  $('#queue-count').textContent = items.length ? `(${items.length})` : '';
  $('#queue-empty').hidden = items.length > 0;
  $('#queue-list').replaceChildren(
    ...items.map((c) =>
      el(
        'li',
        {
          class: `queue-item p-${c.label}${c.id === state.selected ? ' selected' : ''}${c.id === freshId ? ' fresh' : ''}`,
          'data-case': c.id,
        },
        el('div', { class: 'row' }, el('span', { class: 'case-id' }, c.id), el('span', { class: 'meta', 'data-wait': c.createdAt }, waited(c.createdAt))),
        el('div', { class: 'meta' }, REASONS[c.reason] || c.reason, ' · ', c.channelId, c.verified ? ' · verified' : ''),
        el(
          'div',
          { class: 'badges' },
          LABELS[c.label] ? el('span', { class: `badge ${c.label}` }, LABELS[c.label]) : null,
          c.status === 'assigned' ? el('span', { class: 'badge assigned' }, c.assignedTo === state.me.name ? 'Yours' : c.assignedTo) : null,
          c.status === 'callback' ? el('span', { class: 'badge callback' }, `Callback ${clock(c.callbackSlot)}`) : null,
        ),
      ),
    ),
  );
}

/** Calls `open` with the id of the queue item the agent clicks. */
export function onPick(open) {
  $('#queue-list').addEventListener('click', (event) => {
    const item = event.target.closest('.queue-item');
    if (item) open(item.dataset.case);
  });
}

/** Brings every "waiting for" time up to date. */
export function refreshWaits() {
  document.querySelectorAll('[data-wait]').forEach((n) => (n.textContent = waited(n.dataset.wait)));
}
