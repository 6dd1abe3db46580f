// explore on a plug-in that fails, its counterexamples saved into a fresh folder: the seam tests
// then read what the CLI said and what it saved.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/fake-io.ts';

/** `explore --runs <runs> --system <system> <extra…> --no-coverage --save <fresh folder>`. */
export async function exploreSaving(
  system: string,
  runs: number,
  extra: readonly string[] = [],
): Promise<{ code: number; stderr: string; save: string; saved: string[] }> {
  const save = mkdtempSync(join(tmpdir(), 'inbox-move-sim-saved-'));
  const { code, stderr } = await cli([
    'explore',
    '--runs',
    String(runs),
    '--system',
    system,
    ...extra,
    '--no-coverage',
    '--save',
    save,
  ]);
  return { code, stderr, save, saved: readdirSync(save) };
}
