import type { TurnContext } from 'botbuilder';
import type { IntakeState } from '../models/intake/intakeState';
import { chosenLanguage, writtenIn } from '../models/i18n/languageChoice';
import { BORROWER_LANGUAGES, DEFAULT_LANGUAGE, OWN_NAMES, borrowerLocale } from '../models/i18n/languages';
import { englishLabel } from '../models/i18n/tappedLabel';
import { recordDecision } from './recordDecision';
import { withQuickReplies } from './replies';
import { speech, type SpeechServices } from './speech';

/** `chosen`: the message only named a language; `picker`: it asked to change one and was shown the choices. */
export type LanguageTurn = 'chosen' | 'picker' | undefined;

/**
 * A quick reply tapped in Hindi or Malay is read as its English label, which every step compares
 * against; the transcript keeps what the borrower sent (it is written before the dialogs run).
 */
export function readTappedLabel(context: TurnContext): void {
  const english = englishLabel(context.activity.text ?? '');
  if (english !== undefined) context.activity.text = english;
}

const STAMPED = Symbol('languageStamped');

/**
 * Every message the bot sends this turn carries the borrower's language as it is when it is sent (a
 * switch earlier in the turn counts): `locale`, and `channelData.language`, which the Web Chat page
 * reads to show its own labels in that language. Agents' messages are not sent through here, so a
 * page never switches language on what a person typed.
 */
export function stampLanguage(context: TurnContext, intake: () => Promise<IntakeState>, deploymentLocale: string): void {
  if (context.turnState.get(STAMPED)) return;
  context.turnState.set(STAMPED, true);
  context.onSendActivities(async (_context, activities, next) => {
    const language = (await intake()).language ?? DEFAULT_LANGUAGE;
    for (const activity of activities) {
      if (activity.type !== 'message') continue;
      activity.locale = borrowerLocale(language, deploymentLocale);
      activity.channelData = { ...activity.channelData, language };
    }
    return next();
  });
}

/** The language buttons, each in its own language. */
export async function showLanguagePicker(context: TurnContext, services: SpeechServices, intake: IntakeState): Promise<void> {
  await context.sendActivity(
    withQuickReplies(
      speech(services, intake)('language.pick'),
      BORROWER_LANGUAGES.map((l) => OWN_NAMES[l]),
    ),
  );
}

/**
 * What the message says about the borrower's language, before anything else reads it: a language
 * named ("Hindi", "हिंदी", "Bahasa Melayu") or asked for ("change language") at any step, and
 * a message plainly written in Hindi or Malay, which switches to it. The very first message sets
 * the language silently (the welcome is then in it); later ones say so. Hinglish stays in the
 * language the borrower has (English unless they picked Hindi).
 */
export async function readLanguage(context: TurnContext, services: SpeechServices, intake: IntakeState): Promise<LanguageTurn> {
  const text = context.activity.text ?? '';
  const choice = chosenLanguage(text);
  if (choice === 'ask') {
    await showLanguagePicker(context, services, intake);
    return 'picker';
  }
  if (choice) {
    await switchTo(context, services, intake, choice, 'chosen');
    return 'chosen';
  }
  const written = writtenIn(text);
  if (!written || written === (intake.language ?? 'en')) return undefined;
  const first = intake.language === undefined && intake.stage === 'welcome' && !intake.consentAt;
  if (first) {
    intake.language = written;
    await recordDecision(context, 'language', { language: written, how: 'first_message' });
  } else await switchTo(context, services, intake, written, 'detected');
  return undefined;
}

async function switchTo(
  context: TurnContext,
  services: SpeechServices,
  intake: IntakeState,
  language: NonNullable<IntakeState['language']>,
  how: 'chosen' | 'detected',
): Promise<void> {
  intake.language = language;
  await recordDecision(context, 'language', { language, how });
  await context.sendActivity(speech(services, intake)('language.switched'));
}
