import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BORROWER_LANGUAGES, borrowerLocale } from '../../../models/i18n/languages';
import { sayIn } from '../../../models/i18n/translate';

/** The borrower's Web Chat page (HTML, script, styles) lives beside this file. */
export const WEB_CHAT_DIR = path.dirname(fileURLToPath(import.meta.url));
export const WEB_CHAT_PAGE = path.join(WEB_CHAT_DIR, 'chat.html');

/** The page's own words in each borrower language, and the locale Web Chat's own labels take in it. */
export function webChatChrome(lenderName: string, deploymentLocale: string) {
  return Object.fromEntries(
    BORROWER_LANGUAGES.map((language) => {
      const say = sayIn(language);
      return [
        language,
        {
          locale: borrowerLocale(language, deploymentLocale),
          title: say('page.title', { lenderName }),
          subtitle: say('page.subtitle'),
          privacy: say('page.privacy'),
          note: say('page.note'),
          loading: say('page.loading'),
          failed: say('page.failed'),
        },
      ];
    }),
  );
}
