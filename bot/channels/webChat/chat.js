// Borrower chat page: Microsoft Web Chat over this server's own Direct Line endpoint.
// The conversation token is kept for this tab only, so a reload resumes the same chat.
(async function main() {
  const domain = `${location.origin}/v3/directline`;
  const config = await fetch('/api/public/config')
    .then((r) => r.json())
    .catch(() => ({}));
  if (config.lenderName) {
    document.getElementById('lender').textContent = `${config.lenderName} · Payment support`;
    document.title = `${config.lenderName} · Payment support`;
  }
  if (config.privacyUrl) document.getElementById('privacy').href = config.privacyUrl;

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
    if (probe && probe.ok) saved.token = (await probe.json()).token;
    else saved = null;
  }
  let session = saved;
  if (!session) {
    const res = await fetch(`${domain}/tokens/generate`, { method: 'POST' });
    session = await res.json();
    sessionStorage.setItem('forbear.chat', JSON.stringify({ token: session.token, conversationId: session.conversationId }));
  }

  const directLine = window.WebChat.createDirectLine({
    domain,
    token: session.token,
    conversationId: saved ? saved.conversationId : undefined,
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

  window.WebChat.renderWebChat(
    {
      directLine,
      activityStatusMiddleware: () => (next) => (args) => {
        const name = agentName(args.activity);
        const status = next(args);
        return name ? [`${name} · `, status] : status;
      },
      avatarMiddleware: () => (next) => (args) => {
        const name = !args.fromUser && agentName(args.activity);
        return name ? () => initials(name) : next(args);
      },
      locale: config.locale || 'en-IN',
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
    document.getElementById('webchat'),
  );
  document.querySelector('#webchat input, #webchat textarea')?.focus();
})();
