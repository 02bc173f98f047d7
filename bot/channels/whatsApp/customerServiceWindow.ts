import { envelope, type TemplateBody } from './sendBody';

/** WhatsApp delivers free-form messages only within 24 hours of the user's last message to us. */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface TemplateConfig {
  name: string;
  language: string;
}

export function isWindowOpen(lastInboundAt: string | undefined, now: Date): boolean {
  if (!lastInboundAt) return false;
  const last = Date.parse(lastInboundAt);
  return Number.isFinite(last) && now.getTime() - last < CUSTOMER_SERVICE_WINDOW_MS;
}

/**
 * The approved template sent instead of free text once the window has closed
 * (e.g. "We have a reply about your payment plan; reply to read it"). Its
 * name and language come from config because each lender registers its own.
 */
export function templateBody(to: string, template: TemplateConfig): TemplateBody {
  return { ...envelope(to), type: 'template', template: { name: template.name, language: { code: template.language } } };
}
