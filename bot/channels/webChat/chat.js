// Borrower chat page: Microsoft Web Chat over this server's own Direct Line endpoint.
// The conversation token is kept for this tab only, so a reload resumes the same chat.
// This script runs before the Web Chat bundle has arrived (both are deferred, this one first): it starts
// the conversation meanwhile, so the bot's welcome is waiting by the time Web Chat can show it.
(async function main() {
  const domain = `${location.origin}/v3/directline`;
  // The bundle runs after this script (defer keeps their order), so its load or error event is still to come.
  const bundle = document.querySelector('script[src^="/assets/webchat"]');
  const bundleRan = new Promise((resolve) => {
    if (window.WebChat || !bundle) resolve();
    else ['load', 'error'].forEach((event) => bundle.addEventListener(event, resolve, { once: true }));
  });

  async function resumeOrStart() {
    let saved;
    try {
      saved = JSON.parse(sessionStorage.getItem('forbear.chat') || 'null');
    } catch {
      saved = null;
    }
    if (saved) {
      // A reload within the token's life resumes the chat; an expired one starts afresh.
      const probe = await fetch(`${domain}/conversations/${encodeURIComponent(saved.conversationId)}`, {
        headers: { Authorization: `Bearer ${saved.token}` },
      }).catch(() => null);
      if (probe && probe.ok) return { conversationId: saved.conversationId, token: (await probe.json()).token };
    }
    const grant = await fetch(`${domain}/tokens/generate`, { method: 'POST' });
    if (!grant.ok) throw new Error(`token ${grant.status}`);
    const { token } = await grant.json();
    const started = await fetch(`${domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    if (!started.ok) throw new Error(`conversation ${started.status}`);
    const session = await started.json();
    sessionStorage.setItem('forbear.chat', JSON.stringify({ token: session.token, conversationId: session.conversationId }));
    return session;
  }

  function failed() {
    document.querySelector('.loading')?.classList.add('failed');
    const text = document.getElementById('loading-text');
    if (text) text.textContent = 'We could not open the chat. Please check your connection and reload the page.';
    // In the borrower's language when the page has one for them (a reload after they chose it).
    config.then(({ pages }) => {
      const words = pages && pages[sessionStorage.getItem('forbear.language') || 'en'];
      if (text && words) text.textContent = words.failed;
    });
  }

  const config = fetch('/api/public/config')
    .then((r) => r.json())
    .catch(() => ({}));
  let session;
  try {
    session = await resumeOrStart();
  } catch {
    failed();
    return;
  }
  const { privacyUrl, locale, pages } = await config;
  if (privacyUrl) document.getElementById('privacy').href = privacyUrl;

  // The page's own words follow the language the bot speaks in: each bot message says which (channelData.language),
  // and a reload keeps it. Quoted words in the note ("agent", "STOP") are what to type, so they are set in bold.
  let language = sessionStorage.getItem('forbear.language') || 'en';
  function applyChrome() {
    const words = pages && (pages[language] || pages.en);
    if (!words) return;
    document.documentElement.lang = words.locale.split('-')[0];
    document.getElementById('lender').textContent = words.title;
    document.title = words.title;
    document.getElementById('subtitle').textContent = words.subtitle;
    document.getElementById('privacy').textContent = words.privacy;
    document
      .getElementById('privacy-note')
      .replaceChildren(
        ...words.note.split(/"([^"]+)"/).map((part, i) => (i % 2 ? Object.assign(document.createElement('strong'), { textContent: part }) : part)),
      );
  }
  applyChrome();
  const localeOf = () => (pages && pages[language] ? pages[language].locale : locale || 'en-IN');

  await bundleRan;
  if (!window.WebChat) {
    failed();
    return;
  }
  const directLine = window.WebChat.createDirectLine({
    domain,
    token: session.token,
    conversationId: session.conversationId,
    webSocket: false,
    pollingInterval: 700,
  });

  // A member of staff's messages carry their name (the server sets it with channelData.agent): show it beside
  // their messages, with their initials for an avatar, so the borrower can tell a person from the assistant.
  const agentName = (activity) =>
    activity && activity.from && activity.from.role === 'bot' && activity.channelData && activity.channelData.agent ? activity.from.name : null;
  const initials = (name) =>
    name
      .split(/\s+/)
      .filter((word) => /^\p{L}/u.test(word))
      .slice(0, 2)
      .map((word) => word[0].toUpperCase())
      .join('');

  const store = window.WebChat.createStore({}, () => (next) => (action) => {
    const activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload.activity;
    const said = activity && activity.from && activity.from.role === 'bot' && activity.channelData && activity.channelData.language;
    if (said && said !== language && pages && pages[said]) {
      language = said;
      sessionStorage.setItem('forbear.language', said);
      applyChrome();
      // Rendered again outside the store's dispatch, so Web Chat's labels and the input's placeholder change too.
      setTimeout(render);
    }
    return next(action);
  });

  const host = document.getElementById('webchat');
  host.replaceChildren();
  const render = () =>
    window.WebChat.renderWebChat(
      {
        directLine,
        store,
        activityStatusMiddleware: () => (next) => (args) => {
          const name = agentName(args.activity);
          const status = next(args);
          return name ? [`${name} · `, status] : status;
        },
        avatarMiddleware: () => (next) => (args) => {
          const name = !args.fromUser && agentName(args.activity);
          return name ? () => initials(name) : next(args);
        },
        locale: localeOf(),
        styleOptions: {
          accent: '#0f4c5c',
          botAvatarInitials: 'FB',
          userAvatarInitials: 'You',
          bubbleBorderRadius: 10,
          bubbleFromUserBackground: '#e4f3ec',
          bubbleFromUserBorderRadius: 10,
          hideUploadButton: true,
          suggestedActionLayout: 'flow',
          sendTypingIndicator: false,
        },
      },
      host,
    );
  render();
  host.querySelector('input, textarea')?.focus();
})();
