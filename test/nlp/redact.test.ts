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
