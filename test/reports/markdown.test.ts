import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../domain/run-result.ts';
import { renderMarkdown } from '../../reports/markdown.ts';
import { CONTEXT, HOSTILE, RUN } from './fixtures.ts';

const manyScenarios: RunResult = {
  ...RUN,
  results: Array.from({ length: 40 }, (_, i) => RUN.results[i % RUN.results.length]).flatMap((r, i) =>
    r === undefined ? [] : [{ ...r, scenario: { ...r.scenario, id: `${r.scenario.id}-${i}` } }],
  ),
};

describe('Markdown report', () => {
  it('has a column per scenario when there are few, verdict counts when there are many', () => {
    expect(renderMarkdown(RUN, CONTEXT)).toContain('| Rule | Kind | S1 | S2 | S3 | S4 |');
    const wide = renderMarkdown(manyScenarios, CONTEXT);
    expect(wide).toContain('| Rule | Kind | ✅ pass | ❌ violated | ⚪ not exercised | ➖ not applicable |');
    expect(wide).not.toContain('| S5 ');
  });

  it('stays under the cap and says what it cut', () => {
    const full = renderMarkdown(manyScenarios, CONTEXT);
    const capped = renderMarkdown(manyScenarios, CONTEXT, 4000);
    expect(full.length).toBeGreaterThan(4000);
    expect(capped.length).toBeLessThanOrEqual(4000);
    expect(capped).toMatch(/✂️ Cut to stay under 4,000 characters: \d+ rule matrix rows, \d+ failures/);
    expect(full).not.toContain('✂️');
  });

  it('keeps every table row a single row with the right number of cells', () => {
    // Each table (the rule matrix, the exploration's rules, its coverage): rows as wide as the header.
    const tables = renderMarkdown(RUN, CONTEXT)
      .split(/\n(?!\|)/)
      .map((block) => block.split('\n').filter((line) => line.startsWith('|')))
      .filter((rows) => rows.length > 0);
    const cells = (row: string): number => row.split(/(?<!\\)\|/).length;
    // The rule matrix (6 cells + both ends) and at least one more: the loop below has rows to check.
    expect(tables.length).toBeGreaterThan(1);
    expect(cells(tables[0]?.[0] ?? '')).toBe(8);
    for (const rows of tables) {
      expect(rows.length).toBeGreaterThan(2);
      for (const row of rows) expect(cells(row)).toBe(cells(rows[0] ?? ''));
    }
  });

  it('escapes hostile strings: no raw HTML, no live links, no bidi override', () => {
    const text = renderMarkdown(RUN, CONTEXT);
    expect(text).not.toContain(HOSTILE.script);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('\\[link\\](javascript:');
    expect(text).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(text).not.toContain('\u202E');
    expect(text).not.toContain('\u0000');
  });
});
