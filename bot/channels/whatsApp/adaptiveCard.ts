import type { Choice, ChoicesAndLines } from './choice';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * An Adaptive Card read aloud, as WhatsApp has no cards: text blocks and facts
 * become lines, Submit actions become choices whose payload is the card's
 * `data`, exactly what Web Chat would post back when that button is pressed.
 */
export function summariseAdaptiveCard(card: unknown): ChoicesAndLines {
  const out: ChoicesAndLines = { choices: [], lines: [] };
  if (!isObject(card)) return out;
  readElements(list(card.body), out);
  const heading = list(card.body).find((e) => e.type === 'TextBlock' && e.weight === 'Bolder') ?? list(card.body).find((e) => e.type === 'TextBlock');
  const context = str(heading?.text);
  const first = out.choices.length;
  readActions(list(card.actions), out);
  // In a carousel every card says "Accept this plan"; the heading tells the rows apart.
  if (context) for (const choice of out.choices.slice(first)) choice.context ??= context;
  return out;
}

function readElements(elements: Json[], out: ChoicesAndLines): void {
  for (const element of elements) {
    if (element.isVisible === false) continue;
    switch (element.type) {
      case 'TextBlock':
        pushLine(out, element.text, element.weight === 'Bolder');
        break;
      case 'RichTextBlock':
        pushLine(
          out,
          list(element.inlines)
            .map((inline) => str(inline.text) ?? '')
            .join(''),
          false,
        );
        break;
      case 'FactSet':
        for (const fact of list(element.facts)) {
          const title = str(fact.title);
          const value = str(fact.value) ?? '';
          out.lines.push(title ? `${title.replace(/:$/, '')}: ${value}` : value);
        }
        break;
      case 'Container':
        if (!readLabelledValue(list(element.items), out)) readElements(list(element.items), out);
        break;
      case 'ColumnSet':
        for (const column of list(element.columns)) readElements(list(column.items), out);
        break;
      case 'Image':
        pushLine(out, element.altText, false);
        break;
      case 'ActionSet':
        readActions(list(element.actions), out);
        break;
      default:
        // Inputs cannot be filled in on WhatsApp; their label still tells the borrower what is asked.
        if (typeof element.type === 'string' && element.type.startsWith('Input.')) pushLine(out, element.label ?? element.placeholder, false);
        break;
    }
  }
}

/** A subtle caption over its figure (an offer card's figures) reads as one line: "Total you will pay: ₹6,39,013.83". */
function readLabelledValue(items: Json[], out: ChoicesAndLines): boolean {
  const [label, value] = items;
  if (items.length !== 2 || !items.every((i) => i.type === 'TextBlock' && i.isVisible !== false) || label.isSubtle !== true) return false;
  const [caption, figure] = [str(label.text), str(value.text)];
  if (!caption || !figure) return false;
  out.lines.push(`${caption.replace(/:$/, '')}: ${figure}`);
  return true;
}

function readActions(actions: Json[], out: ChoicesAndLines): void {
  for (const action of actions) {
    const title = str(action.title);
    switch (action.type) {
      case 'Action.Submit':
      case 'Action.Execute': {
        const data = action.data;
        const choice: Choice = {
          title: title ?? 'Submit',
          payload: typeof data === 'string' ? { text: data } : { value: data === undefined ? {} : data },
        };
        out.choices.push(choice);
        break;
      }
      case 'Action.OpenUrl':
        if (str(action.url)) out.lines.push(title ? `${title}: ${action.url}` : String(action.url));
        break;
      case 'Action.ShowCard': {
        const inner = summariseAdaptiveCard(action.card);
        out.lines.push(...inner.lines);
        out.choices.push(...inner.choices);
        break;
      }
      default:
        break;
    }
  }
}

function pushLine(out: ChoicesAndLines, text: unknown, bold: boolean): void {
  const line = str(text);
  // WhatsApp's own markup: *bold*. Card headings keep their weight that way.
  if (line) out.lines.push(bold && !line.includes('*') ? `*${line}*` : line);
}
