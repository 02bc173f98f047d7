// Supervisor page: sign-in, dashboard charts, conversation list + transcript + QA review, audit log.
// Everything from the server is put in the DOM as text (never innerHTML): transcripts are borrower words.
(function () {
  'use strict';
  const $ = (sel, root) => (root || document).querySelector(sel);
  const state = { csrf: '', offset: 0, limit: 25, total: 0, selected: '', options: null, charts: {} };
  const BRAND = '#0f4c5c';
  const PALETTE = [
    '#0f4c5c',
    '#2a9d8f',
    '#e9c46a',
    '#f4a261',
    '#e76f51',
    '#7fd1ae',
    '#6d597a',
    '#b56576',
    '#457b9d',
    '#a8dadc',
    '#8d99ae',
    '#bc6c25',
    '#606c38',
  ];
  const BAND_COLOURS = { low: '#2a9d8f', medium: '#e9c46a', high: '#e76f51', 'not scored': '#c9d3dd' };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const child of children.flat())
      if (child !== undefined && child !== null && child !== false) node.append(child instanceof Node ? child : String(child));
    return node;
  }

  async function api(path, options) {
    const init = Object.assign({ credentials: 'same-origin', headers: {} }, options || {});
    if (init.body) init.headers['Content-Type'] = 'application/json';
    if (init.method && init.method !== 'GET') init.headers['X-CSRF-Token'] = state.csrf;
    const res = await fetch(path, init);
    if (res.status === 401) {
      showSignIn();
      throw new Error('Sign in first');
    }
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.error || `Request failed (${res.status})`);
    return body;
  }

  const when = (iso) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '');
  const short = (iso) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const label = (key) => String(key).replace(/_/g, ' ');

  // ---------- sign-in ----------
  function showSignIn() {
    $('#signin').hidden = false;
    $('#tabs').hidden = true;
    $('#who').hidden = true;
    for (const tab of document.querySelectorAll('.tab')) tab.hidden = true;
  }

  async function signedIn(me) {
    if (me.user.role === 'agent') {
      $('#signin-error').textContent = 'This page is for supervisors. Agents use the agent console.';
      showSignIn();
      return;
    }
    state.csrf = me.csrfToken;
    $('#signin').hidden = true;
    $('#tabs').hidden = false;
    $('#who').hidden = false;
    $('#who-name').textContent = me.user.displayName;
    state.options = await api('/api/supervisor/options');
    fillSelect($('#filters [name=reason]'), state.options.reasons);
    fillSelect($('#filters [name=channel]'), state.options.channels);
    fillSelect($('#filters [name=agent]'), state.options.agents);
    showTab('dashboard');
  }

  function fillSelect(select, values) {
    while (select.options.length > 1) select.remove(1);
    for (const v of values) select.append(el('option', { value: v }, label(v)));
  }

  $('#signin-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    $('#signin-error').textContent = '';
    const res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: form.get('name'), password: form.get('password') }),
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      $('#signin-error').textContent = body.error || 'Sign-in failed';
      return;
    }
    await signedIn(body);
  });

  $('#logout').addEventListener('click', async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    showSignIn();
  });

  // ---------- tabs ----------
  function showTab(name) {
    for (const button of document.querySelectorAll('#tabs button')) button.classList.toggle('active', button.dataset.tab === name);
    for (const tab of document.querySelectorAll('.tab')) tab.hidden = tab.id !== `tab-${name}`;
    if (name === 'dashboard') loadDashboard().catch(report);
    if (name === 'conversations') loadList().catch(report);
    if (name === 'audit') loadAudit().catch(report);
  }
  for (const button of document.querySelectorAll('#tabs button')) button.addEventListener('click', () => showTab(button.dataset.tab));

  function report(err) {
    console.warn(err);
  }

  // ---------- dashboard ----------
  function chart(id, config) {
    if (state.charts[id]) state.charts[id].destroy();
    state.charts[id] = new window.Chart($(`#${id}`), config);
  }

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

  async function loadDashboard() {
    const d = await api('/api/supervisor/dashboard');
    const accepted = d.funnel.find((f) => f.key === 'accepted').count;
    const escalated = d.escalationsByReason.reduce((n, c) => n + c.count, 0);
    const kpi = (title, value) => el('div', { class: 'kpi' }, el('b', {}, value), title);
    $('#kpis').replaceChildren(
      kpi('conversations', d.conversations),
      kpi('arrangements', accepted),
      kpi('escalated', escalated),
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
  }

  // ---------- conversations ----------
  function filterParams() {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData($('#filters'))) if (String(v).trim()) params.set(k, String(v).trim());
    return params;
  }

  async function loadList() {
    const params = filterParams();
    params.set('offset', String(state.offset));
    params.set('limit', String(state.limit));
    const page = await api(`/api/supervisor/conversations?${params}`);
    state.total = page.total;
    const shownTo = Math.min(page.total, state.offset + page.items.length);
    $('#list-count').textContent = page.total === 0 ? 'No conversations match.' : `${page.total} conversation(s) · showing ${state.offset + 1}–${shownTo}`;
    $('#conversation-table tbody').replaceChildren(
      ...page.items.map((s) =>
        el(
          'tr',
          { 'data-key': s.key, class: s.key === state.selected ? 'selected' : '', onclick: () => openTranscript(s.key).catch(report) },
          el('td', { class: 'nowrap', title: when(s.startedAt) }, short(s.startedAt)),
          el('td', {}, s.channelId),
          el('td', {}, s.funnel),
          el('td', {}, s.band ? el('span', { class: `pill ${s.band}` }, s.band) : '–'),
          el('td', {}, s.reasons.map(label).join(', '), s.vulnerable ? el('span', { class: 'pill high', title: 'vulnerability noted' }, 'vulnerable') : ''),
          el(
            'td',
            {},
            el('span', { class: `pill ${s.outcome}` }, label(s.outcome)),
            s.escalationReason && s.escalationReason !== s.outcome ? ` (${label(s.escalationReason)})` : '',
          ),
          el('td', {}, s.review ? `${s.review.score}/5` : ''),
        ),
      ),
    );
    $('#prev').disabled = state.offset === 0;
    $('#next').disabled = state.offset + state.limit >= state.total;
  }

  $('#filters').addEventListener('submit', (event) => {
    event.preventDefault();
    state.offset = 0;
    loadList().catch(report);
  });
  $('#filters').addEventListener('reset', () => setTimeout(() => ((state.offset = 0), loadList().catch(report))));
  $('#prev').addEventListener('click', () => ((state.offset = Math.max(0, state.offset - state.limit)), loadList().catch(report)));
  $('#next').addEventListener('click', () => ((state.offset += state.limit), loadList().catch(report)));

  function exportAs(format) {
    const params = filterParams();
    params.set('format', format);
    // A plain navigation downloads the file with the session cookie; the server audits it.
    window.location.href = `/api/supervisor/export?${params}`;
  }
  $('#export-csv').addEventListener('click', () => exportAs('csv'));
  $('#export-json').addEventListener('click', () => exportAs('json'));
  $('#export-arrangements').addEventListener('click', () => {
    const params = new URLSearchParams({ format: 'csv' });
    const filters = filterParams();
    for (const name of ['from', 'to']) if (filters.get(name)) params.set(name, filters.get(name));
    window.location.href = `/api/supervisor/arrangements?${params}`;
  });

  function entryNode(e) {
    if (e.kind === 'decision')
      return el(
        'li',
        { class: `badge ${e.annotation ? e.annotation.tone : ''}`, title: `${e.decision.kind} · ${when(e.at)}` },
        e.annotation ? e.annotation.label : e.decision.kind,
      );
    const who = e.speaker === 'agent' ? `Agent ${e.agent || ''}` : e.speaker === 'bot' ? 'Bot' : e.speaker === 'borrower' ? 'Borrower' : e.speaker;
    return el(
      'li',
      { class: `msg ${e.speaker}` },
      el('span', { class: 'who' }, `${who} · ${when(e.at)}`),
      e.text || (e.value ? JSON.stringify(e.value) : ''),
      e.card ? el('div', { class: 'card' }, e.card.join('\n')) : null,
      e.options ? el('div', { class: 'options' }, `Options: ${e.options.join(' · ')}`) : null,
    );
  }

  async function openTranscript(key) {
    state.selected = key;
    for (const row of document.querySelectorAll('#conversation-table tbody tr')) row.classList.toggle('selected', row.dataset.key === key);
    const doc = await api(`/api/supervisor/conversations/${encodeURIComponent(key)}`);
    const s = doc.summary;
    const fact = (text, cls) => el('span', { class: `pill ${cls || ''}` }, text);
    $('#transcript').replaceChildren(
      el(
        'div',
        { class: 'summary-head' },
        el('h2', {}, `${s.channelId} · ${when(s.startedAt)}`),
        el(
          'div',
          { class: 'facts' },
          fact(`outcome: ${label(s.outcome)}`, s.outcome),
          s.band ? fact(`band: ${s.band}${typeof s.probability === 'number' ? ` ${s.probability.toFixed(2)}` : ''}`, s.band) : null,
          s.loanId ? fact(`loan ${s.loanId}`) : null,
          s.planType ? fact(`plan: ${label(s.planType)}`, 'arrangement') : null,
          s.escalationReason ? fact(`escalated: ${label(s.escalationReason)}`, 'escalated') : null,
          s.agent ? fact(`agent: ${s.agent}`) : null,
          s.vulnerable ? fact('vulnerable', 'high') : null,
          fact(`${s.messages} borrower message(s)`),
        ),
      ),
      el('ol', { class: 'entries' }, doc.entries.map(entryNode)),
      reviewForm(key, doc.review),
    );
  }

  function reviewForm(key, record) {
    const form = $('#review-template').content.firstElementChild.cloneNode(true);
    const current = record ? record.current : null;
    for (let score = 1; score <= 5; score++) {
      form
        .querySelector('.score')
        .append(
          el(
            'label',
            {},
            el('input', { type: 'radio', name: 'score', value: score, required: true, checked: current && current.score === score }),
            ` ${score}`,
          ),
        );
    }
    for (const flag of state.options.flags) {
      form
        .querySelector('.flags')
        .append(
          el('label', {}, el('input', { type: 'checkbox', name: 'flags', value: flag, checked: current && current.flags.includes(flag) }), ` ${label(flag)}`),
        );
    }
    form.querySelector('textarea').value = current ? current.notes : '';
    const history = record ? [...record.history, record.current].reverse() : [];
    form.querySelector('.history').hidden = history.length === 0;
    form
      .querySelector('.history ol')
      .replaceChildren(
        ...history.map((r) =>
          el('li', {}, `${when(r.at)} · ${r.reviewer} · ${r.score}/5 · ${r.flags.map(label).join(', ') || 'no flags'}${r.notes ? ` — ${r.notes}` : ''}`),
        ),
      );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      try {
        await api(`/api/supervisor/conversations/${encodeURIComponent(key)}/review`, {
          method: 'PUT',
          body: JSON.stringify({ score: Number(data.get('score')), notes: String(data.get('notes') || ''), flags: data.getAll('flags') }),
        });
        await openTranscript(key);
        $('#transcript .saved').textContent = 'Review saved.';
        loadList().catch(report);
      } catch (err) {
        form.querySelector('.saved').textContent = err.message;
      }
    });
    return form;
  }

  // ---------- audit ----------
  async function loadAudit() {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData($('#audit-filters'))) if (String(v).trim()) params.set(k, String(v).trim());
    const { entries } = await api(`/api/supervisor/audit?${params}`);
    $('#audit-table tbody').replaceChildren(
      ...entries.map((e) =>
        el(
          'tr',
          {},
          el('td', {}, when(e.at)),
          el('td', {}, e.actor, e.role ? el('span', { class: 'muted' }, ` (${e.role})`) : ''),
          el('td', {}, e.action),
          el('td', {}, (e.targets || []).length > 3 ? `${e.targets.slice(0, 3).join(', ')} … +${e.targets.length - 3}` : (e.targets || []).join(', ')),
          el('td', {}, e.detail ? el('code', {}, JSON.stringify(e.detail)) : ''),
        ),
      ),
    );
  }
  $('#audit-filters').addEventListener('submit', (event) => {
    event.preventDefault();
    loadAudit().catch(report);
  });

  // ---------- start ----------
  fetch('/api/auth/me', { credentials: 'same-origin' })
    .then((res) => (res.ok ? res.json().then(signedIn) : showSignIn()))
    .catch(showSignIn);
})();
