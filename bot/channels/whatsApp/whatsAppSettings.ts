import type { TemplateConfig } from './customerServiceWindow';

/** What the WhatsApp channel needs from the deployment (the four WHATSAPP_* secrets and the Graph API). */
export interface WhatsAppSettings {
  token: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  apiBaseUrl: string;
  apiVersion: string;
  /** Sent instead of free text outside the 24-hour window. */
  template?: TemplateConfig;
  maxBodyBytes: number;
}
