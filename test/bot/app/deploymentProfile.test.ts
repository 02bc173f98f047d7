import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../bot/app/config';
import { AgentAvailability } from '../../../bot/casework/cases/agentAvailability';
import { loadCannedResponses } from '../../../bot/staff/agents/cannedResponses';
import { generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';

describe('DEPLOYMENT_PROFILE', () => {
  it('defaults to India: en-IN, INR, Asia/Kolkata, Tele-MANAS, agent hours in local time', () => {
    const c = loadConfig({});
    expect([c.LOCALE, c.CURRENCY, c.TIME_ZONE, c.HELPLINE_NUMBER, c.AGENT_HOURS]).toEqual(['en-IN', 'INR', 'Asia/Kolkata', '14416', '09:00-19:00']);
  });

  it('gives Malaysia and the UK their own services, and single settings still override', () => {
    expect(loadConfig({ DEPLOYMENT_PROFILE: 'malaysia' }).profile.debtAdvice.name).toMatch(/AKPK/);
    const uk = loadConfig({ DEPLOYMENT_PROFILE: 'uk', HELPLINE_NUMBER: '999 000' });
    expect([uk.TIME_ZONE, uk.HELPLINE_NAME, uk.HELPLINE_NUMBER]).toEqual(['Europe/London', 'Samaritans', '999 000']);
  });

  it.each([
    [{ DEPLOYMENT_PROFILE: 'mars' }, 'DEPLOYMENT_PROFILE'],
    [{ TIME_ZONE: 'Asia/Nowhere' }, 'TIME_ZONE'],
  ])('rejects %o', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as ConfigError).variable).toBe(variable);
    }
  });

  it('agent hours are the zone’s wall clock: 09:00 IST is 03:30 UTC', () => {
    const a = new AgentAvailability({ hours: '09:00-19:00', days: 'Mon-Sat', timeZone: 'Asia/Kolkata', capacity: 3, avgHandleMinutes: 8 });
    expect(a.isOpen(new Date('2026-12-02T03:29:00Z'))).toBe(false);
    expect(a.isOpen(new Date('2026-12-02T03:30:00Z'))).toBe(true);
    expect(a.isOpen(new Date('2026-12-02T13:29:00Z'))).toBe(true);
    expect(a.isOpen(new Date('2026-12-02T13:30:00Z'))).toBe(false);
  });

  it('canned replies name the market’s ombudsman, and the demo book uses its phone format', () => {
    const canned = loadCannedResponses({ ombudsman: 'the RBI Integrated Ombudsman', debtAdvice: 'x', helpline: 'y' });
    expect(canned.map((r) => r.text).join(' ')).toContain('the RBI Integrated Ombudsman');
    expect(canned.map((r) => r.text).join(' ')).not.toMatch(/\{|Financial Ombudsman Service/);
    const [first] = generateLoanBook({ n: 3, seed: 1 });
    expect(first.Phone).toBe('+919876500101');
  });
});
