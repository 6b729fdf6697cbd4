const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML content and in quoted attribute values: content never becomes markup. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A link target the page may carry: https, http and mailto only; anything else is no link. */
export function safeHref(href: string): string | undefined {
  return /^(https?:|mailto:)/i.test(href) ? href : undefined;
}

/** A string of the language with its `{name}` values filled in as HTML: the string is escaped, the values are markup already. */
export function fillHtml(template: string, values: Readonly<Record<string, string | number>>): string {
  return esc(template).replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}
