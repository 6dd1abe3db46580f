// Small text helpers shared by the reporters (not escaping: see escape.ts).

/**
 * Cuts `text` to at most `max` UTF-16 units plus a marker saying how much was cut, so a
 * 10,000-character string never swamps a report yet the reader knows it was longer.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max);
  // Never split a surrogate pair: the half would become U+FFFD in every output.
  const code = text.charCodeAt(cut);
  if (code >= 0xdc00 && code <= 0xdfff && cut > 0) cut -= 1;
  return `${text.slice(0, cut)}… [${(text.length - cut).toLocaleString('en-US')} more characters]`;
}

/** Cuts to at most `max` code points with a bare `…`: for labels in a drawing, where space is the point. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** `3 scenarios`, `1 scenario`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}

/** A simulated duration for people: `0 ms`, `450 ms`, `2 h 5 min`, `3 d 4 h`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const units: readonly (readonly [string, number])[] = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['min', 60_000],
    ['s', 1000],
  ];
  const parts: string[] = [];
  let rest = Math.round(ms);
  for (const [unit, size] of units) {
    if (rest >= size && parts.length < 2) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest %= size;
    } else if (parts.length > 0) break;
  }
  return parts.join(' ');
}

/** Pads or cuts to exactly `width` columns (code points; wide glyphs are not measured). */
export function fit(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length > width) return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
  return text + ' '.repeat(width - chars.length);
}
