import { afterAll, describe, expect, it } from 'vitest';
import { signLink } from '../../../../bot/infra/security/signedLink';
import { fileBackend } from '../../../../bot/infra/storage/fileBackend';
import { computeBudget, makeOffers } from '../../../../models/offers';
import { budgetInput, loan as fixtureLoan, policy } from '../../../models/offers/fixtures';
import { StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';
import { testSchema } from '../../../support/postgresSchema';

const schema = await testSchema();
afterAll(() => schema.drop());

/** A real server with one arrangement accepted in `language` by LN_90002 (a demo loan, with a date of birth and phone on file). */
async function withArrangement(language: 'en' | 'hi' | 'ms' = 'en', env: Record<string, string> = {}) {
  const running = await startTestApp({ PUBLIC_URL: 'https://help.northwind.example', ...env });
  const { app } = running;
  const loan = app.loanBook.get('LN_90002')!;
  const now = new Date();
  const { plans } = makeOffers(
    {
      loan: fixtureLoan({ Loan_ID: loan.Loan_ID }),
      risk: { probability: 0.3, band: 'medium' },
      budget: computeBudget(budgetInput(3000), policy),
      vulnerable: false,
      crisis: false,
      temporary: true,
      today: now,
    },
    policy,
  );
  const arrangement = app.services.offers.createArrangement({ loan, plan: plans[0], channel: 'directline', now, language });
  await app.arrangements.save(arrangement);
  const link = (await app.services.confirmations!.issue(arrangement.reference, { conversation: 'directline:c1', actor: 'bot' }))!;
  const secret = env.STORE ? Buffer.alloc(0) : await fileBackend(running.config.dataDir).secret('confirmation');
  return { ...running, loan, arrangement, link, secret, path: new URL(link.url).pathname };
}

const expectPlainHeaders = (res: Response) => {
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('x-robots-tag')).toMatch(/noindex/);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; base-uri 'none'/);
};

