// `preview --format html`: the page is written to --out, is self-contained and deterministic, and
// every string from the inbox stays text.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { renderPreviewHtml } from '../../cli/preview-html.ts';
import type { PreviewResult } from '../../cli/preview-plan.ts';
import { HOSTILE } from '../reports/catalogue-fixture.ts';
import { cli } from './fake-io.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'preview-html-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('preview --format html', () => {
  it('writes the page to --out, the same bytes twice, and says where on stderr', async () => {
    const file = join(dir, 'p.html');
    const first = await cli([
      'preview',
      '--seed',
      '3',
      '--conversations',
      '300',
      '--format',
      'html',
      '--out',
      file,
    ]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/preview page written to .*p\.html/);
    const page = await readFile(file, 'utf8');
    for (const id of ['counts', 'before-after', 'chart', 'access', 'left-behind', 'warnings'])
      expect(page).toContain(`id="${id}"`);
    expect(page).toContain("default-src 'none'".replace(/'/g, '&#39;'));
    await cli(['preview', '--seed', '3', '--conversations', '300', '--format', 'html', '--out', file]);
    expect(await readFile(file, 'utf8')).toBe(page);
  });

  it('notes instead of opening in CI, and exits 0', async () => {
    const file = join(dir, 'open.html');
    const run = await cli(['preview', '--conversations', '50', '--format', 'html', '--out', file, '--open'], {
      env: { CI: 'true' },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('not opened in a browser: CI is set');
  });

  it('keeps hostile strings as text', () => {
    const preview: PreviewResult = {
      system: `sys ${HOSTILE.script}`,
      options: { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE },
      channel: { id: HOSTILE.attr, name: HOSTILE.pwned, kind: 'email' },
      history: { kind: 'all', openStatus: HOSTILE.quote, closedStatus: 'Closed' },
      start: { status: 'accepted' },
      counts: {
        conversationsMoved: 3,
        ticketsMoved: 1,
        ticketsCreated: 2,
        ticketsUnassigned: 1,
        notifications: 2,
        durationMs: 1000,
      },
      leftBehind: [{ conversationId: HOSTILE.script, continuedIn: HOSTILE.attr }],
      advice: [{ ruleId: 'ADV-1', message: HOSTILE.pwned, figures: { users: 1 }, subjects: {} }],
      details: {
        before: { inbox: 3, helpDesk: 0, tickets: 1 },
        after: { inbox: 0, helpDesk: 3, tickets: 3 },
        accessNeeded: { total: 1, users: [{ id: HOSTILE.quote, name: HOSTILE.script, tickets: 1 }] },
        series: { fromMs: 0, bucketMs: 100, moved: [1, 2], notifications: [0, 2], arrivals: [0, 0] },
      },
    };
    const page = renderPreviewHtml(preview);
    for (const text of [HOSTILE.script, HOSTILE.attr, HOSTILE.pwned, HOSTILE.quote])
      expect(page).not.toContain(text);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toMatch(/<script/);
  });
});
