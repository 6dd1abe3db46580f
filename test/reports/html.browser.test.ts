// The HTML report in a real browser (test/support/launch-chromium.ts: Debian's Chromium, else the
// npm one): filters work, nothing injected runs, hostile strings show as text, and nothing is fetched. Also saves the screenshot for the docs.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTERS } from '../../reports/index.ts';
import { launchChromium } from '../support/launch-chromium.ts';
import { CONTEXT, HOSTILE, RUN } from './fixtures.ts';
import { watchedPage } from './_watched-page.ts';

const SCREENSHOT = resolve(import.meta.dirname, '../../docs/screenshots/report.png');

// Undefined when the launch failed: that failure is the one to report, not a TypeError in afterAll.
let browser: Browser | undefined;
let page: Page;
let dir = '';
const dialogs: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'html-report-'));
  const file = join(dir, 'report.html');
  await writeFile(file, REPORTERS.html.render(RUN, CONTEXT));
  const launched = await launchChromium();
  browser = launched.browser;
  // A CSP violation or a script error means something tried to load or run.
  page = await watchedPage(launched.browser, problems);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

const visibleRows = (): Promise<number> => page.locator('#matrix tbody tr:visible').count();

describe('HTML report in Chromium', () => {
  it('renders the matrix, a timeline and a diagram, and saves a screenshot', async () => {
    expect(await page.locator('#matrix tbody tr').count()).toBe(CONTEXT.catalogue.length);
    expect(await page.locator('.timeline svg circle').count()).toBeGreaterThan(10);
    expect(await page.locator('.diagram svg rect').count()).toBeGreaterThan(4);
    expect(await page.locator('#explore svg').count()).toBeGreaterThan(1);
    await mkdir(dirname(SCREENSHOT), { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT });
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('filters rows by verdict status, group, kind and text', async () => {
    await page.click('[data-filter-status="violated"]');
    expect(await visibleRows()).toBe(3);
    expect(await page.locator('#matrix-count').textContent()).toBe(
      `3 of ${CONTEXT.catalogue.length} rules shown`,
    );
    for (const id of await page.locator('#matrix tbody tr:visible td.rule').allTextContents()) {
      expect(['MOVE-2', 'HIST-2a', 'INV-3']).toContain(id);
    }
    await page.click('[data-filter-status="all"]');
    expect(await visibleRows()).toBe(CONTEXT.catalogue.length);
    await page.selectOption('#filter-group', 'HIST');
    expect(await visibleRows()).toBe(CONTEXT.catalogue.filter((r) => r.id.startsWith('HIST')).length);
    await page.selectOption('#filter-group', 'all');
    await page.selectOption('#filter-kind', 'INVARIANT');
    const invariants = CONTEXT.catalogue.filter((r) => r.kind === 'INVARIANT').length;
    expect(invariants).toBeGreaterThan(0);
    expect(await visibleRows()).toBe(invariants);
    await page.selectOption('#filter-kind', 'all');
    await page.fill('#filter-text', 'banner');
    expect(await page.locator('#matrix tbody tr:visible td.rule').allTextContents()).toEqual(['MOVE-3']);
    await page.fill('#filter-text', '');
    expect(await visibleRows()).toBe(CONTEXT.catalogue.length);
  });

  it('runs nothing injected: no dialog, no marker, no blocked load or script error', async () => {
    expect(dialogs).toEqual([]);
    // A string, not a function: the test project has no DOM types.
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('main img, main iframe, main script, main svg[onload]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows hostile strings as text', async () => {
    const failures = await page.locator('#failures').innerText();
    expect(failures).toContain(HOSTILE.script);
    expect(failures).toContain(HOSTILE.pwned);
    expect(failures).toContain('[U+202E]gnp.exe[U+202C]');
    expect(failures).toContain(HOSTILE.emoji);
    expect(await page.locator('header.top').innerText()).toContain(HOSTILE.script);
    expect(await page.locator('#diagrams').textContent()).toContain(HOSTILE.pwned);
    // The trace view's steps, events and world changes: text too.
    const trace = (await page.locator('.trace').first().textContent()) ?? '';
    for (const text of [HOSTILE.script, HOSTILE.attr, HOSTILE.pwned, HOSTILE.quote])
      expect(trace).toContain(text);
  });
});
