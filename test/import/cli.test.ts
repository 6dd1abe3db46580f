import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MappingReport } from '../../import/mapping-report.ts';
import { cli } from '../cli/fake-io.ts';

const out = mkdtempSync(join(tmpdir(), 'ims-import-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const FIXTURE = 'test/import/fixtures/documented';

describe('inbox-move-sim import api-export', () => {
  it('writes the inbox as a scenario file that run and preview load, and the mapping report', async () => {
    const imported = await cli([
      'import',
      'api-export',
      FIXTURE,
      '--out',
      out,
      '--kind',
      '148662=chatflow-bot',
    ]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toContain('Imported 5 conversations (of 9 threads), 9 messages, 5 tickets');
    expect(imported.stdout).toContain('chatflow (website-bot): 2');
    expect(imported.stdout).toContain('1 threads: marked as spam');
    const report = JSON.parse(readFileSync(join(out, 'mapping-report.json'), 'utf8')) as MappingReport;
    expect(report.counts.conversations).toBe(5);
    const run = await cli(['run', join(out, 'inbox.yaml'), '--quiet']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('1 passed');
    const preview = await cli([
      'preview',
      '--inbox',
      join(out, 'inbox.yaml'),
      '--channel',
      'ca-42423411',
      '--format',
      'json',
    ]);
    expect(preview.code).toBe(0);
    expect(JSON.parse(preview.stdout)).toMatchObject({ channel: { id: 'ca-42423411' } });
  });

  it('bad options are usage errors (exit 2)', async () => {
    const kind = await cli(['import', 'api-export', FIXTURE, '--kind', '148662=pigeon']);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('Expected <channelAccountId>=<kind>');
    const pipeline = await cli(['import', 'api-export', FIXTURE, '--out', out, '--pipeline', '42']);
    expect(pipeline.code).toBe(2);
    expect(pipeline.stderr).toContain(
      "--pipeline: expected a pipeline of pipelines*.json (0, 6170000), found '42'",
    );
  });
});

describe('inbox-move-sim preview --from-export', () => {
  it('previews the move on the exported inbox, with the warnings, and says what it could not map', async () => {
    const { code, stdout, stderr } = await cli([
      'preview',
      '--from-export',
      FIXTURE,
      '--channel',
      'ca-42423411',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Preview: move email channel "Support" (ca-42423411)');
    expect(stdout).toContain('ADV-1');
    expect(stdout).toMatch(/conversations moved\s+2/);
    expect(stderr).toContain('import: 16 item(s) of test/import/fixtures/documented not mapped');
  });

  it('a malformed export stops the preview with exit 2', async () => {
    const { code, stderr } = await cli(['preview', '--from-export', 'test/import']);
    expect(code).toBe(2);
    expect(stderr).toContain('expected a channels*.json file');
  });
});
