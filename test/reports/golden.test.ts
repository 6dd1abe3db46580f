import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../domain/run-result.ts';
import { REPORTERS, reporterNames } from '../../reports/index.ts';
import { CONTEXT, EMPTY_RUN, RUN } from './fixtures.ts';

// The one volatile field, pinned the way the CLI's real runs would be in an e2e test.
const stable = (run: RunResult): RunResult => ({ ...run, startedAt: '2000-01-01T00:00:00.000Z' });

// `.golden` keeps prettier away from the Markdown and JSON goldens: they must stay byte-exact.
const GOLDEN = {
  console: 'report.txt.golden',
  json: 'report.json.golden',
  junit: 'junit.xml.golden',
  markdown: 'report.md.golden',
  html: 'report.html.golden',
} as const;

describe('golden reports', () => {
  for (const name of reporterNames) {
    it(`renders ${name} exactly as recorded`, async () => {
      const text = REPORTERS[name].render(stable(RUN), CONTEXT);
      await expect(text).toMatchFileSnapshot(`./__golden__/${GOLDEN[name]}`);
    });

    it(`renders ${name} the same twice and for a run with no scenarios`, () => {
      const reporter = REPORTERS[name];
      expect(reporter.render(RUN, CONTEXT)).toBe(reporter.render(RUN, CONTEXT));
      const empty = reporter.render(EMPTY_RUN, CONTEXT);
      expect(empty.length).toBeGreaterThan(0);
      expect(empty).not.toContain('arrivals-during-move');
    });
  }

  it('renders the console report in colour when asked', async () => {
    const text = REPORTERS.console.render(stable(RUN), { ...CONTEXT, color: true });
    expect(text).toContain('\u001b[31m');
    await expect(text).toMatchFileSnapshot('./__golden__/report-color.txt.golden');
  });
});
