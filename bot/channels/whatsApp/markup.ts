/**
 * The bot writes Web Chat's markdown; WhatsApp has its own, smaller markup:
 * single-star bold, underscores for italics, and links as bare URLs.
 */
export function toWhatsAppMarkup(markdown: string): string {
  return markdown
    .replace(/\*\*([^*\n]+)\*\*/g, '*$1*')
    .replace(/__([^_\n]+)__/g, '_$1_')
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, (_m, label: string, url: string) => (label === url ? url : `${label} (${url})`));
}
