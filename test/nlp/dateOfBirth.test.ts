import { describe, expect, it } from 'vitest';
import { parseDateOfBirth } from '../../nlp/dateOfBirth';

describe('parseDateOfBirth', () => {
  const today = new Date('2025-01-15T12:00:00Z');
  it.each([
    ['12/03/1985', '1985-03-12'],
    ['12 March 1985', '1985-03-12'],
    ['12th of march 1985', '1985-03-12'],
    ['March 12, 1985', '1985-03-12'],
    ['1985-03-12', '1985-03-12'],
    ['my dob is 01.02.90', '1990-02-01'],
  ])('%s', (text, iso) => expect(parseDateOfBirth(text, today)).toBe(iso));

  it.each(['31/02/1985', '1985-13-01', 'yesterday', '', '12/03/2030', '01/01/1850'])('rejects %s', (text) => expect(parseDateOfBirth(text, today)).toBeNull());
});
