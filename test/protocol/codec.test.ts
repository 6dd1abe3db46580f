import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLine, encodeLine, LineSplitter } from '../../protocol/codec.ts';

describe('the line codec', () => {
  it('encodes one message per line, even with newlines inside strings', () => {
    const line = encodeLine({ id: 1, op: 'execute', text: 'a\nb' });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(decodeLine(line.trim())).toEqual({ ok: true, value: { id: 1, op: 'execute', text: 'a\nb' } });
  });

  it('joins lines split across chunks, drops CR and blank lines, keeps an unterminated last line for end()', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('{"id":1}\r\n{"id"')).toEqual(['{"id":1}']);
    expect(splitter.push(':2}\n\n{"id":3')).toEqual(['{"id":2}']);
    expect(splitter.end()).toEqual(['{"id":3']);
    expect(splitter.end()).toEqual([]);
  });

  it('gives the lines of the whole text however the text is cut into chunks', () => {
    // Lines of a few characters, with CR, blank lines and multi-unit characters, cut anywhere.
    const text = fc.stringMatching(/^[ab\r\n{}é😀]{0,60}$/u);
    fc.assert(
      fc.property(text, fc.array(fc.nat(60), { maxLength: 8 }), (whole, cuts) => {
        const splitter = new LineSplitter();
        const got: string[] = [];
        let from = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          got.push(...splitter.push(whole.slice(from, Math.max(from, cut))));
          from = Math.max(from, cut);
        }
        got.push(...splitter.push(whole.slice(from)), ...splitter.end());
        const parts = whole.split('\n');
        const last = parts.pop() ?? '';
        const expected = parts
          .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
          .filter((l) => l !== '');
        if (last.trim() !== '') expected.push(last);
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('says why a line is not JSON and shows its start', () => {
    const decoded = decodeLine('hello there');
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(/^not JSON \(.+\): "hello there"$/);
  });
});
