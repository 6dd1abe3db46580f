import { describe, expect, it } from 'vitest';
import {
  escapeHtmlAttr,
  escapeHtmlText,
  escapeMarkdownCell,
  escapeMarkdownInline,
  escapeTerminal,
  escapeXmlAttr,
  escapeXmlText,
  revealBidi,
  stripXmlIllegal,
} from '../../reports/escape.ts';
import { clip, truncate } from '../../reports/text-helpers.ts';
import { forbiddenChars } from './_chars.ts';
import { HOSTILE } from './fixtures.ts';

describe('escapeHtmlText / escapeHtmlAttr', () => {
  it('turns markup into text', () => {
    expect(escapeHtmlText(HOSTILE.script)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtmlAttr(HOSTILE.attr)).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtmlAttr(`a'b&c`)).toBe('a&#39;b&amp;c');
  });

  it('shows bidi controls instead of obeying them, and keeps RTL letters and emoji', () => {
    expect(escapeHtmlText(HOSTILE.rtl)).toContain('[U+202E]gnp.exe[U+202C]');
    expect(escapeHtmlText(HOSTILE.rtl)).toContain('مرحبا');
    expect(escapeHtmlText(HOSTILE.emoji)).toBe(HOSTILE.emoji);
  });
});

describe('escapeXmlText / escapeXmlAttr', () => {
  it('escapes the five specials where they matter and keeps whitespace in attributes', () => {
    expect(escapeXmlText('a < b && c > "d"')).toBe('a &lt; b &amp;&amp; c &gt; "d"');
    expect(escapeXmlAttr(`"x" 'y'\n\tz`)).toBe('&quot;x&quot; &apos;y&apos;&#10;&#9;z');
  });

  it('replaces XML-illegal characters (C0 controls, lone surrogates, U+FFFF) with U+FFFD', () => {
    expect(stripXmlIllegal('a\u0000b\u0007c\u001bd\uD800e\uFFFFf')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf',
    );
    expect(stripXmlIllegal('tab\tlf\ncr\r 😀')).toBe('tab\tlf\ncr\r 😀');
    expect(forbiddenChars(escapeXmlText(HOSTILE.control))).toEqual([]);
    expect(forbiddenChars(HOSTILE.control).length).toBeGreaterThan(0);
  });
});

describe('escapeMarkdownCell / escapeMarkdownInline', () => {
  it('keeps a cell in its cell: pipes escaped, newlines as <br>', () => {
    expect(escapeMarkdownCell('a | b\nc\r\nd')).toBe('a \\| b<br>c<br>d');
    expect(escapeMarkdownCell(HOSTILE.markdown)).not.toMatch(/(^|[^\\])\|/);
  });

  it('neutralises emphasis, links, code and raw HTML', () => {
    expect(escapeMarkdownInline('**b** [l](u) `c` <i>')).toBe('\\*\\*b\\*\\* \\[l\\](u) \\`c\\` &lt;i&gt;');
    expect(escapeMarkdownInline('one\ntwo')).toBe('one two');
  });

  it('reveals bidi controls', () => {
    expect(revealBidi('a\u202Eb')).toBe('a[U+202E]b');
  });
});

describe('escapeTerminal', () => {
  it('shows control characters instead of sending them to the terminal', () => {
    const out = escapeTerminal(HOSTILE.control);
    expect(out).toBe('nul \\x00 bell \\x07 esc \\x1b[31mred\\x1b[0m del \\x7f lone \\u{d800} end');
    expect(out).not.toContain('\u001b');
  });

  it('keeps newlines only when asked, and reveals bidi controls', () => {
    expect(escapeTerminal('a\nb')).toBe('a\\x0ab');
    expect(escapeTerminal('a\nb', true)).toBe('a\nb');
    expect(escapeTerminal('x\u202Ey')).toBe('x\\u{202e}y');
  });
});

describe('truncate / clip', () => {
  it('says how much it cut', () => {
    expect(truncate(HOSTILE.long, 20)).toBe(`${HOSTILE.long.slice(0, 20)}… [9,985 more characters]`);
    expect(truncate('short', 20)).toBe('short');
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('ab😀cd', 3);
    expect(cut.startsWith('ab…')).toBe(true);
    expect(clip('😀😀😀', 2)).toBe('😀…');
  });
});
