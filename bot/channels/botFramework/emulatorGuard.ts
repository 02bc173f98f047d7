import { isIP } from 'node:net';

/** Who may talk to `/api/messages` when no app id is configured (Emulator mode). */
export interface EmulatorPolicy {
  /** EMULATOR_ALLOW_REMOTE: accept callers beyond loopback and channel ids other than "emulator". */
  allowRemote: boolean;
  /** EMULATOR_SERVICE_URLS: origins replies may be sent to besides loopback. */
  serviceUrls: string[];
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (plain === '::1') return true;
  return isIP(plain) === 4 && plain.startsWith('127.');
}

function isLoopbackUrl(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || isLoopbackAddress(host);
}

/**
 * The unauthenticated Emulator path is for a developer's own machine: callers
 * on loopback, channel "emulator", replies to a loopback serviceUrl. Anything
 * wider is an explicit opt-in. Returns why a request is refused, or undefined.
 */
export function emulatorRefusal(
  policy: EmulatorPolicy,
  remoteAddress: string | undefined,
  activity: { channelId: string; serviceUrl: string },
): string | undefined {
  if (!policy.allowRemote && !isLoopbackAddress(remoteAddress)) return 'Unauthenticated (Emulator) traffic is accepted from this machine only';
  if (!policy.allowRemote && activity.channelId !== 'emulator') return 'Unauthenticated (Emulator) traffic must use channelId "emulator"';
  let url: URL;
  try {
    url = new URL(activity.serviceUrl);
  } catch {
    return 'serviceUrl is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'serviceUrl must be http(s)';
  if (isLoopbackUrl(url) || policy.serviceUrls.includes(url.origin)) return undefined;
  return 'serviceUrl is not allowed: replies go to loopback or EMULATOR_SERVICE_URLS only';
}
