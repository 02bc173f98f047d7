import type { TurnContext } from 'botbuilder';
import type { Analysis } from '../models/language/analysis';
import type { LanguageUnderstanding } from '../models/ports/language';

const KEY = Symbol('forbear.turnAnalysis');

/** The NLP reading of this turn's message, computed once and shared by the interruption check and the step. */
export function analyzeTurn(context: TurnContext, nlp: LanguageUnderstanding, today: Date): Analysis {
  const cached = context.turnState.get(KEY) as Analysis | undefined;
  if (cached) return cached;
  const analysis = nlp.analyze(context.activity.text ?? '', { today });
  context.turnState.set(KEY, analysis);
  return analysis;
}
