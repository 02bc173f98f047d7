import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The borrower's Web Chat page (HTML, script, styles) lives beside this file. */
export const WEB_CHAT_DIR = path.dirname(fileURLToPath(import.meta.url));
export const WEB_CHAT_PAGE = path.join(WEB_CHAT_DIR, 'chat.html');
