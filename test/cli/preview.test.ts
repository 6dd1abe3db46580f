import { describe, expect, it } from 'vitest';
import type { PreviewResult } from '../../cli/preview-plan.ts';
import { cli } from './fake-io.ts';

async function preview(...args: string[]): Promise<PreviewResult> {
  const { code, stdout, stderr } = await cli(['preview', ...args, '--format', 'json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as PreviewResult;
}

describe('preview', () => {
  it('previews the move of a scenario inbox: every conversation moved, one ticket each', async () => {
    const result = await preview('--inbox', 'test/cli/fixtures/notifications-off.yaml');
    expect(result.channel.id).toBe('support');
    expect(result.start.status).toBe('accepted');
    expect(result.counts).toMatchObject({ conversationsMoved: 2, ticketsCreated: 2, notifications: 0 });
    // c2's owner has no help desk access: its ticket is unassigned (HIST-2c).
    expect(result.counts.ticketsUnassigned).toBe(1);
    expect(result.counts.durationMs).toBeGreaterThan(0);
  });

  it('moves nothing old with --history none', async () => {
    const result = await preview('--inbox', 'test/cli/fixtures/notifications-off.yaml', '--history', 'none');
    expect(result.history).toEqual({ kind: 'none' });
    expect(result.counts.conversationsMoved).toBe(0);
  });

  it('shows a refusal as the answer, not as an error', async () => {
    const result = await preview('--conversations', '50', '--tier', 'starter');
    expect(result.start).toMatchObject({ status: 'refused', ruleId: 'ELIG-1' });
  });

  it('previews a generated inbox: the biggest movable channel, deterministic for a seed', async () => {
    const first = await preview('--seed', '3', '--conversations', '300');
    const again = await preview('--seed', '3', '--conversations', '300');
    expect(again).toEqual(first);
    expect(['email', 'form', 'chatflow']).toContain(first.channel.kind);
    expect(first.counts.conversationsMoved).toBeGreaterThan(0);
    expect(first.counts.conversationsMoved).toBeLessThanOrEqual(300);
    expect(first.advice.every((advice) => advice.ruleId.startsWith('ADV-'))).toBe(true);
  });

  it('warns about help desk access (ADV-1) when owners lack it', async () => {
    const result = await preview('--seed', '5', '--conversations', '300', '--owner-access-share', '0');
    expect(result.advice.map((advice) => advice.ruleId)).toContain('ADV-1');
  });

  it('prints a readable summary with the warnings', async () => {
    const { code, stdout } = await cli(['preview', '--inbox', 'test/cli/fixtures/notifications-off.yaml']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/conversations moved\s+2/);
    expect(stdout).toMatch(/tickets created\s+2/);
    expect(stdout).toContain('duration (simulated)');
  });

  it('exits 2 for an unknown channel, listing the channels', async () => {
    const { code, stderr } = await cli([
      'preview',
      '--inbox',
      'test/cli/fixtures/notifications-off.yaml',
      '--channel',
      'sales',
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe("error: --channel: expected a channel of the inbox (support), found 'sales'\n");
  });

  it('exits 2 for a missing inbox file and a bad share', async () => {
    expect((await cli(['preview', '--inbox', 'nowhere.yaml'])).code).toBe(2);
    const share = await cli(['preview', '--closed-share', '1.5']);
    expect(share.code).toBe(2);
    expect(share.stderr).toContain('Expected a share between 0 and 1.');
  });
});
