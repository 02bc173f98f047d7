// One conversation for the supervisor: its summary, the loan's promise history (when the conversation verified a loan),
// the annotated transcript and the QA review form.
// Transcripts are borrower words: they go into the DOM as text, never as HTML.
import { $, api, dateTime, el, label } from './staff.js';
import { renderPromises } from './promiseHistory.js';

function entryNode(e) {
  if (e.kind === 'decision')
    return el(
      'li',
      {
        class: `badge ${e.annotation ? e.annotation.tone : ''}${e.annotation && e.annotation.superseded ? ' superseded' : ''}`,
        title: `${e.decision.kind} · ${dateTime(e.at)}`,
      },
      e.annotation ? e.annotation.label : e.decision.kind,
    );
  const who = e.speaker === 'agent' ? `Agent ${e.agent || ''}` : e.speaker === 'bot' ? 'Bot' : e.speaker === 'borrower' ? 'Borrower' : e.speaker;
  return el(
    'li',
    { class: `msg ${e.speaker}` },
    el('span', { class: 'who' }, `${who} · ${dateTime(e.at)}`),
    e.text || (e.value ? JSON.stringify(e.value) : ''),
    e.card ? el('div', { class: 'card' }, e.card.join('\n')) : null,
    e.options ? el('div', { class: 'options' }, `Options: ${e.options.join(' · ')}`) : null,
  );
}

/** Shows conversation `key` in `#transcript`; `flags` are the review's choices, `onReviewed` runs after a review is saved. */
export async function openTranscript(key, review) {
  const doc = await api('GET', `/api/supervisor/conversations/${encodeURIComponent(key)}`);
  const s = doc.summary;
  const fact = (text, cls) => el('span', { class: `pill ${cls || ''}` }, text);
  $('#transcript').replaceChildren(
    el(
      'div',
      { class: 'summary-head' },
      el('h2', {}, `${s.channelId} · ${dateTime(s.startedAt)}`),
      el(
        'div',
        { class: 'facts' },
        fact(`outcome: ${label(s.outcome)}`, s.outcome),
        s.band ? fact(`band: ${s.band}${typeof s.probability === 'number' ? ` ${s.probability.toFixed(2)}` : ''}`, s.band) : null,
        s.loanId ? fact(`loan ${s.loanId}`) : null,
        s.planType ? fact(`plan: ${label(s.planType)}`, 'arrangement') : null,
        s.escalationReason ? fact(`escalated: ${label(s.escalationReason)}`, 'escalated') : null,
        s.agent ? fact(`agent: ${s.agent}`) : null,
        s.disposition ? fact(`closed: ${label(s.disposition)} by ${s.closedBy || '?'}, ${dateTime(s.agentClosedAt)}`, 'disposition') : null,
        fact(`reasons: ${s.reasons.map(label).join(', ') || 'none'}`),
        s.reasonCorrection
          ? fact(
              `corrected by ${s.reasonCorrection.by === 'supervisor' ? `supervisor ${s.reasonCorrection.supervisor}` : 'the borrower'}, ${dateTime(s.reasonCorrection.at)} — first read: ${s.reasonCorrection.from.map(label).join(', ') || 'none'}`,
              'corrected',
            )
          : null,
        s.vulnerable ? fact('vulnerable', 'high') : null,
        fact(`${s.messages} borrower message(s)`),
      ),
    ),
    s.loanId ? promisePanel(s.loanId) : null,
    el('ol', { class: 'entries' }, doc.entries.map(entryNode)),
    reviewForm(key, doc.review, review),
  );
}

/**
 * The loan's promise history, as the agent console shows it, folded under a summary line and scrolling within a
 * bounded height (a schedule runs to dozens of instalments) so the transcript stays in reach; a failure to load it
 * leaves the transcript readable.
 */
function promisePanel(loanId) {
  const body = el(
    'div',
    { class: 'promise-body', role: 'region', tabindex: '0', 'aria-label': `Promise history of ${loanId}` },
    el('p', { class: 'meta' }, 'Loading promise history…'),
  );
  renderPromises(body, loanId).catch((err) =>
    body.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Promise history could not be loaded: ${err.message}`)),
  );
  const panel = el('details', { class: 'transcript-promises' }, el('summary', {}, `Promise history · ${loanId}`), body);
  panel.open = true; // not through el(): it reads any "on…" attribute as an event listener
  return panel;
}

function reviewForm(key, record, review) {
  const form = $('#review-template').content.firstElementChild.cloneNode(true);
  const current = record ? record.current : null;
  for (let score = 1; score <= 5; score++) {
    $('.score', form).append(
      el('label', {}, el('input', { type: 'radio', name: 'score', value: score, required: true, checked: current && current.score === score }), ` ${score}`),
    );
  }
  for (const flag of review.flags) {
    $('.flags', form).append(
      el('label', {}, el('input', { type: 'checkbox', name: 'flags', value: flag, checked: current && current.flags.includes(flag) }), ` ${label(flag)}`),
    );
  }
  $('textarea', form).value = current ? current.notes : '';
  const history = record ? [...record.history, record.current].reverse() : [];
  $('.history', form).hidden = history.length === 0;
  $('.history ol', form).replaceChildren(
    ...history.map((r) =>
      el('li', {}, `${dateTime(r.at)} · ${r.reviewer} · ${r.score}/5 · ${r.flags.map(label).join(', ') || 'no flags'}${r.notes ? ` — ${r.notes}` : ''}`),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      await api('PUT', `/api/supervisor/conversations/${encodeURIComponent(key)}/review`, {
        score: Number(data.get('score')),
        notes: String(data.get('notes') || ''),
        flags: data.getAll('flags'),
      });
      await openTranscript(key, review);
      $('#transcript .saved').textContent = 'Review saved.';
      review.onReviewed();
    } catch (err) {
      $('.saved', form).textContent = err.message;
    }
  });
  return form;
}
