import { LOCAL_NO, LOCAL_YES } from './confirmationLocal';
import { normalize } from './text';

/** Yes/no for dialog confirmations, in English here and the borrowers' other languages in nlp/confirmationLocal; null when the answer is neither or both. */
const NO =
  /^(?:not really|not quite|incorrect|wrong|negative|n)\b|(?:^|\s)(?:no|nope|nah|naw)\b(?! problem| worries)|\b(?:that'?s|that is|it'?s|its) (?:not (?:right|correct|true)|wrong|incorrect)\b|\bnot (?:right|correct|true)\b|👎/;
const YES =
  /^(?:yes|yep|yeah|yea|ya|yup|yh|y|sure|correct|right|exactly|absolutely|definitely|ok|okay|affirmative|confirm(?:ed)?|indeed|of course|aye|that'?s (?:right|correct|it|true)|that is (?:right|correct)|it is|spot on)\b|👍|✅/;

export function parseConfirmation(text: string): 'yes' | 'no' | null {
  const answer = normalize(text).replace(/^[^\p{L}\p{N}\p{Extended_Pictographic}]+/u, '');
  if (answer.length === 0 || answer.length > 200) return null;
  const no = NO.test(answer) || LOCAL_NO.test(answer);
  const yes = YES.test(answer) || LOCAL_YES.test(answer);
  if (no === yes) return null;
  return no ? 'no' : 'yes';
}
