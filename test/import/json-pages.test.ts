import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJsonPages } from '../../import/json-pages.ts';

const work = mkdtempSync(join(tmpdir(), 'ims-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function pages(text: string): Promise<unknown[]> {
  const file = join(work, 'pages.json');
  writeFileSync(file, text);
  const values: unknown[] = [];
  for await (const page of readJsonPages(file, 'pages.json')) values.push(page.value);
  return values;
}

describe('readJsonPages', () => {
  it('reads one response, or several concatenated with or without whitespace', async () => {
    expect(await pages('{"results":[1]}')).toEqual([{ results: [1] }]);
    expect(await pages('{"results":[1]}{"results":[2]}\n\n {"results":[3]}\n')).toEqual([
      { results: [1] },
      { results: [2] },
      { results: [3] },
    ]);
  });

  it('is not fooled by braces, quotes and escapes inside strings, nor by multi-byte characters', async () => {
    const tricky = { results: [{ text: '}{ "\\" ]] \\\\', emoji: '😀 مرحبا \u2028' }] };
    expect(await pages(`${JSON.stringify(tricky)}${JSON.stringify(tricky)}`)).toEqual([tricky, tricky]);
  });

  it('reads pages that straddle the 1 MiB read chunks, in bounded pieces', async () => {
    const page = (i: number) => ({ results: [{ i, text: `é😀${'x'.repeat(300_000)}` }] });
    const text = Array.from({ length: 12 }, (_, i) => JSON.stringify(page(i))).join('\n');
    expect(text.length).toBeGreaterThan(3 * (1 << 20));
    const read = (await pages(text)) as ReturnType<typeof page>[];
    expect(read.map((p) => p.results[0]?.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(read[7]).toEqual(page(7));
  });
});
