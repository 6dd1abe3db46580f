// `--reporter blob`: the whole RunResult of one shard as JSON, for `merge-reports` to turn n
// shards into the reports of the unsharded run (the convention of vitest's and Playwright's blob
// reporters). Its shard part (RunResult.shard) says where each result goes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError, type RunResult } from '../domain/index.ts';

export const BLOB = 'blob';
/** Bumped when the blob's shape changes: a merge never mixes versions. */
export const BLOB_FORMAT = 'inbox-move-sim-blob/1';

export interface BlobFile {
  readonly format: typeof BLOB_FORMAT;
  readonly run: RunResult;
}

/** `blob-2-of-4.json` for a shard, `blob.json` for an unsharded run: shards never overwrite each other. */
export function blobFileName(run: RunResult): string {
  return run.shard === undefined ? 'blob.json' : `blob-${run.shard.index}-of-${run.shard.count}.json`;
}

export function blobText(run: RunResult): string {
  const blob: BlobFile = { format: BLOB_FORMAT, run };
  return `${JSON.stringify(blob)}\n`;
}

const BLOB_NAME = /^blob(-\d+-of-\d+)?\.json$/;

/** Every blob in `dir` (not recursive), sorted by name; none is bad input naming the folder. */
export function readBlobs(dir: string, cwd: string): RunResult[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => BLOB_NAME.test(name));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError('BLOB_DIR', relative(cwd, dir) || '.', null, 'a folder of blob reports', reason);
  }
  if (names.length === 0)
    throw new InputError(
      'BLOB_DIR',
      relative(cwd, dir) || '.',
      null,
      'blob reports (blob-<i>-of-<n>.json, written by --reporter blob)',
      'none',
    );
  return names.sort().map((name) => {
    const file = join(dir, name);
    let parsed: Partial<BlobFile>;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<BlobFile>;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new InputError('BLOB', relative(cwd, file), null, 'a JSON blob report', reason);
    }
    if (parsed.format !== BLOB_FORMAT || parsed.run === undefined)
      throw new InputError(
        'BLOB',
        relative(cwd, file),
        'format',
        JSON.stringify(BLOB_FORMAT),
        JSON.stringify(parsed.format ?? null),
      );
    return parsed.run;
  });
}
