import { describe, expect, it } from 'vitest';
import { DocumentCampaignStore } from '../../../../bot/casework/outreach/documentCampaignStore';
import { CONTACT_PROFILES, JURISDICTIONS, type Jurisdiction } from '../../../../models/outreach/contactProfiles';
import { DEFAULT_LENDER_RULES, withinWindow, type ContactHold } from '../../../../models/outreach/contactRules';
import type { OutreachCandidate } from '../../../../models/outreach/segment';
import { localTime } from '../../../../models/shared/localTime';
import { createRandom } from '../../../../models/shared/random';
import { memoryBackend } from '../../../support/memoryDocuments';
import { campaign, indianBorrowers, schedulerOver, type SenderCall } from './schedulerHarness';

const ZONES: Record<Jurisdiction, string[]> = {
  IN: ['Asia/Kolkata'],
  MY: ['Asia/Kuala_Lumpur'],
  UK: ['Europe/London'],
  US: ['America/New_York', 'America/Los_Angeles', 'America/Anchorage'],
};
const HOLDS: ContactHold[] = ['bereavement', 'vulnerability', 'manual'];
const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Random campaigns, loans, zones and clocks through the real scheduler and
 * store, with facts changing while messages are queued: every message that
 * actually goes out is checked against the facts as they were at that moment.
 */
async function run(seed: number): Promise<{ calls: number; problems: string[] }> {
  const random = createRandom(seed);
  const start = Date.UTC(2026, random.int(12), 1 + random.int(27), random.int(24));
  const borrowers: OutreachCandidate[] = indianBorrowers(30, seed).map((b) => {
    const jurisdiction = JURISDICTIONS[random.int(JURISDICTIONS.length)];
    return { ...b, jurisdiction, timeZone: ZONES[jurisdiction][random.int(ZONES[jurisdiction].length)] };
  });
  const campaigns = [0, 1].map((i) =>
    campaign({
      id: `cmp_${seed.toString(16).padStart(15, '0')}${i}`,
      channels: random.chance(0.5) ? ['whatsapp'] : ['whatsapp', 'sms'],
      steps: [0, 1 + random.int(3)],
      start: new Date(start).toISOString(),
      dailyCap: 1 + random.int(6),
      holdoutShare: random.chance(0.5) ? 0.1 : 0,
    }),
  );
  const store = new DocumentCampaignStore(memoryBackend());
  for (const c of campaigns) await store.saveCampaign(c);
  const clock = { now: new Date(start) };
  const calls: SenderCall[] = [];
  const scheduler = schedulerOver(store, borrowers, clock, calls, seed);
  const problems: string[] = [];
  let checked = 0;
  while (clock.now.getTime() < start + 9 * DAY) {
    // The world changes between ticks: STOPs, disputes, holds, moratoria, crisis disclosures.
    const b = borrowers[random.int(borrowers.length)];
    const roll = random.next();
    if (roll < 0.05) b.facts.optedOut = [random.chance(0.5) ? 'whatsapp' : 'sms'];
    else if (roll < 0.08) b.facts.openDispute = true;
    else if (roll < 0.11) b.facts.openComplaint = true;
    else if (roll < 0.14) b.facts.holds = [HOLDS[random.int(3)]];
    else if (roll < 0.17) b.facts.moratoriumUntil = new Date(clock.now.getTime() + random.int(10) * DAY).toISOString();
    else if (roll < 0.2) b.facts.crisisAt = clock.now.toISOString();
    else if (roll < 0.23) b.facts.holds = [];
    const facts = new Map(borrowers.map((x) => [x.loan.Loan_ID, structuredClone(x)]));
    await scheduler.tick();
    for (const call of calls.slice(checked)) {
      const c = facts.get(call.loanId)!;
      const f = c.facts;
      const at = call.at.getTime();
      const why = `${call.key} at ${call.at.toISOString()} (${c.timeZone})`;
      if (!withinWindow(call.at, c.timeZone, CONTACT_PROFILES[c.jurisdiction])) problems.push(`outside hours: ${why}`);
      if (f.optedOut.includes(call.channel as 'whatsapp')) problems.push(`opted out: ${why}`);
      if (f.openDispute || f.openComplaint || f.holds.length > 0) problems.push(`dispute/complaint/hold: ${why}`);
      if (f.moratoriumUntil && Date.parse(f.moratoriumUntil) > at) problems.push(`moratorium: ${why}`);
      if (f.crisisAt && at - Date.parse(f.crisisAt) < DEFAULT_LENDER_RULES.crisisCoolingOffDays * DAY) problems.push(`crisis cooling-off: ${why}`);
    }
    checked = calls.length;
    clock.now = new Date(clock.now.getTime() + (10 + random.int(110)) * MINUTE);
  }
  const keys = calls.map((c) => c.key);
  if (new Set(keys).size !== keys.length) problems.push('a key was sent twice');
  const count = (key: (c: SenderCall) => string) => calls.reduce((m, c) => m.set(key(c), (m.get(key(c)) ?? 0) + 1), new Map<string, number>());
  const zoneOf = new Map(borrowers.map((b) => [b.loan.Loan_ID, b.timeZone]));
  for (const [k, n] of count((c) => `${c.loanId}@${localTime(c.at, zoneOf.get(c.loanId)!).date}`))
    if (n > DEFAULT_LENDER_RULES.maxPerBorrowerPerDay) problems.push(`${n} messages to ${k} in one local day`);
  for (const [k, n] of count((c) => `${c.campaignId}@${localTime(c.at, 'Asia/Kolkata').date}`)) {
    const cap = campaigns.find((c) => k.startsWith(c.id))!.dailyCap;
    if (n > cap) problems.push(`${n} sends by ${k} over its cap of ${cap}`);
  }
  for (const c of calls) {
    const week = calls.filter((x) => x.loanId === c.loanId && x.at <= c.at && c.at.getTime() - x.at.getTime() < 7 * DAY).length;
    if (week > DEFAULT_LENDER_RULES.maxAttemptsPerWeek) problems.push(`${week} attempts in 7 days to ${c.loanId}`);
  }
  return { calls: calls.length, problems };
}

describe('outreach scheduler properties', () => {
  it('never sends outside hours, above a cap, or to an opted-out, disputed, held, moratorium or cooling-off borrower', async () => {
    let total = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const { calls, problems } = await run(seed);
      expect(problems, `seed ${seed}`).toEqual([]);
      total += calls;
    }
    // The property is not vacuous: messages did go out.
    expect(total).toBeGreaterThan(30);
  }, 120_000);
});
