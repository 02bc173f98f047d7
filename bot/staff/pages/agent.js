// Agent console: sign in, live queue over server-sent events, claim, summary beside the live transcript,
// reply (with canned responses), notes, offers, close or hand back. All text goes in with textContent.
(function main() {
  const $ = (id) => document.getElementById(id);
  const LABELS = { crisis: 'Crisis', vulnerable: 'Vulnerable', dispute: 'Dispute', complaint: 'Complaint', high_risk: 'High risk', standard: '' };
  const REASONS = {
    crisis: 'Crisis',
    vulnerable: 'Vulnerable',
    dispute: 'Disputes the debt',
    complaint: 'Complaint',
    high_risk: 'High risk',
    none_affordable: 'Nothing affordable',
    budget_needs_review: 'Budget needs review',
    no_balance: 'No balance on record',
    no_contract_payment: 'No instalment on record',
    change_arrangement: 'Wants to change an arrangement',
    declined_offers: 'Declined the offers',
    identity_locked: 'Identity check locked',
    language: 'Language',
    asked_for_human: 'Asked for a person',
  };
  const state = { me: null, csrf: '', queue: new Map(), selected: null, detail: null, feed: null };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
    return node;
  }

  function toast(text, bad) {
    const t = $('toast');
    t.textContent = text;
    t.className = bad ? 'toast bad' : 'toast';
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => (t.hidden = true), 4000);
  }

  async function api(method, path, body) {
    const res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(method !== 'GET' ? { 'X-CSRF-Token': state.csrf } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (res.status === 401 && path !== '/api/auth/login') showSignIn();
    if (!res.ok) throw new Error(json.error || `Request failed (${res.status})`);
    return json;
  }
  const attempt =
    (fn) =>
    (...args) =>
      fn(...args).catch((err) => toast(err.message, true));

  function waited(iso) {
    const minutes = Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 60000));
    return minutes < 1 ? 'just now' : minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  }
  const when = (iso) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const money = (n) => (typeof n === 'number' ? n.toLocaleString(undefined, { maximumFractionDigits: 0 }) : '—');

  // ---- sign in / out
  function showSignIn() {
    state.feed?.close();
    $('console').hidden = true;
    $('who').hidden = true;
    $('sign-in').hidden = false;
    $('name').focus();
  }
  function signedIn(body) {
    state.me = body.user;
    state.csrf = body.csrfToken;
    $('who-name').textContent = `${body.user.displayName} · ${body.user.role}`;
    $('sign-in').hidden = true;
    $('who').hidden = false;
    $('console').hidden = false;
    connect();
    loadCanned();
  }
  $('sign-in-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    $('sign-in-error').textContent = '';
    try {
      signedIn(await api('POST', '/api/auth/login', { name: $('name').value.trim(), password: $('password').value }));
      $('password').value = '';
    } catch (err) {
      $('sign-in-error').textContent = err.message;
    }
  });
  $('sign-out').addEventListener(
    'click',
    attempt(async () => {
      await api('POST', '/api/auth/logout', {});
      showSignIn();
    }),
  );

  // ---- live feed
  function connect() {
    state.feed?.close();
    const feed = new EventSource('/api/agent/stream');
    state.feed = feed;
    feed.onopen = () => $('status-dot').classList.add('live');
    feed.onerror = () => $('status-dot').classList.remove('live');
    feed.addEventListener('queue', (e) => {
      state.queue = new Map(JSON.parse(e.data).map((c) => [c.id, c]));
      renderQueue();
    });
    feed.addEventListener('case', (e) => {
      const item = JSON.parse(e.data);
      const isNew = !state.queue.has(item.id);
      state.queue.set(item.id, item);
      renderQueue(isNew ? item.id : null);
      if (state.selected === item.id) openCase(item.id);
    });
    feed.addEventListener('case-removed', (e) => {
      const { id, status } = JSON.parse(e.data);
      state.queue.delete(id);
      renderQueue();
      if (state.selected === id && status !== 'closed') {
        toast(`${id} was taken by another agent`);
        clearSelection();
      }
    });
    feed.addEventListener('transcript', (e) => {
      const { caseId, entries } = JSON.parse(e.data);
      if (caseId !== state.selected || !state.detail) return;
      state.detail.transcript.push(...entries);
      entries.forEach(appendEntry);
      scrollTranscript();
    });
  }

  // ---- queue
  function renderQueue(freshId) {
    const items = [...state.queue.values()].sort((a, b) => b.priority - a.priority || a.createdAt.localeCompare(b.createdAt));
    $('queue-count').textContent = items.length ? `(${items.length})` : '';
    $('queue-empty').hidden = items.length > 0;
    $('queue-list').replaceChildren(
      ...items.map((c) =>
        el(
          'li',
          {
            class: `queue-item p-${c.label}${c.id === state.selected ? ' selected' : ''}${c.id === freshId ? ' fresh' : ''}`,
            'data-case': c.id,
            onclick: () => openCase(c.id),
          },
          el('div', { class: 'row' }, el('span', { class: 'case-id' }, c.id), el('span', { class: 'meta', 'data-wait': c.createdAt }, waited(c.createdAt))),
          el('div', { class: 'meta' }, REASONS[c.reason] || c.reason, ' · ', c.channelId, c.verified ? ' · verified' : ''),
          el(
            'div',
            { class: 'badges' },
            LABELS[c.label] ? el('span', { class: `badge ${c.label}` }, LABELS[c.label]) : null,
            c.status === 'assigned' ? el('span', { class: 'badge assigned' }, c.assignedTo === state.me.name ? 'Yours' : c.assignedTo) : null,
            c.status === 'callback' ? el('span', { class: 'badge callback' }, `Callback ${when(c.callbackSlot)}`) : null,
          ),
        ),
      ),
    );
  }
  setInterval(() => document.querySelectorAll('[data-wait]').forEach((n) => (n.textContent = waited(n.dataset.wait))), 15000);

  // ---- case detail
  function clearSelection() {
    state.selected = null;
    state.detail = null;
    $('summary').hidden = true;
    $('summary-empty').hidden = false;
    $('conversation').hidden = true;
    $('conversation-empty').hidden = false;
    renderQueue();
  }

  const openCase = attempt(async (id) => {
    const detail = await api('GET', `/api/agent/cases/${encodeURIComponent(id)}`);
    state.selected = id;
    state.detail = detail;
    renderQueue();
    renderSummary(detail.case);
    $('transcript').replaceChildren();
    detail.transcript.forEach(appendEntry);
    $('conversation').hidden = false;
    $('conversation-empty').hidden = true;
    scrollTranscript();
  });

  function fact(term, value) {
    return value === null || value === undefined || value === '' ? [] : [el('dt', {}, term), el('dd', {}, String(value))];
  }
  function section(title, ...body) {
    return [el('h3', {}, title), ...body.filter(Boolean)];
  }

  function renderSummary(c) {
    const holding = c.status === 'assigned' && c.assignedTo === state.me.name;
    $('summary').hidden = false;
    $('summary-empty').hidden = true;
    $('case-title').textContent = c.id;
    $('case-badges').replaceChildren(
      ...(LABELS[c.label] ? [el('span', { class: `badge ${c.label}` }, LABELS[c.label])] : []),
      el('span', { class: `badge ${c.status}` }, c.status === 'assigned' ? (holding ? 'with you' : `with ${c.assignedTo}`) : c.status),
      ...c.vulnerability.map((v) => el('span', { class: 'badge vulnerable' }, v.replace(/_/g, ' '))),
    );
    $('claim').hidden = !(c.status === 'queued' || c.status === 'callback');
    $('case-facts').replaceChildren(
      ...fact('Why here', REASONS[c.escalation.reason] || c.escalation.reason),
      ...fact('Waiting since', `${when(c.createdAt)} (${waited(c.createdAt)})`),
      ...fact('Channel', c.channelId),
      ...fact('Identity', c.borrower.verified ? 'Verified' : 'Not verified: no account details'),
      ...fact('Callback', c.escalation.callback && new Date(c.escalation.callback).toLocaleString()),
      ...fact('Note from bot', c.escalation.note),
    );
    const parts = [];
    if (c.loan) {
      parts.push(
        ...section(
          'Loan',
          el(
            'dl',
            { class: 'facts' },
            ...fact('Loan', `${c.loan.loanId} · ${c.loan.type}`),
            ...fact('Outstanding', money(c.loan.outstanding)),
            ...fact('Instalment', `${money(c.loan.monthlyInstalment)} / month`),
            ...fact('Days past due', c.loan.daysPastDue),
            ...fact('Missed payments', c.loan.missedPayments),
            ...fact('Borrower', `${c.borrower.age} yrs · ${c.borrower.employment} · ${c.borrower.dependents} dependents`),
          ),
        ),
      );
    }
    if (c.hardship.reasons.length) {
      const temp = c.hardship.temporary === null ? 'not said' : c.hardship.temporary ? 'temporary' : 'long-term';
      parts.push(...section('Hardship', el('div', {}, `${c.hardship.reasons.map((r) => r.replace(/_/g, ' ')).join(', ')} (${temp})`)));
    }
    if (c.crisis) parts.push(...section('Crisis', el('div', { class: 'error' }, 'Crisis language: lead with support, no payment talk.')));
    if (c.budget) {
      parts.push(
        ...section(
          'Budget (monthly)',
          el(
            'dl',
            { class: 'facts' },
            ...fact('Income', money(c.budget.monthlyIncome)),
            ...fact('Essential costs', money(c.budget.essentialCosts)),
            ...fact('Other debts', money(c.budget.otherRepayments)),
            ...fact('Left over', money(c.budget.disposableIncome)),
            ...fact('Check', c.budget.needsReview ? 'Some figures need checking' : null),
          ),
        ),
      );
    }
    if (c.risk) {
      parts.push(
        ...section(
          `Risk: ${c.risk.band} (${Math.round(c.risk.probability * 100)}%)`,
          el('ul', { class: 'reasons' }, ...c.risk.reasons.slice(0, 4).map((r) => el('li', {}, r))),
        ),
      );
    }
    if (c.offers.plans.length || c.offers.choice) {
      const choice = c.offers.choice ? `Borrower's last choice: ${c.offers.choice.action}${c.offers.choice.planId ? ` ${c.offers.choice.planId}` : ''}` : null;
      parts.push(
        ...section(
          `Plans (${c.offers.shown} shown)`,
          el('ul', { class: 'reasons' }, ...c.offers.plans.map((p) => el('li', {}, `${p.title}: ${money(p.monthlyPayment)}/month × ${p.termMonths}`))),
          choice && el('div', { class: 'meta' }, choice),
        ),
      );
    }
    if (c.liveArrangement) {
      const live = c.liveArrangement;
      const next = live.nextPayment ? `Next payment ${money(live.nextPayment.amount)} on ${live.nextPayment.dueDate}` : 'No payment left to come';
      parts.push(
        ...section(
          `Live arrangement ${live.reference}`,
          el('div', {}, `${live.plan.title}: ${money(live.plan.monthlyPayment)}/month × ${live.plan.termMonths}`),
          el('div', { class: 'meta' }, `Agreed ${when(live.agreedAt)} (${live.channel}). ${next}. A new plan replaces it.`),
        ),
      );
    } else if (c.offers.arrangementReference) parts.push(...section('Arrangement', el('div', {}, c.offers.arrangementReference)));
    $('case-sections').replaceChildren(...parts);
    $('notes').replaceChildren(...c.notes.map(noteItem));
    $('holder-tools').hidden = !holding;
    renderPlans(c.offers.plans, c.loan !== null);
  }
  const noteItem = (n) => el('li', {}, el('div', { class: 'meta' }, `${n.by} · ${when(n.at)}`), n.text);

  function renderPlans(plans, verified) {
    $('fresh-plan').disabled = !verified;
    $('plans').replaceChildren(
      ...(verified ? [] : [el('li', { class: 'meta' }, 'Offers need a verified borrower.')]),
      ...plans.map((p) =>
        el(
          'li',
          {},
          el('span', {}, `${p.title} · ${money(p.monthlyPayment)}/month`),
          el(
            'span',
            { class: 'inline' },
            el('button', { type: 'button', onclick: attempt(() => sendPlan({ planId: p.id })) }, 'Send'),
            el('button', { type: 'button', onclick: attempt(() => acceptPlan(p.id)) }, 'Record acceptance'),
          ),
        ),
      ),
    );
  }

  const speakerName = (e) =>
    e.speaker === 'borrower' ? 'Borrower' : e.speaker === 'agent' ? (e.agent === state.me.name ? 'You' : e.agent || 'Agent') : 'Virtual assistant';
  function appendEntry(e) {
    let node;
    if (e.kind === 'decision') {
      const v = e.decision.value || {};
      const who = v.agent === state.me.name ? 'You' : v.agent;
      const text = {
        agent_joined: `${who} joined`,
        agent_closed: `${who} closed: ${String(v.disposition).replace(/_/g, ' ')}`,
        escalation: `Escalated: ${REASONS[v.reason] || v.reason}`,
        crisis: 'Crisis language',
        vulnerability: 'Vulnerability noted',
        arrangement: `Arrangement ${v.reference}${v.replaces ? ` (replaces ${v.replaces})` : ''}`,
        arrangement_in_place: `Shown the live arrangement ${v.reference}`,
        opt_out: 'Borrower opted out (STOP)',
      }[e.decision.kind];
      if (!text) return;
      node = el('li', { class: 'event' }, `${text} · ${when(e.at)}`);
    } else {
      const card = e.card && e.card.length ? el('div', { class: 'card-lines' }, e.card.join('\n')) : null;
      const body = e.text || (e.value ? `[tapped: ${JSON.stringify(e.value)}]` : '');
      node = el('li', { class: `msg ${e.speaker}` }, el('span', { class: 'who' }, `${speakerName(e)} · ${when(e.at)}`), body, card);
    }
    $('transcript').append(node);
  }
  const scrollTranscript = () => ($('transcript').scrollTop = $('transcript').scrollHeight);

  // ---- actions
  const caseUrl = (suffix) => `/api/agent/cases/${encodeURIComponent(state.selected)}/${suffix}`;
  $('claim').addEventListener(
    'click',
    attempt(async () => {
      await api('POST', caseUrl('claim'), {});
      toast(`You have ${state.selected}`);
      await openCase(state.selected);
      $('reply-text').focus();
    }),
  );
  $('reply-form').addEventListener(
    'submit',
    attempt(async (e) => {
      e.preventDefault();
      const text = $('reply-text').value.trim();
      if (!text) return;
      await api('POST', caseUrl('messages'), { text });
      $('reply-text').value = '';
    }),
  );
  $('reply-text').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      $('reply-form').requestSubmit();
    }
  });
  $('canned').addEventListener('change', (e) => {
    if (e.target.value) $('reply-text').value = e.target.value;
    e.target.selectedIndex = 0;
    $('reply-text').focus();
  });
  $('note-form').addEventListener(
    'submit',
    attempt(async (e) => {
      e.preventDefault();
      const text = $('note-text').value.trim();
      if (!text) return;
      const { notes } = await api('POST', caseUrl('notes'), { text });
      $('notes').replaceChildren(...notes.map(noteItem));
      $('note-text').value = '';
    }),
  );
  async function sendPlan(request) {
    const { plan } = await api('POST', caseUrl('offers'), request);
    toast(`Sent "${plan.title}"`);
    await openCase(state.selected);
  }
  async function acceptPlan(planId) {
    // One live arrangement per loan: accepting a new plan replaces the live one, so say so before doing it.
    const live = state.detail && state.detail.case.liveArrangement;
    const question = live
      ? `This loan already has live arrangement ${live.reference} ("${live.plan.title}"). Record that the borrower accepted this plan instead? It replaces ${live.reference}.`
      : 'Record that the borrower accepted this plan? This creates the arrangement.';
    if (!confirm(question)) return;
    const { arrangement } = await api('POST', caseUrl('offers/accept'), live ? { planId, replaces: live.reference } : { planId });
    toast(`Arrangement ${arrangement.reference} created`);
    $('disposition').value = 'arrangement_made';
    await openCase(state.selected);
  }
  $('fresh-plan').addEventListener(
    'click',
    attempt(() => sendPlan({ fresh: true })),
  );
  $('close-case').addEventListener(
    'click',
    attempt(async () => {
      await api('POST', caseUrl('close'), { disposition: $('disposition').value });
      toast(`${state.selected} closed`);
      clearSelection();
    }),
  );
  $('hand-back').addEventListener(
    'click',
    attempt(async () => {
      await api('POST', caseUrl('handback'), {});
      toast(`${state.selected} handed back to the virtual assistant`);
      clearSelection();
    }),
  );

  async function loadCanned() {
    const { responses } = await api('GET', '/api/agent/canned-responses');
    $('canned').replaceChildren(el('option', { value: '' }, 'Canned responses…'), ...responses.map((r) => el('option', { value: r.text }, r.title)));
  }

  fetch('/api/auth/me', { credentials: 'same-origin' })
    .then((res) => (res.ok ? res.json().then(signedIn) : showSignIn()))
    .catch(showSignIn);
})();
