import { StaffClient } from '../../../support/staffClient';

/** A signed-in staff member's cookie and CSRF token, as the pages hold them; answers are raw responses. */
export interface StaffSession {
  cookie: string;
  csrf: string;
  get(path: string): Promise<Response>;
  send(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, withCsrf?: boolean): Promise<Response>;
}

export async function signIn(url: string, name: string, password: string): Promise<StaffSession> {
  const client = await StaffClient.signIn(url, name, password);
  return {
    cookie: client.cookie,
    csrf: client.csrf,
    get: (path) => client.raw('GET', path),
    send: (method, path, body, withCsrf = true) => client.raw(method, path, body, withCsrf ? {} : { csrf: null }),
  };
}
