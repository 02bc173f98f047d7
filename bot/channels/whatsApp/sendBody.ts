/**
 * Bodies for `POST /{phone_number_id}/messages` in the Cloud API's documented
 * shape, and the field limits the API enforces (it rejects, not truncates).
 */
export const LIMITS = {
  textBody: 4096,
  interactiveBody: 1024,
  buttons: 3,
  buttonTitle: 20,
  buttonId: 256,
  listRows: 10,
  rowTitle: 24,
  rowDescription: 72,
  rowId: 200,
  listButton: 20,
  sectionTitle: 24,
  ctaDisplayText: 20,
} as const;

interface Envelope {
  messaging_product: 'whatsapp';
  recipient_type: 'individual';
  to: string;
  /** Echoed back in every status webhook for this message (at most 512 characters). */
  biz_opaque_callback_data?: string;
}

export interface TextBody extends Envelope {
  type: 'text';
  text: { body: string; preview_url?: boolean };
}

export interface ReplyButton {
  type: 'reply';
  reply: { id: string; title: string };
}

export interface ButtonsBody extends Envelope {
  type: 'interactive';
  interactive: { type: 'button'; body: { text: string }; action: { buttons: ReplyButton[] } };
}

export interface ListRow {
  id: string;
  title: string;
  description?: string;
}

export interface ListBody extends Envelope {
  type: 'interactive';
  interactive: { type: 'list'; body: { text: string }; action: { button: string; sections: { title: string; rows: ListRow[] }[] } };
}

export interface TemplateBody extends Envelope {
  type: 'template';
  template: {
    name: string;
    language: { code: string };
    /** Values for the template's body variables, in order ({{1}}, {{2}}…). */
    components?: { type: 'body'; parameters: { type: 'text'; text: string }[] }[];
  };
}

/** One button that opens a link, so the borrower taps a label rather than a long token in the text. */
export interface CtaUrlBody extends Envelope {
  type: 'interactive';
  interactive: { type: 'cta_url'; body: { text: string }; action: { name: 'cta_url'; parameters: { display_text: string; url: string } } };
}

export type SendBody = TextBody | ButtonsBody | ListBody | TemplateBody | CtaUrlBody;

export const envelope = (to: string): Envelope => ({ messaging_product: 'whatsapp', recipient_type: 'individual', to });
