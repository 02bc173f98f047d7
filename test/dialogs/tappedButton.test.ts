import { describe, expect, it } from 'vitest';
import { tapped } from '../../dialogs/replies';
import { translate } from '../../models/i18n/translate';

describe('a tapped button, whatever language it was drawn in', () => {
  it("matches the label in the borrower's language and in English, ignoring case and spacing; nothing else", () => {
    expect(tapped('योजना बदलें', 'button.changePlan', translate, 'hi')).toBe(true);
    expect(tapped('  change the PLAN ', 'button.changePlan', translate, 'hi')).toBe(true);
    expect(tapped(translate('ms', 'button.needTime'), 'button.needTime', translate, 'ms')).toBe(true);
    expect(tapped('योजना बदलें', 'button.changePlan', translate, 'en')).toBe(false);
    expect(tapped('change the plan please', 'button.changePlan', translate)).toBe(false);
    expect(tapped('', 'button.catchUp', translate, 'hi')).toBe(false);
  });
});
