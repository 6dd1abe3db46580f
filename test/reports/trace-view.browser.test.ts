// The trace view, the ELK-laid-out diagrams and the preview page in real Chromium
// (test/support/launch-chromium.ts), on reports the CLI writes: a known-bad system fails MOVE-3
// and the report must lead from the finding to its step, and the reference's four machines must
// be drawn with no label over another.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium.ts';
import { cli } from '../cli/fake-io.ts';
import { watchedPage } from './_watched-page.ts';

// The README's pictures of these views, taken here so that they show what the code draws today.
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

let browser: Browser | undefined;
let dir = '';
const problems: string[] = [];

async function open(file: string): Promise<Page> {
  if (browser === undefined) throw new Error('no browser');
  const page = await watchedPage(browser, problems);
  await page.goto(pathToFileURL(file).href);
  return page;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trace-view-'));
  const run = await cli([
    'run',
    'scenarios/suite/move-3-banner.yaml',
    'scenarios/suite/inv-3-crash-mid-move.yaml',
    '--system',
    'mutants/banner-left-up.ts',
    '--reporter',
    'html',
    '--out',
    dir,
  ]);
  expect(run.code).toBe(1);
  const preview = await cli(['preview', '--format', 'html', '--out', join(dir, 'preview.html')]);
  expect(preview.code).toBe(0);
  browser = (await launchChromium()).browser;
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

interface Measurable {
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
  readonly textContent: string | null;
}

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

describe('trace view and diagrams in Chromium', () => {
  it('leads from a finding to its step, shows the finding there, and steps with ← →', async () => {
    const page = await open(join(dir, 'report.html'));
    const link = page.locator('#failures a.step-link').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^#scenario-\d+-step-\d+$/);
    await link.click();
    const detail = page.locator(href);
    await expect.poll(() => detail.isVisible()).toBe(true);
    expect(await detail.locator('.pinned').textContent()).toContain('MOVE-3');
    expect(await detail.locator('h5').allTextContents()).toEqual(
      expect.arrayContaining(['World changes', 'Observation', 'Machine states implied']),
    );
    // Only the selected step's details are shown; the matching button is selected.
    const trace = page.locator('.trace', { has: detail });
    expect(await trace.locator('.step-detail:visible').count()).toBe(1);
    const selected = trace.locator('.step-btn[aria-selected="true"]');
    const step = await selected.getAttribute('data-step');
    expect(href.endsWith(`-step-${step}`)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    const previous = await trace.locator('.step-btn[aria-selected="true"]').getAttribute('data-step');
    expect(Number(previous)).toBe(Number(step) - 1);
    expect(await trace.locator('.step-detail:visible').getAttribute('data-step')).toBe(previous);
    await page.keyboard.press('ArrowRight');
    expect(await trace.locator('.step-btn[aria-selected="true"]').getAttribute('data-step')).toBe(step);
    // The selected step's states light up in the diagrams.
    expect(await page.locator('figure.diagram g.active').count()).toBeGreaterThan(3);
    await mkdir(SCREENSHOTS, { recursive: true });
    // The sticky bar would cover the top of element screenshots.
    await page.evaluate("document.querySelector('nav').style.position = 'static'");
    await trace.screenshot({ path: join(SCREENSHOTS, 'trace-view.png') });
    await page.locator('#diagrams').screenshot({ path: join(SCREENSHOTS, 'diagrams.png') });
    expect(problems).toEqual([]);
  });

  it('draws the four machines with reached states highlighted and no label over another', async () => {
    const page = await open(join(dir, 'report.html'));
    const figures = page.locator('figure.diagram');
    expect(await figures.count()).toBe(4);
    for (const machine of ['channel', 'conversation', 'move', 'workspace']) {
      const figure = page.locator(`figure.diagram[data-machine="${machine}"]`);
      expect(await figure.locator('g.st.reached').count(), machine).toBeGreaterThan(0);
      expect(await figure.locator('.st-initial').count(), machine).toBeGreaterThan(0);
      // Typed by hand: the test project has no DOM types.
      const boxes: Box[] = await figure.locator('svg text').evaluateAll((texts: unknown[]) =>
        (texts as Measurable[]).map((t) => {
          const r = t.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height, text: t.textContent ?? '' };
        }),
      );
      expect(boxes.length, machine).toBeGreaterThan(4);
      const clashes = boxes.flatMap((a, i) =>
        boxes.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.text} × ${b.text}`] : [])),
      );
      expect(clashes, machine).toEqual([]);
    }
    expect(problems).toEqual([]);
  });

  it('brings the violated scenario columns into view with the status filter', async () => {
    const page = await open(join(dir, 'report.html'));
    await page.locator('[data-filter-status="violated"]').click();
    const shown = await page.locator('#matrix thead th.scol:visible').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    const failing = await page.locator('#matrix thead th.scol.fail').allTextContents();
    expect(shown.map((s) => s.trim())).toEqual(failing.map((s) => s.trim()));
    await page.locator('[data-filter-status="all"]').click();
    expect(await page.locator('#matrix thead th.scol:visible').count()).toBe(2);
  });

  it('renders the preview page: counts, before and after, chart, warnings, nothing fetched', async () => {
    const page = await open(join(dir, 'preview.html'));
    expect(await page.locator('.card').count()).toBeGreaterThan(5);
    expect(await page.locator('#before-after tr').count()).toBe(4);
    expect(await page.locator('#chart svg rect').count()).toBeGreaterThan(10);
    expect(await page.locator('#warnings').textContent()).toMatch(/ADV-\d/);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'preview.png'), fullPage: true });
    const text = await readFile(join(dir, 'preview.html'), 'utf8');
    expect(text).not.toContain('<script');
    expect(problems).toEqual([]);
  });
});
