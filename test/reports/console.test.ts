import { describe, expect, it } from 'vitest';
import { progressBar, REPORTERS } from '../../reports/index.ts';
import { CONTEXT, EMPTY_RUN, RUN } from './fixtures.ts';

describe('console report', () => {
  it('lists every rule, the failures with expected vs actual and IDs, and a summary line', () => {
    const text = REPORTERS.console.render(RUN, CONTEXT);
    for (const rule of CONTEXT.catalogue) expect(text).toMatch(new RegExp(`^  ${rule.id} `, 'm'));
    expect(text).toContain('Failures (5)');
    expect(text).toMatch(
      /✗ MOVE-2 .*\[arrivals-during-move · scenarios\/suite\/arrivals\.yaml\] — 3 findings/,
    );
    expect(text).toContain('      expected  conversation c-7 in help desk after the move');
    expect(text).toContain('      ids       conversations c-7 · channels email-1 · step 5');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'FAIL 4 scenarios: 2 passed, 2 failed · verdicts: 77 pass, 3 violated, 128 not exercised, 4 not applicable · 2 failed expectations',
    );
  });

  it('sends no control character from the data to the terminal, with or without colour', () => {
    const plain = REPORTERS.console.render(RUN, CONTEXT);
    expect(plain).not.toContain('\u001b');
    expect(plain).not.toContain('\u202E');
    const coloured = REPORTERS.console.render(RUN, { ...CONTEXT, color: true });
    // Colour only as whole SGR sequences the reporter wrote: every ESC starts one.
    expect(
      coloured
        .split('\u001b')
        .slice(1)
        .every((part) => /^\[\d+m/.test(part)),
    ).toBe(true);
    const stripped = coloured
      .split('\u001b')
      .map((part, i) => (i === 0 ? part : part.replace(/^\[\d+m/, '')))
      .join('');
    expect(stripped).toBe(plain);
  });

  it('says so when nothing ran', () => {
    expect(REPORTERS.console.render(EMPTY_RUN, CONTEXT)).toContain('No scenarios were run.');
  });
});

describe('progressBar', () => {
  it('fills in proportion and prints the counts', () => {
    expect(progressBar(5, 10, 10)).toBe('[█████░░░░░]  50% 5/10');
    expect(progressBar(0, 3, 4)).toBe('[░░░░]   0% 0/3');
    expect(progressBar(3, 3, 4)).toBe('[████] 100% 3/3');
  });

  it('clamps out-of-range input and treats a zero total as done', () => {
    expect(progressBar(12, 10, 5)).toBe('[█████] 100% 12/10');
    expect(progressBar(-1, 10, 5)).toBe('[░░░░░]   0% 0/10');
    expect(progressBar(0, 0, 5)).toBe('[█████] 100% 0/0');
  });
});
