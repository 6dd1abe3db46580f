// HTML building for the HTML report: every interpolated value is escaped unless it is already
// SafeHtml, so forgetting to escape is impossible rather than merely unlikely.
import { escapeHtmlAttr } from './escape.ts';

/** Markup that has been built by `html` (and so escaped) and may be embedded as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What may be interpolated: text (escaped), numbers, SafeHtml, lists of them; nothing for null/false. */
export type HtmlPart = SafeHtml | string | number | null | undefined | false | readonly HtmlPart[];

function renderPart(part: HtmlPart): string {
  if (part instanceof SafeHtml) return part.value;
  if (part === null || part === undefined || part === false) return '';
  if (typeof part === 'string') return escapeHtmlAttr(part);
  if (typeof part === 'number') return String(part);
  return part.map(renderPart).join('');
}

/**
 * Tagged template for markup. Interpolations are escaped with the attribute escaper, which is also
 * safe in text, so `html\`<td title="${x}">${x}</td>\`` is right in both places. Only the literal
 * parts of the template (written in this repository) are trusted.
 */
export function html(strings: TemplateStringsArray, ...parts: readonly HtmlPart[]): SafeHtml {
  let out = strings[0] ?? '';
  parts.forEach((part, index) => {
    out += renderPart(part) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Joins parts into one SafeHtml (for lists built with map). */
export function join(parts: readonly HtmlPart[], separator = ''): SafeHtml {
  return new SafeHtml(parts.map(renderPart).join(separator));
}
