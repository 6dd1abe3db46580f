// The independent Python system of examples/systems/python/ (standard library only), played by the
// harness through `--system exec:<command line>` (docs/PROTOCOL.md): it passes the built-in suite,
// and its deliberately broken variant is caught by the rule it breaks (HIST-9).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type CommandResult, type SystemEvent, type World } from '../../domain/index.ts';
import { cli, ROOT } from '../cli/fake-io.ts';

const SYSTEM = 'python3 examples/systems/python/system.py';

interface JsonReport {
  readonly summary: { readonly scenarios: number; readonly failed: number };
  readonly scenarios: readonly {
    readonly id: string;
    readonly outcome: string;
    readonly verdicts: readonly { readonly ruleId: string; readonly status: string }[];
  }[];
}

/** `run` in-process with the JSON reporter; the exit code and the report it wrote. */
async function runJson(
  args: readonly string[],
): Promise<{ code: number; stderr: string; report: JsonReport }> {
  const out = mkdtempSync(join(tmpdir(), 'ims-python-'));
  const { code, stderr } = await cli(['run', ...args, '--reporter', 'json', '--out', out]);
  // Exit 2 writes no report: show the CLI's own message instead of a missing file.
  expect(existsSync(join(out, 'report.json')), `no report (exit ${code}): ${stderr}`).toBe(true);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as JsonReport;
  return { code, stderr, report };
}

/** One JSON request per line in, the parsed response lines out (the process on its own). */
function talk(requests: readonly object[]): { status: number | null; responses: Record<string, unknown>[] } {
  const input = requests.map((request) => JSON.stringify(request)).join('\n') + '\n';
  const child = spawnSync('python3', ['examples/systems/python/system.py'], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  const lines = child.stdout.split('\n').filter((line) => line !== '');
  return {
    status: child.status,
    responses: lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

const WORLD: World = build.world({
  clock: Date.UTC(2024, 3, 15, 9),
  account: build.account({ id: 'a', pipeline: { id: 'help-desk', statuses: ['New', 'Closed'] } }),
  users: [build.user('admin', { name: 'Ada', email: 'ada@example.com', superAdmin: true })],
  channels: [
    build.channel('email-1', 'email', {
      name: 'Support',
      address: 'support@example.com',
      settings: { signature: '' },
    }),
  ],
  conversations: [
    build.conversation('c1', ['email-1'], Date.UTC(2024, 3, 14), {
      subject: 'Hello',
      contactName: 'Bo',
      contactEmail: 'bo@example.com',
      status: 'closed',
      ownerId: 'admin',
    }),
  ],
});

describe('the Python example system', () => {
  it('speaks the protocol on its own, answers errors without dying, and exits 0 at end of input', () => {
    const options = { policies: {}, profile: '2024-04-12' };
    const start = {
      type: 'start-move',
      actorId: 'admin',
      channelId: 'email-1',
      entryPoint: 'inbox-settings',
      history: { kind: 'all', openStatus: 'New', closedStatus: 'Closed' },
    };
    const { status, responses } = talk([
      { id: 1, op: 'hello' },
      { id: 2, op: 'init', world: WORLD, options },
      { id: 3, op: 'execute', command: start },
      { id: 4, op: 'no-such-op' },
      { id: 5, op: 'execute', command: { type: 'run-until-idle' } },
      { id: 6, op: 'world' },
      { id: 7, op: 'events-since', seq: 0 },
      { id: 8, op: 'close' },
    ]);
    expect(status).toBe(0);
    expect(responses.map((response) => [response.id, response.ok])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
      [5, true],
      [6, true],
      [7, true],
      [8, true],
    ]);
    const results = responses.map((response) => response.result);
    expect(results[0]).toMatchObject({ name: 'python', protocol: 1 });
    const started = results[2] as { result: CommandResult; events: SystemEvent[] };
    expect(started.result).toEqual({ status: 'accepted' });
    expect(started.events.map((event) => event.type)).toEqual(['move-started', 'banner-shown']);
    const world = results[5] as World;
    expect(world.conversations[0]).toMatchObject({ id: 'c1', location: 'help-desk' });
    expect(world.tickets).toEqual([
      expect.objectContaining({
        conversationId: 'c1',
        status: 'Closed',
        ownerId: 'admin',
        createdAt: WORLD.conversations[0]?.startedAt,
      }),
    ]);
    const events = results[6] as SystemEvent[];
    expect(events.map((event) => event.seq)).toEqual([...events.keys()]);
    expect(events.at(-1)).toMatchObject({ type: 'banner-hidden', channelId: 'email-1' });
  });

  it('passes the built-in suite: every scenario, no rule violated, no system failure', async () => {
    const { code, stderr, report } = await runJson(['--system', `exec:${SYSTEM}`]);
    expect(code, stderr).toBe(0);
    expect(report.scenarios.length).toBeGreaterThan(40);
    expect(report.summary.failed).toBe(0);
    const notPassed = report.scenarios.filter((scenario) => scenario.outcome !== 'pass').map((s) => s.id);
    expect(notPassed).toEqual([]);
    const violated = report.scenarios.flatMap((s) => s.verdicts.filter((v) => v.status === 'violated'));
    expect(violated).toEqual([]);
  }, 120_000); // about 15 s on an idle machine; the suite plays every scenario twice (INV-5)

  it('its broken variant (closed conversations left behind by a move of "all") is caught by HIST-9', async () => {
    const { code, report } = await runJson([
      'scenarios/suite/hist-9-all-means-all.yaml',
      '--system',
      `exec:${SYSTEM} --bug skip-closed-history`,
    ]);
    expect(code).toBe(1);
    const [scenario] = report.scenarios;
    expect(scenario?.outcome).toBe('fail');
    const hist9 = scenario?.verdicts.find((verdict) => verdict.ruleId === 'HIST-9');
    expect(hist9?.status).toBe('violated');
  });
});
