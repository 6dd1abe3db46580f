// Every escaper of every output syntax lives here, so a reviewer checks one file, not five.

/** XML 1.0 legal characters (also what HTML accepts without a parse error). */
function isXmlLegal(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    codePoint >= 0x10000
  );
}

/**
 * Replaces characters that XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates,
 * U+FFFE/U+FFFF) by U+FFFD, so a reader still sees that something was there.
 */
export function stripXmlIllegal(text: string): string {
  let out = '';
  // for..of walks code points, so a valid surrogate pair stays whole and a lone half is seen alone.
  for (const char of text) out += isXmlLegal(char.codePointAt(0) ?? 0) ? char : '\uFFFD';
  return out;
}

const XML_TEXT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const XML_ATTR: Readonly<Record<string, string>> = {
  ...XML_TEXT,
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalisation would turn these into spaces; character references keep them.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text content of an XML element. */
export function escapeXmlText(text: string): string {
  return stripXmlIllegal(text).replace(/[&<>]/g, (c) => XML_TEXT[c] ?? c);
}

/** An XML attribute value (quoted with either quote). */
export function escapeXmlAttr(text: string): string {
  return stripXmlIllegal(text).replace(/[&<>"'\t\n\r]/g, (c) => XML_ATTR[c] ?? c);
}

const HTML_ATTR: Readonly<Record<string, string>> = {
  ...XML_TEXT,
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text content of an HTML element (not inside `<script>` or `<style>`, which never hold data).
 * Bidi controls are shown, not obeyed: a person reading a failure must see the real order.
 */
export function escapeHtmlText(text: string): string {
  return revealBidi(stripXmlIllegal(text)).replace(/[&<>]/g, (c) => XML_TEXT[c] ?? c);
}

/** An HTML attribute value; safe in text content too, which is why the `html` template uses it. */
export function escapeHtmlAttr(text: string): string {
  return revealBidi(stripXmlIllegal(text)).replace(/[&<>"']/g, (c) => HTML_ATTR[c] ?? c);
}

/** Markdown punctuation that could start emphasis, code, links, tables or headings, and raw HTML. */
function escapeMarkdownChars(text: string): string {
  return revealBidi(stripXmlIllegal(text))
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => XML_TEXT[c] ?? c);
}

/**
 * A Markdown table cell (GitHub flavour): `|` would end the cell, a newline the row, and inline
 * HTML or emphasis would change what a reader sees. Newlines become `<br>`, which GitHub renders.
 */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdownChars(text)
    .replace(/\r\n?|\n/g, '<br>')
    .replace(/\t/g, ' ');
}

/** Markdown inline text (a list item or a paragraph): like a cell, but newlines become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownChars(text).replace(/[\r\n\t]+/g, ' ');
}

/** Bidi controls can reorder what a terminal shows (the "Trojan Source" trick). */
function isBidiControl(codePoint: number): boolean {
  return (
    codePoint === 0x061c ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}

/**
 * Shows bidi controls as `[U+202E]`: where no isolation markup exists (Markdown), one of them
 * would reverse the rest of the line around it.
 */
export function revealBidi(text: string): string {
  let out = '';
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    out += isBidiControl(cp) ? `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]` : char;
  }
  return out;
}

/**
 * Text for a terminal: C0/C1 controls (ESC above all: no colour or cursor tricks from data), DEL
 * and bidi controls are shown as `\xNN` / `\u{NNNN}`. Newlines are kept only when `multiline`.
 */
export function escapeTerminal(text: string, multiline = false): string {
  let out = '';
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (char === '\n' && multiline) out += char;
    else if (char === '\t') out += ' ';
    else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (isBidiControl(cp) || (cp >= 0xd800 && cp <= 0xdfff)) out += `\\u{${cp.toString(16)}}`;
    else out += char;
  }
  return out;
}
