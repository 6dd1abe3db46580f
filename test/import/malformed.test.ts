import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/fake-io.ts';

const work = mkdtempSync(join(tmpdir(), 'ims-malformed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

/** The documented fixture with one file replaced; the CLI's exit code and stderr on it. */
async function importWith(
  file: string,
  text: string,
): Promise<{ code: number; stderr: string; folder: string }> {
  const folder = join(work, `export-${(n += 1)}`);
  cpSync('test/import/fixtures/documented', folder, { recursive: true });
  writeFileSync(join(folder, file), text);
  const { code, stderr } = await cli(['import', 'api-export', folder, '--out', join(folder, 'out')], {
    cwd: work,
  });
  return { code, stderr, folder };
}

describe('a malformed export is bad input: exit 2 naming the file, the JSON path and what was expected', () => {
  it('a thread with an unknown status', async () => {
    const page = {
      results: [
        {
          id: '1',
          inboxId: '481939',
          status: 'PENDING',
          originalChannelId: '1000',
          originalChannelAccountId: '148662',
          createdAt: '2024-04-01T09:00:00Z',
          archived: false,
          spam: false,
        },
      ],
    };
    const { code, stderr } = await importWith('threads-0002.json', JSON.stringify(page));
    expect(code).toBe(2);
    expect(stderr).toContain(
      'threads-0002.json: $[page 1].results[0].status: expected one of "OPEN", "CLOSED"',
    );
    expect(stderr).toContain('found "PENDING"');
  });

  it('a message without its thread ID, on the second page of a file', async () => {
    const page = (text: string) => ({
      results: [
        {
          id: `m-${text}`,
          type: 'MESSAGE',
          conversationsThreadId: '200000006',
          createdAt: '2024-04-05T09:00:00Z',
          text,
        },
      ],
    });
    const second: Record<string, unknown> = page('two');
    (second.results as Record<string, unknown>[])[0] = {
      id: 'm-2',
      type: 'MESSAGE',
      createdAt: '2024-04-05T09:00:00Z',
    };
    const { code, stderr } = await importWith(
      'messages-200000006.json',
      `${JSON.stringify(page('one'))}\n${JSON.stringify(second)}`,
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /messages-200000006\.json: \$\[page 2\]\.results\[0\]\.conversationsThreadId: expected a value of type string .*found nothing/,
    );
  });

  it('a date that is not an ISO date-time', async () => {
    const { code, stderr } = await importWith(
      'threads-archived.json',
      JSON.stringify({
        results: [
          {
            id: '9',
            inboxId: '1',
            status: 'OPEN',
            originalChannelId: '1',
            originalChannelAccountId: '1',
            createdAt: 'yesterday',
            archived: true,
            spam: false,
          },
        ],
      }),
    );
    expect(code).toBe(2);
    expect(stderr).toContain(
      'threads-archived.json: $[page 1].results[0].createdAt: expected an ISO date-time',
    );
  });

  it('broken JSON, a cut-off file, and a page that is not an object', async () => {
    const broken = await importWith('owners.json', '{"results": [ {"id": "1",, } ]}');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/owners\.json: \$\[page 1\]: expected valid JSON, found /);
    const cut = await importWith('owners.json', '{"results": [ {"id": "1"');
    expect(cut.stderr).toContain(
      'owners.json: $[page 1]: expected a complete JSON value, found the file ends inside it',
    );
    const text = await importWith('pipelines.json', 'results');
    expect(text.stderr).toContain(
      "pipelines.json: $[page 1]: expected an API response (a JSON object), found 'results'",
    );
    const empty = await importWith('users.json', '');
    expect(empty.stderr).toContain(
      'users.json: expected at least one API response (a JSON object), found an empty file',
    );
  });

  it('a folder without threads, and no folder at all', async () => {
    const folder = join(work, 'no-threads');
    cpSync('test/import/fixtures/documented', folder, { recursive: true });
    for (const file of ['threads.json', 'threads-0002.json', 'threads-archived.json'])
      rmSync(join(folder, file));
    const missing = await cli(['import', 'api-export', folder], { cwd: work });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'expected a threads*.json file (GET /conversations/v3/conversations/threads?association=TICKET), found none',
    );
    const none = await cli(['import', 'api-export', 'nowhere'], { cwd: work });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      'nowhere: expected a folder of API responses (JSON files), found no such folder',
    );
  });
});
