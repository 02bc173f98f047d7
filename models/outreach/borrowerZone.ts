import type { ProfileId } from '../locale/deploymentProfile';
import { CONTACT_PROFILES, type Jurisdiction } from './contactProfiles';

const PROFILE_JURISDICTION: Record<ProfileId, Jurisdiction> = { india: 'IN', malaysia: 'MY', uk: 'UK' };

/** Longest prefixes first: the country code of an E.164 number decides whose rules protect the borrower. */
const CALLING_CODES: [string, Jurisdiction][] = [
  ['+91', 'IN'],
  ['+60', 'MY'],
  ['+44', 'UK'],
  ['+1', 'US'],
];

/**
 * The jurisdiction and time zone a loan's contact rules are read in: the
 * borrower's phone country when the book has one we know, else the
 * deployment's market (and its configured TIME_ZONE).
 */
export function borrowerZone(phone: string | undefined, deployment: ProfileId, deploymentTimeZone: string): { jurisdiction: Jurisdiction; timeZone: string } {
  const home = PROFILE_JURISDICTION[deployment];
  const jurisdiction = CALLING_CODES.find(([code]) => phone?.replace(/[\s-]/g, '').startsWith(code))?.[1] ?? home;
  return { jurisdiction, timeZone: jurisdiction === home ? deploymentTimeZone : CONTACT_PROFILES[jurisdiction].defaultTimeZone };
}
