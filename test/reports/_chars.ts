/** The control characters XML forbids (C0 except tab, LF, CR) and the bidi override U+202E, found in `text`. */
export function forbiddenChars(text: string): string[] {
  const found: string[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if ((cp < 0x20 && cp !== 0x9 && cp !== 0xa && cp !== 0xd) || cp === 0x202e) found.push(char);
  }
  return found;
}
