/** The slice of NLP.js (node-nlp 4, untyped) that the evaluation baseline uses. */
declare module 'node-nlp' {
  export interface NlpEntity {
    start: number;
    end: number;
    entity: string;
    sourceText: string;
    resolution?: { value?: number | string; values?: { timex?: string }[] };
  }
  export interface NlpResult {
    intent: string;
    score: number;
    classifications: { intent: string; score: number }[];
    entities: NlpEntity[];
  }
  export class NlpManager {
    constructor(settings?: { languages?: string[]; forceNER?: boolean; autoSave?: boolean; nlu?: { log?: boolean } });
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}
