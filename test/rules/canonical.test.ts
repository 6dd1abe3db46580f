import { describe, expect, it } from 'vitest';
import { canonicalJson, sameJson } from '../../rules/canonical.ts';

describe('key-order-independent comparison (systems in other languages build objects in their own order)', () => {
  it('finds values equal whatever the order of their keys, at any depth', () => {
    const a = {
      type: 'conversation-reassigned',
      conversationId: 'c1',
      from: 'bob',
      to: { id: 'carol', n: [1, 2] },
    };
    const b = {
      to: { n: [1, 2], id: 'carol' },
      from: 'bob',
      conversationId: 'c1',
      type: 'conversation-reassigned',
    };
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(sameJson(a, b)).toBe(true);
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('still tells different values apart: a field, an array order, a missing key', () => {
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 3 })).toBe(false);
    expect(sameJson({ list: [1, 2] }, { list: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1, b: null }, { a: 1 })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});
