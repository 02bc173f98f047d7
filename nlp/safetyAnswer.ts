import { parseConfirmation } from './confirmation';
import { normalize } from './text';

/**
 * The answer to "are you safe right now?". Anything that doubts it ("not really", "I don't know")
 * reads as not safe, and so does a message that says both: a hand-over to a person costs little.
 */
const NOT_SAFE =
  /\b(?:not|isn'?t|am not|i'?m not|im not|don'?t feel|dont feel) (?:very |really |feeling )?(?:safe|ok|okay|alright|all right|fine|good)\b|\bunsafe\b|\bin danger\b|\bnot sure\b|\bdon'?t know\b|\bdont know\b|\bno idea\b|\bmaybe\b|\bsurakshit nahi\b|\bthik nahi\b|\btheek nahi\b|\btak selamat\b|\btidak selamat\b|सुरक्षित नहीं|ठीक नहीं/;
const SAFE =
  /\b(?:i'?m|im|i am|i feel|feeling|yes|yeah|yep) (?:safe|ok|okay|fine|alright|all right)\b|^(?:safe|i'?m good|all good|i'll be (?:ok|okay|fine))\b|\b(?:haan|han|ha|ji) (?:theek|thik) (?:hoon|hun|hu)\b|\bsaya (?:ok|okay|selamat)\b|\bselamat\b|मैं ठीक हूँ|सुरक्षित हूँ/;

export function parseSafetyAnswer(text: string): 'safe' | 'not_safe' | null {
  const answer = normalize(text);
  if (NOT_SAFE.test(answer)) return 'not_safe';
  if (SAFE.test(answer)) return 'safe';
  const confirmed = parseConfirmation(text);
  return confirmed === null ? null : confirmed === 'yes' ? 'safe' : 'not_safe';
}
