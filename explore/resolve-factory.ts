import { resolve } from 'node:path';
import type { SystemFactory } from '../domain/index.ts';
import { importModule } from '../domain/import-module.ts';
import { createReferenceSystem } from '../machines/index.ts';

/**
 * The factory named by a `--system` value, for a worker thread: the main thread has already
 * validated the module (cli/load-system.ts), so this only imports its default export.
 */
export async function resolveFactory(system: string, cwd: string): Promise<SystemFactory> {
  if (system === 'reference') return createReferenceSystem;
  const loaded = (await importModule(resolve(cwd, system))) as { default: SystemFactory };
  return loaded.default;
}
