// Scenarios whose title, description, pipeline statuses, subjects and bodies are hostile strings
// (markup, script, CSV formulas, control characters, RTL overrides, 100k characters), run through
// the real CLI: every report stays well-formed, and the HTML report executes nothing in Chromium.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseJunit } from 'junit2json';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../generators/index.ts';
import type { JsonReportV1 } from '../../reports/index.ts';
import { launchChromium } from '../support/launch-chromium.ts';
import { runCli } from './_io.ts';

/** Probes that set a global if they ever run: the page must end with none of them set. */
const PROBES = [
  '<script>window.__pwned = "script"</script>',
  '"><img src=x onerror="window.__pwned = \'img\'">',
  "'><svg onload=window.__pwned='svg'>",
  '<a href="javascript:window.__pwned=1">link</a>',
  '</title></style></textarea><script>window.__pwned = "breakout"</script>',
  '=HYPERLINK("http://evil.example","x")',
  '+SUM(1,1)',
  '-2+3',
  '@cmd',
  'rtl \u202Eexe.txt\u202C ctrl \u0007\u001b[31m zero\u200B width',
  '| pipe | in | a | cell |\nnew line',
];
const HUGE = `huge ${'<b>x</b>&'.repeat(12_000)}`;
const STRINGS = [...PROBES, ...HOSTILE_STRINGS, HUGE];

const work = mkdtempSync(join(tmpdir(), 'reliability-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** One scenario per string: it is the title, a pipeline status, a subject, a body and a reply. */
function scenarioFor(text: string, i: number): string {
  const status = `${text} [${i}]`.trim();
  return stringify({
    id: `hostile-${i}`,
    title: text.trim() === '' ? `blank ${i}` : text,
    description: text,
    targets: ['HIST-2b'],
    account: { name: text, pipeline: [status, 'Closed'] },
    channels: [{ id: 'email-1', kind: 'email', name: text }],
    conversations: [{ id: 'c1', channel: 'email-1', subject: text, messages: [{ body: text }] }],
    script: [
      { 'start-move': { channel: 'email-1', history: { open: status, closed: 'Closed' } } },
      { 'reply-arrives': { conversation: 'c1', body: text } },
      'run-until-idle',
    ],
    // Fails on purpose: the hostile status is what the report shows as "actual".
    expect: { tickets: [{ of: 'c1', status: 'Closed' }] },
  });
}

const out = join(work, 'out');
let code = -1;
const report = (name: string): string => readFileSync(join(out, name), 'utf8');

beforeAll(async () => {
  const files = STRINGS.map((text, i) => {
    const file = join(work, `hostile-${String(i).padStart(2, '0')}.yaml`);
    writeFileSync(file, scenarioFor(text, i));
    return file;
  });
  ({ code } = await runCli([
    'run',
    ...files,
    '--reporter',
    'json',
    'junit',
    'markdown',
    'html',
    '--out',
    out,
  ]));
});

describe('reports of hostile content', () => {
  it('the run completes (exit 1: the planted expectation fails) and JSON parses with every title intact', () => {
    expect(code).toBe(1);
    const json = JSON.parse(report('report.json')) as JsonReportV1;
    const titles = json.scenarios.map((s) => s.title);
    for (const text of PROBES) expect(titles).toContain(text);
    expect(titles.some((t) => t.startsWith('huge <b>x</b>&'))).toBe(true);
  });

  it('JUnit XML parses with junit2json, one testsuite per scenario', async () => {
    const parsed = await parseJunit(report('junit.xml'));
    if (parsed === null || parsed === undefined || !('testsuite' in parsed))
      throw new Error('no <testsuites> root');
    expect(parsed.testsuite).toHaveLength(STRINGS.length);
  });

  it('Markdown table rows keep the cell count of their header', () => {
    const cells = (line: string): number => line.split(/(?<!\\)\|/).length;
    let header: number | null = null;
    let rows = 0;
    for (const line of report('report.md').split('\n')) {
      if (!line.startsWith('|')) {
        header = null;
        continue;
      }
      if (header === null) header = cells(line);
      else {
        rows += 1;
        expect(cells(line), line.slice(0, 200)).toBe(header);
      }
    }
    expect(rows).toBeGreaterThan(STRINGS.length);
  });

  it('the HTML report, opened in Chromium, runs nothing and shows the strings as text', async () => {
    const { browser } = await launchChromium();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      const requests: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) requests.push(request.url());
      });
      await page.goto(pathToFileURL(join(out, 'report.html')).href);
      // Open every collapsed section, so that hidden content would get its chance to run too.
      await page.evaluate("document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''))");
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
      expect(await page.locator('img[src="x"], svg[onload], a[href^="javascript:"]').count()).toBe(0);
      const text = (await page.textContent('body')) ?? '';
      for (const probe of PROBES.slice(0, 5)) expect(text).toContain(probe);
    } finally {
      await browser.close();
    }
  });
});
