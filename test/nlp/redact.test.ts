import { describe, expect, it } from 'vitest';
import { redact } from '../../nlp/redact';

describe('redact', () => {
  it('masks Luhn-valid card numbers only', () => {
    expect(redact('card 4111 1111 1111 1111 ok')).toBe('card [REDACTED:card] ok');
    expect(redact('card 4111-1111-1111-1112')).not.toContain('REDACTED:card');
  });

  it('masks emails, SSNs, national ids, phones, accounts and dates of birth', () => {
    expect(redact('mail jo.bloggs+x@example.co.uk now')).toBe('mail [REDACTED:email] now');
    expect(redact('ssn 123-45-6789')).toBe('ssn [REDACTED:ssn]');
    expect(redact('NI number AB 12 34 56 C')).toBe('NI number [REDACTED:national_id]');
    expect(redact('mykad 850312-14-5678')).toBe('mykad [REDACTED:national_id]');
    expect(redact('call +44 7700 900123 or 07700 900123')).toBe('call [REDACTED:phone] or [REDACTED:phone]');
    expect(redact('sort code 20-00-00 account number 12345678')).toBe('sort code [REDACTED:account] account number [REDACTED:account]');
    expect(redact('iban GB29 NWBK 6016 1331 9268 19')).toBe('iban [REDACTED:account]');
    expect(redact('dob 12/03/1985 and born 4 July 1990')).toBe('[REDACTED:dob] and [REDACTED:dob]');
  });

  it('masks the token of a written-confirmation link, keeping the page it points to', () => {
    const link = 'https://pay.example.in/confirmation/ARR-20261203-ab12.1767225600.9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    expect(redact(`Your written confirmation: ${link} (valid until 2 January 2027).`)).toBe(
      'Your written confirmation: https://pay.example.in/confirmation/[REDACTED:link] (valid until 2 January 2027).',
    );
    expect(redact('see /confirmation/abc.def')).toBe('see /confirmation/[REDACTED:link]');
  });

  it('leaves ordinary money and counts alone', () => {
    const text = 'I can pay £150 a month for 6 months, 2 kids';
    expect(redact(text)).toBe(text);
    expect(redact('')).toBe('');
  });

  it('copes with 10,000 characters of hostile input', () => {
    const hostile = ('9'.repeat(60) + ' +' + '1 '.repeat(40) + 'a@' + 'b.'.repeat(50)).repeat(40).slice(0, 10_000);
    const out = redact(hostile);
    expect(typeof out).toBe('string');
    expect(redact('x'.repeat(10_000))).toBe('x'.repeat(10_000));
  });
});

describe('redact: India, Malaysia and the UK (issue #13)', () => {
  it.each([
    ['Aadhaar (Verhoeff-valid)', 'my aadhaar is 2345 6789 0124', 'REDACTED:aadhaar'],
    ['Aadhaar as probed (4-4-4, check digit wrong)', 'aadhaar 2345 6789 0123', 'REDACTED:aadhaar'],
    ['PAN, upper case', 'PAN ABCPE1234K', 'REDACTED:pan'],
    ['PAN, lower case', 'pan abcpe1234k', 'REDACTED:pan'],
    ['bare Indian mobile', 'call me on 9876543210', 'REDACTED:phone'],
    ['spaced Indian mobile', 'call me on 98765 43210', 'REDACTED:phone'],
    ['+91 mobile', 'call +91 98765 43210', 'REDACTED:phone'],
    ['+91 joined', 'call +919876543210', 'REDACTED:phone'],
    ['UPI id', 'pay to 9876543210@ybl please', 'REDACTED:upi'],
    ['UPI name', 'my upi is ravi.k@okaxis', 'REDACTED:upi'],
    ['UK landline with brackets', 'ring (020) 7946 0123', 'REDACTED:phone'],
    ['card with dots', 'card 4111.1111.1111.1111', 'REDACTED:card'],
    ['DOB in words', 'it is 17th August 1969', 'REDACTED:dob'],
    ['DOB US style', 'August 17, 1969 is my birthday', 'REDACTED:dob'],
    ['DOB ISO', 'dob is 1969-08-17', 'REDACTED:dob'],
    ['MyKad with dashes', 'IC 690817-14-5123', 'REDACTED:national_id'],
    ['MyKad plain', 'IC 690817145123', 'REDACTED:national_id'],
  ])('%s', (_name, text, tagged) => {
    const out = redact(text);
    expect(out).toContain(tagged);
    expect(out).not.toMatch(/\d{4}/);
  });

  it('finds the Aadhaar check digit', () => {
    // 2345 6789 0124 is Verhoeff-valid; changing the last digit makes it not.
    const { verhoeffValid, invalid } = { verhoeffValid: '234567890124', invalid: '234567890125' };
    expect(redact(verhoeffValid)).toContain('aadhaar');
    expect(redact(invalid)).not.toContain('aadhaar');
  });

  it('keeps what the bot says readable: amounts, loan references, payment dates', () => {
    const text = 'Your first payment of ₹16,689.54 is due on 23 December 2026. Your reference is FB-DXAJ2M. Loan LN_90002, income 58500.';
    expect(redact(text)).toBe(text);
  });
});
