import { resolve } from 'node:path';
import type { SystemFactory } from '../domain/index.ts';
import { importModule } from '../domain/import-module.ts';
import { createReferenceSystem } from '../machines/index.ts';

/**
 * The factory named by a `--system` value, for a worker thread: the main thread has already
 * validated the module (cli/load-system.ts), so this only imports its default export.
 */
export async function resolveFactory(
  system: string,
  cwd: string,
  stepTimeoutMs?: number,
): Promise<SystemFactory> {
  if (system === 'reference') return createReferenceSystem;
  if (system.startsWith('exec:')) {
    // Each worker thread starts its own child process (disposed by the worker when it is done).
    const { execSystemFactory } = await import('../protocol/exec-factory.ts');
    return execSystemFactory(system.slice('exec:'.length), { cwd, stepTimeoutMs });
  }
  const loaded = (await importModule(resolve(cwd, system))) as { default: SystemFactory };
  return loaded.default;
}
