import { describe, expect, it } from 'vitest';
import { SignedConfirmationLinks } from '../../bot/casework/arrangements/confirmationLinks';
import type { AuditEntry } from '../../bot/casework/audit/auditLog';
import { checkLink } from '../../bot/infra/security/signedLink';
import { termsDigest } from '../../models/offers';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';
import { TO, walk } from '../support/intakePaths';

const secret = Buffer.alloc(32, 5);

/** The bot's own services with a real link signer over the in-memory arrangements; the audit entries are kept. */
function withConfirmations() {
  const { services, ports } = intakeServices();
  const audited: Omit<AuditEntry, 'at'>[] = [];
  const confirmations = new SignedConfirmationLinks({
    arrangements: { load: async (reference) => ports.arrangements.saved.find((a) => a.reference === reference) },
    audit: { append: async (entry) => (audited.push(entry), { ...entry, at: services.now().toISOString() }) },
    ...{ secret, baseUrl: 'https://help.northwind.example/', days: 30, now: services.now },
  });
  return { services: { ...services, confirmations }, ports, audited };
}

const LANGUAGES = [
  {
    language: 'en',
    choose: 'English',
    sent: /Your written confirmation of this arrangement is here[\s\S]*works until 23 December 2026/,
    faq: /Yes\. Your written confirmation of arrangement FB-/,
  },
  { language: 'hi', choose: 'Hindi', sent: /इस व्यवस्था की आपकी लिखित पुष्टि यहाँ है[\s\S]*23 दिसंबर 2026 तक/, faq: /हाँ। व्यवस्था FB-\w+ की आपकी लिखित पुष्टि/ },
  {
    language: 'ms',
    choose: 'Malay',
    sent: /Pengesahan bertulis untuk perkiraan ini ada di sini[\s\S]*sah sehingga 23 Disember 2026/,
    faq: /Ya\. Pengesahan bertulis untuk perkiraan FB-/,
  },
] as const;

const LINK = /https:\/\/help\.northwind\.example\/confirmation\/(FB-[0-9A-Z]{6}\.\d+\.\d+\.[0-9a-f]{64})/;

describe('written confirmation after the borrower accepts', () => {
  for (const lang of LANGUAGES) {
    it(`${lang.language}: the acceptance records the terms and sends a signed link; "in writing?" afterwards answers with it`, async () => {
      const { services, ports, audited } = withConfirmations();
      const conv = new IntakeConversation(services, { channelId: 'directline' });
      await walk(conv, ['hi', lang.choose, ...TO.accepted.slice(1)]);
      const [arrangement] = ports.arrangements.saved;
      expect(arrangement.terms).toMatchObject({ language: lang.language, channel: 'directline', reference: arrangement.reference });
      expect(arrangement.termsDigest).toBe(termsDigest(arrangement.terms!));
      // The plan is recorded in the words the borrower read: their language, not the staff's English.
      if (lang.language === 'hi') expect(arrangement.terms!.title).toMatch(/\p{Script=Devanagari}/u);
      if (lang.language !== 'en') expect(arrangement.terms!.title).not.toBe(arrangement.plan.title);

      const text = conv.transcriptText();
      expect(text).toMatch(lang.sent);
      const token = LINK.exec(text)![1];
      expect(checkLink(token, secret, services.now())).toMatchObject({ ok: true, id: arrangement.reference });
      expect(audited[0]).toMatchObject({
        actor: 'bot',
        action: 'arrangement.confirmation_link',
        targets: [arrangement.reference, expect.stringMatching(/^directline:/)],
      });
      expect(audited[0].detail).toMatchObject({ termsDigest: arrangement.termsDigest });

      const answer = await conv.sayText('can I get this in writing?');
      expect(answer).toMatch(lang.faq);
      expect(answer).toMatch(LINK);
      expect(audited).toHaveLength(2);
    });
  }

  it('before any acceptance "in writing?" still gets the general answer, and no link is issued', async () => {
    const { services, audited } = withConfirmations();
    const conv = new IntakeConversation(services);
    await walk(conv, TO.story);
    const answer = await conv.sayText('can I get this in writing?');
    expect(answer).toMatch(/When you agree a plan I give you a reference/);
    expect(answer).not.toMatch(/confirmation\//);
    expect(audited).toHaveLength(0);
  });
});
