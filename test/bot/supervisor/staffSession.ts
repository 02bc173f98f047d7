/** A signed-in staff member's cookie and CSRF token, as the pages hold them. */
export interface StaffSession {
  cookie: string;
  csrf: string;
  get(path: string): Promise<Response>;
  send(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, withCsrf?: boolean): Promise<Response>;
}

export async function signIn(url: string, name: string, password: string): Promise<StaffSession> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${name} failed: ${res.status}`);
  const cookie = String(res.headers.get('set-cookie')).split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    cookie,
    csrf: csrfToken,
    get: (path) => fetch(`${url}${path}`, { headers: { Cookie: cookie } }),
    send: (method, path, body, withCsrf = true) =>
      fetch(`${url}${path}`, {
        method,
        headers: { Cookie: cookie, 'Content-Type': 'application/json', ...(withCsrf ? { 'X-CSRF-Token': csrfToken } : {}) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}