describe('GET /confirmation/<token>', () => {
  it('shows the recorded terms with their digest, in the borrower language, without date of birth, phone or the full loan reference', async () => {
    const { url, loan, arrangement, link, path, config } = await withArrangement('hi');
    expect(link.url.startsWith('https://help.northwind.example/confirmation/')).toBe(true);
    const days = (link.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(config.CONFIRMATION_LINK_DAYS);
    const res = await fetch(`${url}${path}`);
    expect(res.status).toBe(200);
    expectPlainHeaders(res);
    const html = await res.text();
    expect(html).toContain('<html lang="hi">');
    expect(html).toContain('आपकी भुगतान व्यवस्था की पुष्टि');
    expect(html).toContain(arrangement.termsDigest!);
    expect(html).toContain(arrangement.reference);
    expect(html).toContain('Northwind Lending');
    expect(html).toMatch(/अगर कोई भुगतान छूट जाए[\s\S]*CIBIL/);
    expect(html).toMatch(/RBI Integrated Ombudsman/);
    expect(html).toContain('••••0002');
    expect(html).not.toContain(loan.Loan_ID);
    expect(loan.Date_Of_Birth && loan.Phone).toBeTruthy();
    for (const pii of [loan.Date_Of_Birth, loan.Phone, loan.Phone?.replace(/\D/g, '')].filter((v): v is string => Boolean(v))) expect(html).not.toContain(pii);
    expect(html).toContain('₹');
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|@import|url\(/);
    // Every instalment of the plan, not just the first few the arrangement lists.
    expect(html.match(/<td class="amount">/g)).toHaveLength(arrangement.terms!.schedule.length);
  });

  it('answers forged, tampered, expired, malformed, oversize and unknown links with a plain page and the right status', async () => {
    const { url, arrangement, path, secret } = await withArrangement();
    const token = path.split('/').pop()!;
    const [id, issued, expiry, mac] = token.split('.');
    const cases: [string, number][] = [
      [`${id}.${issued}.${expiry}.${'0'.repeat(64)}`, 403],
      [`${id}.${issued}.${Number(expiry) + 1}.${mac}`, 403],
      [`${id}.${expiry}.${mac}`, 403],
      [signLink(arrangement.reference, new Date(Date.now() + 86_400_000), Buffer.alloc(32, 1)), 403],
      [signLink(arrangement.reference, new Date(Date.now() - 1000), secret), 410],
      ['not-a-token', 400],
      [`${token}%3Cscript%3E`, 400],
      ['A'.repeat(5000), 400],
      [`${token}/extra`, 400],
      [signLink('FB-ZZZZZZ', new Date(Date.now() + 86_400_000), secret), 404],
    ];
    for (const [bad, status] of cases) {
      const res = await fetch(`${url}/confirmation/${bad}`);
      expect(res.status, bad.slice(0, 40)).toBe(status);
      expectPlainHeaders(res);
      const html = await res.text();
      expect(html).toMatch(/This confirmation link cannot be opened/);
      expect(html).not.toMatch(/at \w+ \(|node_modules|Error:|<script/);
      expect(html).not.toContain(arrangement.reference);
      expect(html).not.toContain(bad.slice(0, 20));
    }
  });

  it("answers in the borrower's language: the browser's for a link that is not ours, the accepted one for an expired link", async () => {
    const { url, arrangement, secret } = await withArrangement('hi');
    const forged = await fetch(`${url}/confirmation/not-a-token`, { headers: { 'Accept-Language': 'ms-MY,ms;q=0.9,en;q=0.5' } });
    expect(forged.status).toBe(400);
    const malay = await forged.text();
    expect(malay).toContain('<html lang="ms">');
    expect(malay).toContain('Pautan pengesahan ini tidak dapat dibuka');
    // Quality values rank, unknown and malformed parts are skipped, and no match falls back to English.
    const ranked = await fetch(`${url}/confirmation/not-a-token`, { headers: { 'Accept-Language': 'fr;q=1, en;q=0.2, hi;q=0.8, ;;q=x' } });
    expect(await ranked.text()).toContain('यह पुष्टि लिंक नहीं खुल सकता');
    const none = await fetch(`${url}/confirmation/not-a-token`, { headers: { 'Accept-Language': 'fr-FR, de;q=0.5' } });
    expect(await none.text()).toContain('This confirmation link cannot be opened');
    const expired = await fetch(`${url}/confirmation/${signLink(arrangement.reference, new Date(Date.now() - 1000), secret)}`, {
      headers: { 'Accept-Language': 'en' },
    });
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('इस लिंक की समय-सीमा खत्म हो गई है');
  });

  it('is audited when issued, and supervisors see the digest with the arrangement', async () => {
    const { url, app, arrangement } = await withArrangement('ms');
    const [entry] = await app.audit.read({ action: 'arrangement.confirmation_link' });
    expect(entry).toMatchObject({ actor: 'bot', targets: [arrangement.reference, 'directline:c1'], detail: { termsDigest: arrangement.termsDigest } });
    const { status, json } = await (await StaffClient.signIn(url, 'supervisor')).get('/api/supervisor/arrangements');
    expect(status).toBe(200);
    expect((json.items as Record<string, unknown>[])[0]).toMatchObject({
      reference: arrangement.reference,
      termsDigest: arrangement.termsDigest,
      termsLanguage: 'ms',
      policyVersion: policy.version,
    });
  });

  it.skipIf(schema.unreachable !== null)('on PostgreSQL: the terms and digest are stored, and a link issued by one instance opens on another', async () => {
    const env = { STORE: 'postgres', DATABASE_URL: schema.url };
    const { arrangement, path } = await withArrangement('en', env);
    const other = await startTestApp(env);
    expect((await other.app.arrangements.load(arrangement.reference))?.termsDigest).toBe(arrangement.termsDigest);
    const res = await fetch(`${other.url}${path}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(arrangement.termsDigest!);
  });
});
