import { pathToFileURL } from 'node:url';
import { COMPILED } from './project-root.ts';

const TYPESCRIPT = /\.[mc]?ts$/;
let registered = false;

/**
 * Imports a module by file path. The compiled CLI (dist/) starts without a TypeScript loader, so
 * tsx's is registered the first time a `.ts` plug-in is imported, and never for JavaScript ones.
 * From source (tsx, vitest) a loader is already there.
 */
export async function importModule(file: string): Promise<unknown> {
  if (COMPILED && !registered && TYPESCRIPT.test(file)) {
    const { register } = await import('tsx/esm/api');
    register();
    registered = true;
  }
  return (await import(pathToFileURL(file).href)) as unknown;
}
